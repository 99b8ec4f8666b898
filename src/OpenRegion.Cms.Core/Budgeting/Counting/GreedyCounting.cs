using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>
/// Greedy by score (<see cref="ProjectScores"/>): projects from the highest score down, ties in PROJECTS row order;
/// a project scoring less than META <c>min_project_score_threshold</c> is never funded. <c>greedy</c> skips a
/// project that no longer fits and goes on; <c>greedy-no-skip</c> stops at the first one that does not fit, except
/// that a project costing more than the whole budget (a withdrawn project carries a huge cost) is passed over.
/// </summary>
public static class GreedyCounting
{
    public static CountingResult Count(PbElection election, bool noSkip)
    {
        var scores = ProjectScores.Of(election);
        var order = Enumerable.Range(0, scores.Length)
            .Where(p => election.MinProjectScoreThreshold is not { } threshold || scores[p] >= threshold)
            .OrderByDescending(p => scores[p]) // a stable sort: equal scores keep the row order
            .ToList();
        var budget = election.Budget;
        var selected = new List<PbProject>();
        var total = 0m;
        foreach (var p in order)
        {
            var project = election.Projects[p];
            if (total + project.Cost <= budget)
            {
                selected.Add(project);
                total += project.Cost;
            }
            else if (noSkip && project.Cost <= budget)
            {
                break;
            }
        }

        return new CountingResult(noSkip ? CountingRule.GreedyNoSkip : CountingRule.Greedy, selected, total);
    }
}
