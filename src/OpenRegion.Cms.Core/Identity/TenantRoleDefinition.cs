using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Identity;

/// <summary>The permissions a role carries on one tenant; absent rows fall back to the modules' defaults.</summary>
public sealed class TenantRoleDefinition : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string Role { get; set; } = "";

    public List<string> Permissions { get; set; } = [];
}
