using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Budgeting.Model;

/// <summary>The phases of a participatory budget, in order; the current one follows from the process's dates.</summary>
public enum BudgetPhase
{
    /// <summary>Before the information phase opens (or no date set yet).</summary>
    Draft,
    Information,
    Proposals,
    TechnicalReview,
    Voting,
    Results,
    FollowUp,
}

/// <summary>
/// One participatory-budget process of a tenant (e.g. "Budget participatif 2027"), with the dates that switch its
/// phases and the counting rule, fixed before voting opens and shown to voters. It holds one or more budgets.
/// </summary>
public sealed class BudgetProcess : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string Slug { get; set; } = "";

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    /// <summary>What the process is about, its rules and its calendar, for the information phase (Markdown).</summary>
    public string DescriptionAr { get; set; } = "";

    public string DescriptionFr { get; set; } = "";

    /// <summary>Set when the process was imported from a pabulib file to replay a past election (the file's name).</summary>
    public string? ImportedFrom { get; set; }

    public DateTimeOffset? InformationStartsUtc { get; set; }

    public DateTimeOffset? ProposalsStartsUtc { get; set; }

    public DateTimeOffset? ReviewStartsUtc { get; set; }

    public DateTimeOffset? VotingStartsUtc { get; set; }

    public DateTimeOffset? VotingEndsUtc { get; set; }

    public DateTimeOffset? FollowUpStartsUtc { get; set; }

    /// <summary>"greedy", "greedy-no-skip" or "mes" (Method of Equal Shares with add-one completion).</summary>
    public string CountingRule { get; set; } = "greedy";

    public DateTimeOffset CreatedUtc { get; set; }

    public string Title(string culture) => Bilingual.Pick(culture, TitleAr, TitleFr);

    public string Description(string culture) => Bilingual.Pick(culture, DescriptionAr, DescriptionFr);

    /// <summary>When each phase starts (null when not set), in order.</summary>
    public IEnumerable<(BudgetPhase Phase, DateTimeOffset? StartsUtc)> Calendar() =>
    [
        (BudgetPhase.Information, InformationStartsUtc),
        (BudgetPhase.Proposals, ProposalsStartsUtc),
        (BudgetPhase.TechnicalReview, ReviewStartsUtc),
        (BudgetPhase.Voting, VotingStartsUtc),
        (BudgetPhase.Results, VotingEndsUtc),
        (BudgetPhase.FollowUp, FollowUpStartsUtc),
    ];

    /// <summary>The phase at <paramref name="now"/>: the last whose start has passed (results open when voting ends).</summary>
    public BudgetPhase PhaseAt(DateTimeOffset now) =>
        FollowUpStartsUtc <= now ? BudgetPhase.FollowUp
        : VotingEndsUtc <= now ? BudgetPhase.Results
        : VotingStartsUtc <= now ? BudgetPhase.Voting
        : ReviewStartsUtc <= now ? BudgetPhase.TechnicalReview
        : ProposalsStartsUtc <= now ? BudgetPhase.Proposals
        : InformationStartsUtc <= now ? BudgetPhase.Information
        : BudgetPhase.Draft;
}

/// <summary>One envelope of a process (e.g. the rural communes' share), with its amount and its ballot rule.</summary>
public sealed class Budget : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ProcessId { get; set; }

    public string NameAr { get; set; } = "";

    public string NameFr { get; set; } = "";

    /// <summary>MAD.</summary>
    public decimal Amount { get; set; }

    public BallotKind BallotKind { get; set; }

    public int MinProjects { get; set; } = 1;

    public int? MaxProjects { get; set; }

    public int? MinSpendPercent { get; set; }

    public int Points { get; set; }

    public int? MaxPointsPerProject { get; set; }

    /// <summary>Communes (tenant ids) whose residents may vote, as JSON; empty: every resident of the territory.</summary>
    public string EligibleCommunesJson { get; set; } = "[]";

    public BallotRule Rule => new(BallotKind, MinProjects, MaxProjects, MinSpendPercent, Points, MaxPointsPerProject);

    public string Name(string culture) => Bilingual.Pick(culture, NameAr, NameFr);
}

public enum ProjectState
{
    Proposed,

    /// <summary>Found feasible by the technical review: on the ballot.</summary>
    Feasible,

    Unfeasible,
    Withdrawn,
    Selected,
}

/// <summary>A project citizens proposed (or staff entered), its review and, once funded, its execution.</summary>
public sealed class BudgetProject : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long BudgetId { get; set; }

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    public string DescriptionAr { get; set; } = "";

    public string DescriptionFr { get; set; } = "";

    /// <summary>Estimated cost, MAD (the review may correct it).</summary>
    public decimal Cost { get; set; }

    public string? Category { get; set; }

    public string? Place { get; set; }

    public ProjectState State { get; set; }

    /// <summary>The review's reasons (shown to citizens).</summary>
    public string? ReviewReason { get; set; }

    public string? ProposerUserId { get; set; }

    /// <summary>Where the project would be, when it has one place (WGS 84), for the map of results.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Photos (media library ids) as JSON, e.g. [12, 13].</summary>
    public string PhotosJson { get; set; } = "[]";

    /// <summary>Execution, once funded: 0-100 %.</summary>
    public int Progress { get; set; }

    /// <summary>The project's id in an imported pabulib file.</summary>
    public string? ExternalId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public string Title(string culture) => Bilingual.Pick(culture, TitleAr, TitleFr);

    public string Description(string culture) => Bilingual.Pick(culture, DescriptionAr, DescriptionFr);
}

/// <summary>A step of a funded project's execution (tender, works, delivery…), shown to citizens who follow it.</summary>
public sealed class BudgetMilestone : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ProjectId { get; set; }

    public DateOnly Date { get; set; }

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    public bool Done { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public string Title(string culture) => Bilingual.Pick(culture, TitleAr, TitleFr);
}

public enum BallotChannel
{
    Online,

    /// <summary>A paper ballot recorded by staff at a counter for a verified citizen.</summary>
    Counter,

    /// <summary>A ballot of a past election imported from a pabulib file (anonymous).</summary>
    Imported,
}

/// <summary>
/// A citizen's ballot for one budget: one per voter and budget whatever the channel (a unique index), replaced
/// when they change it until voting closes. The receipt code lets them check it is counted without telling anyone
/// what it says.
/// </summary>
public sealed class Ballot : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long BudgetId { get; set; }

    /// <summary>
    /// The voter: the fingerprint of their national identity card number (<see cref="VoterIdentity"/>), the same
    /// online and at a counter, so that one citizen has one ballot per budget whatever the channel.
    /// </summary>
    public string VoterId { get; set; } = "";

    /// <summary>The choices as JSON (a list of <see cref="BallotChoice"/>).</summary>
    public string ChoicesJson { get; set; } = "[]";

    public BallotChannel Channel { get; set; }

    public string ReceiptCode { get; set; } = "";

    public DateTimeOffset CastUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    /// <summary>How many times it was changed.</summary>
    public int Changes { get; set; }

    /// <summary>Who recorded it at a counter.</summary>
    public string? RecordedBy { get; set; }
}
