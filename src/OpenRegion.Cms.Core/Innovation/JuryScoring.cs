namespace OpenRegion.Cms.Core.Innovation;

/// <summary>A criterion of a challenge's jury, with its weight (1–100; the weights need not add up to 100).</summary>
public sealed record JuryCriterion(long Id, int Weight);

/// <summary>One juror's scores for one solution: a score from 0 to 10 per criterion.</summary>
public sealed record ScoreSheet(string Juror, long SolutionId, IReadOnlyDictionary<long, int> Scores);

/// <summary>Why a set of criteria or a score sheet is refused; nothing is recorded.</summary>
public enum ScoringProblem
{
    NoCriteria,
    WeightOutOfRange,
    ScoreOutOfRange,
    CriterionMissing,
    UnknownCriterion,
    Conflicted,
}

/// <summary>
/// A solution's place in the ranking: the mean of its jurors' weighted totals (0–100), the lowest and highest, their
/// spread and standard deviation (how far the jurors agree), how many jurors scored it, and its rank — solutions with
/// the same mean share a rank and the next rank counts them ("1, 1, 3").
/// </summary>
public sealed record RankedSolution(long SolutionId, decimal Mean, decimal Min, decimal Max, decimal StandardDeviation, int Jurors, int Rank)
{
    public decimal Spread => Max - Min;
}

/// <summary>The ranking and what the published selection of <c>seats</c> solutions would be.</summary>
public sealed record Selection(IReadOnlyList<RankedSolution> Ranking, IReadOnlyList<long> Selected, IReadOnlyList<long> TiedAtCut)
{
    /// <summary>When the last seat falls among equal means, the jury decides between <see cref="TiedAtCut"/> in deliberation.</summary>
    public bool NeedsDeliberation => TiedAtCut.Count > 0;
}

/// <summary>Why a selection cannot be published; nothing is published.</summary>
public enum SelectionProblem
{
    NoneSelected,
    TooMany,
    ReasonMissing,
    NotScored,
    NotesNeeded,
}

/// <summary>
/// The jury's independent scoring: each member scores each solution on every criterion (0–10) unless they declared a
/// conflict of interest with it; a sheet's total is the weighted mean of its scores on a 0–100 scale; a solution's
/// standing is the mean of its jurors' totals. Arithmetic is exact (decimals), rounded to two places only for display.
/// </summary>
public static class JuryScoring
{
    public const int MinScore = 0;
    public const int MaxScore = 10;
    public const int MinWeight = 1;
    public const int MaxWeight = 100;

    public static ScoringProblem? CheckCriteria(IReadOnlyList<JuryCriterion> criteria) =>
        criteria.Count == 0 ? ScoringProblem.NoCriteria
        : criteria.Any(c => c.Weight is < MinWeight or > MaxWeight) ? ScoringProblem.WeightOutOfRange
        : null;

    /// <summary>
    /// Checks a juror's sheet: no conflict declared with the solution, every criterion scored once, each score within
    /// 0–10, no criterion of another challenge.
    /// </summary>
    public static ScoringProblem? CheckSheet(IReadOnlyList<JuryCriterion> criteria, ScoreSheet sheet, bool conflicted) =>
        conflicted ? ScoringProblem.Conflicted
        : sheet.Scores.Keys.Any(id => criteria.All(c => c.Id != id)) ? ScoringProblem.UnknownCriterion
        : criteria.Any(c => !sheet.Scores.ContainsKey(c.Id)) ? ScoringProblem.CriterionMissing
        : sheet.Scores.Values.Any(v => v is < MinScore or > MaxScore) ? ScoringProblem.ScoreOutOfRange
        : null;

    /// <summary>A sheet's weighted total on 0–100: Σ(weight × score) / Σ(weight) × 10.</summary>
    public static decimal Total(IReadOnlyList<JuryCriterion> criteria, ScoreSheet sheet)
    {
        var weights = criteria.Sum(c => c.Weight);
        return weights == 0 ? 0 : criteria.Sum(c => (decimal)c.Weight * sheet.Scores.GetValueOrDefault(c.Id)) * 10m / weights;
    }

    /// <summary>
    /// Whether a juror may see the other jurors' scores for a challenge: only once they have submitted a sheet for every
    /// solution they did not declare a conflict with (so that no one scores after seeing the others).
    /// </summary>
    public static bool MaySeeOthers(string juror, IEnumerable<long> solutions, IEnumerable<ScoreSheet> sheets, IReadOnlySet<(string Juror, long SolutionId)> conflicts)
    {
        var scored = sheets.Where(s => s.Juror == juror).Select(s => s.SolutionId).ToHashSet();
        return solutions.All(id => scored.Contains(id) || conflicts.Contains((juror, id)));
    }

