using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Notifications;

/// <summary>
/// A citizen follows something of a tenant: a section ("type:news"), one item ("content:{set}"), and later a
/// petition they signed or a budget they voted in (modules add such follows themselves). What happens to the
/// subject reaches the follower through their notification preferences.
/// </summary>
public sealed class Follow : ITenantOwned
{
    public const int MaxSubjectLength = 120;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>E.g. "type:news", "content:4f2a…", "petition:12".</summary>
    public string Subject { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }
}
