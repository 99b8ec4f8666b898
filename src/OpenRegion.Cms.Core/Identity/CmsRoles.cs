namespace OpenRegion.Cms.Core.Identity;

/// <summary>The roles granted per tenant. Platform administration is a flag on the account, not a tenant role.</summary>
public static class CmsRoles
{
    public const string PlatformAdmin = "PlatformAdmin";
    public const string TenantAdmin = "TenantAdmin";
    public const string Editor = "Editor";
    public const string Moderator = "Moderator";
    public const string AdvisoryBodyMember = "AdvisoryBodyMember";
    public const string JuryMember = "JuryMember";
    public const string Staff = "Staff";

    /// <summary>An elected member of the council: receives the sessions' convocations and documents digitally.</summary>
    public const string CouncilMember = "CouncilMember";

    /// <summary>Roles that can be granted on a tenant, in the order admin pages show them.</summary>
    public static readonly IReadOnlyList<string> TenantRoles = [TenantAdmin, Editor, Moderator, AdvisoryBodyMember, JuryMember, Staff, CouncilMember];

    public static bool IsTenantRole(string role) => TenantRoles.Contains(role, StringComparer.Ordinal);
}
