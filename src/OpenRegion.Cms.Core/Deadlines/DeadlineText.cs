namespace OpenRegion.Cms.Core.Deadlines;

/// <summary>A catalogue text in Arabic, French and English; Tamazight readers get the Arabic, as with content.</summary>
public sealed record DeadlineText(string Ar, string Fr, string En)
{
    public string In(string culture) => culture switch
    {
        "fr" => Fr,
        "en" => En,
        _ => Ar,
    };
}
