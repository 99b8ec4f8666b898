using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Consultations;

/// <summary>An account moderation stopped from contributing to this tenant's consultations, with the reason it is told.</summary>
public sealed class ConsultationBlock : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTimeOffset AtUtc { get; set; }

    public string? By { get; set; }
}
