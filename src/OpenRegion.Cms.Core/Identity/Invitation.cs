using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Identity;

/// <summary>An invitation to join a tenant with a role; accepting it after registering grants the role.</summary>
public sealed class Invitation : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string Email { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary>SHA-256 of the token sent by e-mail; the token itself is never stored.</summary>
    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ExpiresUtc { get; set; }

    public DateTimeOffset? AcceptedUtc { get; set; }
}
