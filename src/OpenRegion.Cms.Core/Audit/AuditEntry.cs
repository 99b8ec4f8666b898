using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Audit;

/// <summary>Who did what, where and when; written for every admin action and never updated.</summary>
public sealed class AuditEntry : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public DateTimeOffset OccurredUtc { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    /// <summary>A stable, dotted action name such as "tenant.features.enabled".</summary>
    public string Action { get; set; } = "";

    public string? Target { get; set; }

    public string? DetailsJson { get; set; }

    public string? RemoteIp { get; set; }
}
