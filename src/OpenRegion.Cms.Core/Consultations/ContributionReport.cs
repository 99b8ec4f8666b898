using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Consultations;

/// <summary>A reader's report of a contribution to the moderators (once per person and contribution).</summary>
public sealed class ContributionReport : ITenantOwned
{
    public const int MaxReasonLength = 500;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ContributionId { get; set; }

    public string UserId { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTimeOffset AtUtc { get; set; }
}
