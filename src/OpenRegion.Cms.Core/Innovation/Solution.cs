using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Innovation;

/// <summary>
/// A team's solution to a challenge: what it proposes in Arabic and/or French, its estimated budget, and its members with
/// their roles. The account that submitted it edits it until the call closes; one solution per account and challenge.
/// </summary>
public sealed class Solution : ITenantOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 10_000;
    public const int MaxTeamNameLength = 120;
    public const int MaxReasonLength = 2_000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ChallengeId { get; set; }

    public string OwnerUserId { get; set; } = "";

    public string TeamName { get; set; } = "";

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    public string DescriptionAr { get; set; } = "";

    public string DescriptionFr { get; set; } = "";

    /// <summary>The estimated budget in dirhams, if the team gives one.</summary>
    public decimal? Budget { get; set; }

    public DateTimeOffset SubmittedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public int Revision { get; set; }

    /// <summary>Whether the jury's deliberation selects it (public once the challenge's selection is published).</summary>
    public bool Selected { get; set; }

    /// <summary>Why the jury selects it, published with the selection.</summary>
    public string SelectionReasonAr { get; set; } = "";

    public string SelectionReasonFr { get; set; } = "";

    public string SelectionReason(string culture) => Challenge.Pick(culture, SelectionReasonAr, SelectionReasonFr);

    public string Title(string culture) => Challenge.Pick(culture, TitleAr, TitleFr);

    public string Description(string culture) => Challenge.Pick(culture, DescriptionAr, DescriptionFr);
}

/// <summary>A member of a solution's team, in the order the team gave them.</summary>
public sealed class SolutionMember : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long SolutionId { get; set; }

    public int Position { get; set; }

    public string Name { get; set; } = "";

    public string Role { get; set; } = "";

    public string? Email { get; set; }
}
