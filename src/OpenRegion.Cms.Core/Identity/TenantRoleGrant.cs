using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Identity;

/// <summary>A role a user holds on one tenant.</summary>
public sealed class TenantRoleGrant : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string Role { get; set; } = "";

    public DateTimeOffset GrantedUtc { get; set; }

    public string? GrantedBy { get; set; }
}
