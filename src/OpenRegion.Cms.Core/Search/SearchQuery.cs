namespace OpenRegion.Cms.Core.Search;

/// <summary>What a visitor typed, plus the optional content-type filter and paging.</summary>
/// <param name="Text">Free text; it is analyzed, never parsed as Lucene syntax.</param>
/// <param name="ContentType">Only hits of this exact content type ("News", "Page"…), or all when null or empty.</param>
/// <param name="Skip">Hits to skip, for paging.</param>
/// <param name="Take">Hits to return, clamped to 1…<see cref="MaxTake"/>.</param>
/// <param name="RequireAllTerms">When true (default) every term must occur; when false any term is enough.</param>
public sealed record SearchQuery(
    string? Text,
    string? ContentType = null,
    int Skip = 0,
    int Take = SearchQuery.DefaultTake,
    bool RequireAllTerms = true)
{
    public const int DefaultTake = 10;

    public const int MaxTake = 50;

    /// <summary>Deep paging costs memory (the top Skip + Take are collected); nobody reads page 200 of a CMS search.</summary>
    public const int MaxSkip = 1000;

    /// <summary>Longer input is cut: a search box is not a document.</summary>
    public const int MaxTextLength = 500;
}