    /// <summary>
    /// Ranks the solutions by the mean of their jurors' totals (sheets of conflicted jurors and incomplete sheets left
    /// out), best first; equal means share a rank; a solution nobody scored comes last with a mean of 0.
    /// </summary>
    public static IReadOnlyList<RankedSolution> Rank(IReadOnlyList<JuryCriterion> criteria, IEnumerable<long> solutions, IEnumerable<ScoreSheet> sheets, IReadOnlySet<(string Juror, long SolutionId)> conflicts)
    {
        var valid = sheets.Where(s => !conflicts.Contains((s.Juror, s.SolutionId)) && CheckSheet(criteria, s, conflicted: false) is null)
            .GroupBy(s => (s.Juror, s.SolutionId)).Select(g => g.Last()).ToLookup(s => s.SolutionId);
        var standings = solutions.Distinct().Select(id =>
        {
            var totals = valid[id].Select(s => Total(criteria, s)).ToList();
            if (totals.Count == 0)
            {
                return (Id: id, Mean: 0m, Min: 0m, Max: 0m, Sd: 0m, Jurors: 0);
            }

            var mean = totals.Sum() / totals.Count;
            var variance = totals.Sum(t => (t - mean) * (t - mean)) / totals.Count;
            return (Id: id, Mean: mean, Min: totals.Min(), Max: totals.Max(), Sd: (decimal)Math.Sqrt((double)variance), Jurors: totals.Count);
        }).OrderByDescending(s => s.Jurors > 0).ThenByDescending(s => s.Mean).ThenBy(s => s.Id).ToList();

        var ranked = new List<RankedSolution>(standings.Count);
        for (var i = 0; i < standings.Count; i++)
        {
            var s = standings[i];
            var tiedWithPrevious = i > 0 && standings[i - 1].Mean == s.Mean && (standings[i - 1].Jurors > 0) == (s.Jurors > 0);
            ranked.Add(new RankedSolution(s.Id, s.Mean, s.Min, s.Max, s.Sd, s.Jurors, tiedWithPrevious ? ranked[i - 1].Rank : i + 1));
        }

        return ranked;
    }

    /// <summary>
    /// The first <paramref name="seats"/> of the ranking; when the last seat falls among solutions of equal mean, those
    /// tied at the cut are named instead of being picked by their order, and the seats before them are kept.
    /// </summary>
    public static Selection Select(IReadOnlyList<RankedSolution> ranking, int seats)
    {
        var scored = ranking.Where(r => r.Jurors > 0).ToList();
        if (seats <= 0 || scored.Count == 0)
        {
            return new Selection(ranking, [], []);
        }

        if (seats >= scored.Count)
        {
            return new Selection(ranking, [.. scored.Select(r => r.SolutionId)], []);
        }

        var cutRank = scored[seats - 1].Rank;
        var tied = scored.Where(r => r.Rank == cutRank).ToList();
        var crossesCut = scored.Count(r => r.Rank <= cutRank) > seats;
        return crossesCut
            ? new Selection(ranking, [.. scored.Where(r => r.Rank < cutRank).Select(r => r.SolutionId)], [.. tied.Select(r => r.SolutionId)])
            : new Selection(ranking, [.. scored.Take(seats).Select(r => r.SolutionId)], []);
    }

    /// <summary>
    /// Whether a selection departs from the ranking: a selected solution ranks below one left out (a tie at the cut
    /// settled either way does not depart).
    /// </summary>
    public static bool DepartsFromRanking(IReadOnlyList<RankedSolution> ranking, IReadOnlySet<long> selected)
    {
        var worstSelected = ranking.Where(r => selected.Contains(r.SolutionId)).Select(r => r.Jurors > 0 ? r.Rank : int.MaxValue).DefaultIfEmpty(0).Max();
        return ranking.Any(r => !selected.Contains(r.SolutionId) && r.Jurors > 0 && r.Rank < worstSelected);
    }

    /// <summary>
    /// Checks the selection the jury publishes: 1 to <paramref name="seats"/> solutions, each scored by at least one juror
    /// and given its reason; a selection that departs from the ranking says why in the deliberation notes.
    /// </summary>
    public static SelectionProblem? CheckSelection(IReadOnlyList<RankedSolution> ranking, IReadOnlySet<long> selected, int seats, Func<long, bool> hasReason, bool hasNotes) =>
        selected.Count == 0 ? SelectionProblem.NoneSelected
        : selected.Count > seats ? SelectionProblem.TooMany
        : selected.Any(id => ranking.FirstOrDefault(r => r.SolutionId == id) is not { Jurors: > 0 }) ? SelectionProblem.NotScored
        : selected.Any(id => !hasReason(id)) ? SelectionProblem.ReasonMissing
        : DepartsFromRanking(ranking, selected) && !hasNotes ? SelectionProblem.NotesNeeded
        : null;
}
