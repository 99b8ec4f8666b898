namespace OpenRegion.Petitions;

public static class PetitionsPermissions
{
    /// <summary>The council bureau's work: admissibility, decisions, session, committee, deliberation, settings.</summary>
    public const string Manage = "Petitions.Manage";

    /// <summary>Enter paper signatures from the forms a petition's filer deposits (identity cards checked).</summary>
    public const string Signatures = "Petitions.Signatures";

    /// <summary>Import the electoral roll or census extract and verify citizens in person.</summary>
    public const string Identity = "Petitions.Identity";
}
