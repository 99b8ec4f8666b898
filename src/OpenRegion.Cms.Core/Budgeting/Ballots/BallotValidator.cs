namespace OpenRegion.Cms.Core.Budgeting.Ballots;

/// <summary>What a ballot costs against the budget: the live meter a voter sees while choosing.</summary>
/// <param name="Percent">Share of the budget spent, 0-100 and more when over (rounded down).</param>
public sealed record BudgetMeter(decimal Budget, decimal Spent, decimal Remaining, int Percent, bool OverBudget);

/// <summary>
/// Checks a ballot against its budget's rule and projects. A ballot that fails any check is refused as a whole
/// (nothing of it is stored); every reason is given, so the voter can fix them at once.
/// </summary>
public static class BallotValidator
{
    /// <param name="costs">The budget's projects open to the vote and their costs (MAD); any other id is refused.</param>
    public static IReadOnlyList<BallotError> Validate(BallotRule rule, IReadOnlyDictionary<string, decimal> costs, decimal budget, IReadOnlyList<BallotChoice> choices)
    {
        var errors = new List<BallotError>(rule.Check());
        if (errors.Count > 0)
        {
            return errors;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var choice in choices)
        {
            if (!costs.ContainsKey(choice.ProjectId))
            {
                errors.Add(new(BallotErrorCode.UnknownProject, choice.ProjectId, "This project is not on the ballot."));
            }
            else if (!seen.Add(choice.ProjectId))
            {
                errors.Add(new(BallotErrorCode.DuplicateProject, choice.ProjectId, "A project appears twice on the ballot."));
            }
        }

        var count = seen.Count;
        switch (rule.Kind)
        {
            case BallotKind.Approval:
            case BallotKind.Ranking:
                CountBetween(count, rule.MinProjects, rule.MaxProjects, errors);
                if (rule.Kind == BallotKind.Ranking)
                {
                    var ranks = choices.Select(c => c.Value).Order().ToList();
                    if (!ranks.SequenceEqual(Enumerable.Range(1, ranks.Count)))
                    {
                        errors.Add(new(BallotErrorCode.BadRanking, null, "Rank the projects 1, 2, 3… with no gap and no tie."));
                    }
                }

                break;
            case BallotKind.ChooseOne:
                CountBetween(count, 1, 1, errors);
                break;
            case BallotKind.Knapsack:
                CountBetween(count, Math.Max(rule.MinProjects, 1), rule.MaxProjects, errors);
                var meter = Meter(costs, budget, choices);
                if (meter.OverBudget)
                {
                    errors.Add(new(BallotErrorCode.OverBudget, null, "The projects chosen cost more than the budget."));
                }
                else if (rule.MinSpendPercent is { } percent && meter.Spent * 100 < budget * percent)
                {
                    errors.Add(new(BallotErrorCode.UnderMinimumSpend, null, $"Choose projects worth at least {percent} % of the budget."));
                }

                break;
            case BallotKind.Cumulative:
                if (choices.Any(c => c.Value < 1))
                {
                    errors.Add(new(BallotErrorCode.BadPoints, null, "Each project chosen gets at least one point."));
                }
                else if (rule.MaxPointsPerProject is { } most && choices.Any(c => c.Value > most))
                {
                    errors.Add(new(BallotErrorCode.TooManyPoints, null, $"A project gets at most {most} points."));
                }

                var total = choices.Sum(c => (long)c.Value);
                if (total > rule.Points)
                {
                    errors.Add(new(BallotErrorCode.TooManyPoints, null, $"Spread at most {rule.Points} points."));
                }
                else if (total < 1)
                {
                    errors.Add(new(BallotErrorCode.TooFewProjects, null, "Give your points to at least one project."));
                }

                break;
        }

        return errors;
    }

    /// <summary>The meter for the projects chosen so far (unknown ids count for nothing).</summary>
    public static BudgetMeter Meter(IReadOnlyDictionary<string, decimal> costs, decimal budget, IEnumerable<BallotChoice> choices)
    {
        var spent = choices.Select(c => c.ProjectId).Distinct(StringComparer.Ordinal).Sum(id => costs.TryGetValue(id, out var cost) ? cost : 0m);
        var percent = budget <= 0 ? 0 : (int)Math.Min(int.MaxValue, Math.Floor(spent * 100 / budget));
        return new BudgetMeter(budget, spent, budget - spent, percent, spent > budget);
    }

    private static void CountBetween(int count, int min, int? max, List<BallotError> errors)
    {
        if (count < min)
        {
            errors.Add(new(BallotErrorCode.TooFewProjects, null, min == 1 ? "Choose at least one project." : $"Choose at least {min} projects."));
        }
        else if (max is { } most && count > most)
        {
            errors.Add(new(BallotErrorCode.TooManyProjects, null, most == 1 ? "Choose only one project." : $"Choose at most {most} projects."));
        }
    }
}
