namespace OpenRegion.Cms.Core.Budgeting.Ballots;

/// <summary>How a citizen fills in a ballot for one budget; chosen before voting opens and shown to voters.</summary>
public enum BallotKind
{
    /// <summary>Tick the projects one supports, between a minimum and a maximum number.</summary>
    Approval,

    /// <summary>Tick projects whose total cost fits the budget (optionally spending at least a share of it).</summary>
    Knapsack,

    /// <summary>Spread a number of points over projects.</summary>
    Cumulative,

    /// <summary>Exactly one project.</summary>
    ChooseOne,

    /// <summary>Rank projects 1, 2, 3… (up to a maximum length).</summary>
    Ranking,
}

/// <param name="MinProjects">Approval, ranking: the fewest projects a ballot names (default 1).</param>
/// <param name="MaxProjects">Approval, ranking: the most (null: no limit).</param>
/// <param name="MinSpendPercent">Knapsack: the ballot must spend at least this share of the budget (0-100; null: none).</param>
/// <param name="Points">Cumulative: the points each voter spreads.</param>
/// <param name="MaxPointsPerProject">Cumulative: the most points one project may get (null: all of them).</param>
public sealed record BallotRule(BallotKind Kind, int MinProjects = 1, int? MaxProjects = null, int? MinSpendPercent = null, int Points = 0, int? MaxPointsPerProject = null)
{
    public static BallotRule Approval(int min = 1, int? max = null) => new(BallotKind.Approval, min, max);

    public static BallotRule Knapsack(int? minSpendPercent = null) => new(BallotKind.Knapsack, MinSpendPercent: minSpendPercent);

    public static BallotRule Cumulative(int points, int? maxPerProject = null) => new(BallotKind.Cumulative, Points: points, MaxPointsPerProject: maxPerProject);

    public static BallotRule ChooseOne() => new(BallotKind.ChooseOne, 1, 1);

    public static BallotRule Ranking(int min = 1, int? max = null) => new(BallotKind.Ranking, min, max);

    /// <summary>Whether the rule itself makes sense (staff set it up before voting opens).</summary>
    public IReadOnlyList<BallotError> Check()
    {
        var errors = new List<BallotError>();
        if (MinProjects < 0 || MaxProjects is < 1 || MaxProjects < MinProjects)
        {
            errors.Add(new(BallotErrorCode.RuleInvalid, null, "The minimum and maximum numbers of projects do not fit together."));
        }

        if (MinSpendPercent is < 0 or > 100)
        {
            errors.Add(new(BallotErrorCode.RuleInvalid, null, "The minimum share of the budget must be between 0 and 100 %."));
        }

        if (Kind == BallotKind.Cumulative && (Points < 1 || MaxPointsPerProject is < 1))
        {
            errors.Add(new(BallotErrorCode.RuleInvalid, null, "A cumulative ballot needs at least one point to spread."));
        }

        return errors;
    }
}

/// <summary>One line of a ballot: a project, with its points (cumulative) or its rank (ranking; 1 is first).</summary>
public sealed record BallotChoice(string ProjectId, int Value = 1);

public enum BallotErrorCode
{
    RuleInvalid,
    UnknownProject,
    DuplicateProject,
    TooFewProjects,
    TooManyProjects,
    OverBudget,
    UnderMinimumSpend,
    BadPoints,
    PointsNotAllSpent,
    TooManyPoints,
    BadRanking,
}

/// <summary>Why a ballot is refused: a code (the UI's wording), the project concerned if one is, and an English explanation.</summary>
public sealed record BallotError(BallotErrorCode Code, string? ProjectId, string Message);
