namespace OpenRegion.Consultations;

public static class ConsultationsPermissions
{
    /// <summary>Prepare consultations (texts, sections, dates), record workshops, write and publish the synthesis.</summary>
    public const string Manage = "Consultations.Manage";

    /// <summary>Hide contributions with a public reason, block an account from contributing.</summary>
    public const string Moderate = "Consultations.Moderate";
}
