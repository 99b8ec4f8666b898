using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Consultations;

/// <summary>One person's agreement or disagreement with a contribution (unique per person: changing it moves the counts).</summary>
public sealed class ContributionReaction : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ContributionId { get; set; }

    public string UserId { get; set; } = "";

    public bool Agree { get; set; }

    public DateTimeOffset AtUtc { get; set; }
}
