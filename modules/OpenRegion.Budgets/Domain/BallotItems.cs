using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Model;

namespace OpenRegion.Budgets.Domain;

/// <summary>What the ballot fields show: the budget's rule, the projects on the ballot, what is chosen, and where each project's page is (null: no link).</summary>
public sealed record BallotItems(Budget Budget, IReadOnlyList<BudgetProject> Projects, IReadOnlyList<BallotChoice> Choices, string Culture, string? ProjectLinks);

/// <summary>The meter under a ballot: the budget, what is chosen, the projects' costs, and the label of the button that sends it.</summary>
public sealed record BallotMeterView(Budget Budget, IReadOnlyList<BallotChoice> Choices, IReadOnlyDictionary<string, decimal> Costs, string SubmitLabel);
