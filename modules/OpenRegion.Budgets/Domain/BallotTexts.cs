using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Localization;

namespace OpenRegion.Budgets.Domain;

/// <summary>How the rules and a refused ballot's reasons read, in the reader's language (one place for the vote page, the counter and the process page).</summary>
public sealed class BallotTexts(IStringLocalizer<BudgetsModule> T)
{
    public string Amount(decimal amount) => T["{0} MAD", Money.Format(amount)];

    /// <summary>What a voter must do, e.g. "Choose between 1 and 3 projects."</summary>
    public string Rule(Budget budget) => budget.BallotKind switch
    {
        BallotKind.Approval when budget.MaxProjects is { } max && max == budget.MinProjects => T.Plural(max, "Choose one project.", "Choose {0} projects."),
        BallotKind.Approval when budget.MaxProjects is { } max => T["Choose between {0} and {1} projects.", budget.MinProjects, max],
        BallotKind.Approval => T.Plural(Math.Max(1, budget.MinProjects), "Choose at least one project.", "Choose at least {0} projects."),
        BallotKind.Knapsack when budget.MinSpendPercent is { } percent and > 0 => T["Choose the projects you want funded: together they must fit in the budget of {0} and use at least {1} % of it.", Amount(budget.Amount), percent],
        BallotKind.Knapsack => T["Choose the projects you want funded: together they must fit in the budget of {0}.", Amount(budget.Amount)],
        BallotKind.Cumulative when budget.MaxPointsPerProject is { } most => T["Spread up to {0} points over the projects you support, at most {1} to one project.", budget.Points, most],
        BallotKind.Cumulative => T["Spread up to {0} points over the projects you support.", budget.Points],
        BallotKind.ChooseOne => T["Choose one project."],
        _ when budget.MaxProjects is { } max => T["Rank up to {0} projects in your order of preference (1 is your first choice).", max],
        _ => T["Rank the projects you support in your order of preference (1 is your first choice)."],
    };

    public string Counting(string countingRule) => countingRule switch
    {
        "greedy-no-skip" => T["Projects are funded from the most voted down, until the first one that no longer fits in the budget."],
        "mes" => T["The budget is shared equally among the voters, and each project is paid for by the voters who support it. Every group of citizens gets a part of the budget in proportion to its size, not only the largest one (used in Wieliczka and Aarau)."],
        _ => T["Projects are funded from the most voted down, as long as the budget allows; a project that no longer fits is passed over for the next ones."],
    };

    public string CountingName(string countingRule) => countingRule switch
    {
        "greedy-no-skip" => T["Most votes, stopping at the first project that does not fit"],
        "mes" => T["Method of Equal Shares"],
        _ => T["Most votes"],
    };

    public string Phase(BudgetPhase phase) => phase switch
    {
        BudgetPhase.Information => T["Information"],
        BudgetPhase.Proposals => T["Proposals"],
        BudgetPhase.TechnicalReview => T["Technical review"],
        BudgetPhase.Voting => T["Voting"],
        BudgetPhase.Results => T["Results"],
        BudgetPhase.FollowUp => T["Follow-up"],
        _ => T["In preparation"],
    };

    public string State(ProjectState state) => state switch
    {
        ProjectState.Proposed => T["Under review"],
        ProjectState.Feasible => T["On the ballot"],
        ProjectState.Unfeasible => T["Not feasible"],
        ProjectState.Withdrawn => T["Withdrawn"],
        _ => T["Funded"],
    };

    /// <summary>Why a ballot was not taken, one line per reason.</summary>
    public IReadOnlyList<string> Reasons(BallotResult result, Budget? budget, IReadOnlyDictionary<string, decimal> costs, IReadOnlyList<BallotChoice> choices) => result.Refusal switch
    {
        BallotRefusal.UnknownBudget => [T["This budget does not exist."]],
        BallotRefusal.OutOfPhase => [T["Voting is not open for this budget."]],
        BallotRefusal.NotEligible => [T["Only residents of the communes of this budget may vote in it."]],
        BallotRefusal.AlreadyVoted => [T["A ballot of this citizen is already recorded in this budget (online or at a counter)."]],
        _ => [.. result.Errors.Select(e => Reason(e, budget, costs, choices)).Distinct()],
    };

    private string Reason(BallotError error, Budget? budget, IReadOnlyDictionary<string, decimal> costs, IReadOnlyList<BallotChoice> choices) => error.Code switch
    {
        BallotErrorCode.UnknownProject => T["A project chosen is not on the ballot (it may have been withdrawn)."],
        BallotErrorCode.DuplicateProject => T["A project is chosen twice."],
        BallotErrorCode.TooFewProjects or BallotErrorCode.TooManyProjects when budget is not null => Rule(budget),
        BallotErrorCode.OverBudget when budget is not null => T["The projects chosen cost {0}, more than the budget of {1}: remove some.", Amount(BallotValidator.Meter(costs, budget.Amount, choices).Spent), Amount(budget.Amount)],
        BallotErrorCode.UnderMinimumSpend when budget is not null => Rule(budget),
        BallotErrorCode.BadPoints => T["Give each project you choose at least one point."],
        BallotErrorCode.TooManyPoints when budget is not null => Rule(budget),
        BallotErrorCode.BadRanking => T["Rank the projects 1, 2, 3… with no gap and no tie."],
        _ => T["This ballot cannot be taken as it is."],
    };

    /// <summary>The categories a project may belong to (stable keys, stored on the project).</summary>
    public static readonly IReadOnlyList<string> Categories = ["environment", "cleanliness", "mobility", "public-space", "culture", "sport", "education", "health", "social", "economy", "digital", "other"];

    public string Category(string? key) => key switch
    {
        "environment" => T["Environment and green spaces"],
        "cleanliness" => T["Cleanliness and waste"],
        "mobility" => T["Roads, traffic and lighting"],
        "public-space" => T["Public spaces"],
        "culture" => T["Culture and heritage"],
        "sport" => T["Sport and youth"],
        "education" => T["Education"],
        "health" => T["Health"],
        "social" => T["Social action and inclusion"],
        "economy" => T["Local economy and products"],
        "digital" => T["Digital services and transparency"],
        null or "" => "",
        _ => T["Other"],
    };
}
