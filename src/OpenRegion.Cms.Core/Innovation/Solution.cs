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
    public const int MaxReferenceLength = 300;

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

    /// <summary>When the council adopted the solution (took it into its services or programme), recorded by staff; an indicator of the lab.</summary>
    public DateOnly? AdoptedOn { get; set; }

    /// <summary>The act that adopted it: a council decision's number, a convention, a programme line.</summary>
    public string AdoptionReference { get; set; } = "";

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

/// <summary>
/// A file a team attaches to its solution (a plan, a photo of a mock-up, a budget sheet): kept apart from the public
/// media library, since a solution is read by its team, the jury and staff until it is selected and the selection published.
/// </summary>
public sealed class SolutionAttachment : ITenantOwned
{
    /// <summary>Files a solution may carry.</summary>
    public const int MaxFiles = 5;

    /// <summary>All of a solution's files together (each file also within the media rules' size for its type).</summary>
    public const long MaxTotalBytes = 25 * 1024 * 1024;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long SolutionId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public string StoredPath { get; set; } = "";

    public DateTimeOffset UploadedUtc { get; set; }
}
