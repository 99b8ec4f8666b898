using OpenRegion.Cms.Core.Innovation;

namespace OpenRegion.Cms.Core.Tests.Innovation;

/// <summary>The jury's weighted scores, the ranking with its ties and spread, conflicts of interest, and the selection.</summary>
public sealed class JuryScoringTests
{
    // Innovation 40, feasibility 40, impact on the region's agro-food industry 20.
    private static readonly IReadOnlyList<JuryCriterion> Criteria = [new(1, 40), new(2, 40), new(3, 20)];
    private static readonly IReadOnlySet<(string, long)> NoConflict = new HashSet<(string, long)>();

    private static ScoreSheet Sheet(string juror, long solution, int innovation, int feasibility, int impact) =>
        new(juror, solution, new Dictionary<long, int> { [1] = innovation, [2] = feasibility, [3] = impact });

    [Theory]
    [InlineData(10, 10, 10, 100)]
    [InlineData(0, 0, 0, 0)]
    [InlineData(8, 6, 5, 66)]     // (40×8 + 40×6 + 20×5) / 100 × 10
    [InlineData(7, 7, 8, 72)]
    public void A_sheet_total_is_the_weighted_mean_on_a_hundred(int innovation, int feasibility, int impact, decimal expected) =>
        JuryScoring.Total(Criteria, Sheet("a", 1, innovation, feasibility, impact)).ShouldBe(expected);

    [Fact]
    public void Weights_need_not_add_up_to_a_hundred_and_totals_stay_exact()
    {
        IReadOnlyList<JuryCriterion> thirds = [new(1, 1), new(2, 1), new(3, 1)];
        JuryScoring.Total(thirds, Sheet("a", 1, 10, 10, 0)).ShouldBe(200m / 3m);
    }

    [Fact]
    public void Criteria_and_sheets_are_checked()
    {
        JuryScoring.CheckCriteria([]).ShouldBe(ScoringProblem.NoCriteria);
        JuryScoring.CheckCriteria([new(1, 0)]).ShouldBe(ScoringProblem.WeightOutOfRange);
        JuryScoring.CheckCriteria([new(1, 101)]).ShouldBe(ScoringProblem.WeightOutOfRange);
        JuryScoring.CheckCriteria(Criteria).ShouldBeNull();
        JuryScoring.CheckSheet(Criteria, Sheet("a", 1, 11, 5, 5), false).ShouldBe(ScoringProblem.ScoreOutOfRange);
        JuryScoring.CheckSheet(Criteria, Sheet("a", 1, -1, 5, 5), false).ShouldBe(ScoringProblem.ScoreOutOfRange);
        JuryScoring.CheckSheet(Criteria, new ScoreSheet("a", 1, new Dictionary<long, int> { [1] = 5, [2] = 5 }), false).ShouldBe(ScoringProblem.CriterionMissing);
        JuryScoring.CheckSheet(Criteria, new ScoreSheet("a", 1, new Dictionary<long, int> { [1] = 5, [2] = 5, [3] = 5, [99] = 5 }), false).ShouldBe(ScoringProblem.UnknownCriterion);
        JuryScoring.CheckSheet(Criteria, Sheet("a", 1, 5, 5, 5), conflicted: true).ShouldBe(ScoringProblem.Conflicted);
        JuryScoring.CheckSheet(Criteria, Sheet("a", 1, 0, 10, 5), false).ShouldBeNull();
    }

    [Fact]
    public void The_ranking_gives_the_mean_the_spread_and_shared_ranks()
    {
        var sheets = new[]
        {
            Sheet("amina", 10, 9, 8, 7), Sheet("youssef", 10, 5, 6, 5),   // 82 and 54: mean 68, spread 28
            Sheet("amina", 20, 7, 7, 7), Sheet("youssef", 20, 7, 7, 7),   // 70 and 70
            Sheet("amina", 30, 7, 7, 7), Sheet("youssef", 30, 7, 7, 7),   // 70: tied with 20
            Sheet("amina", 40, 2, 2, 2),                                   // 20, one juror
        };
        var ranking = JuryScoring.Rank(Criteria, [10, 20, 30, 40, 50], sheets, NoConflict);
        ranking.Select(r => (r.SolutionId, r.Rank)).ShouldBe([(20L, 1), (30L, 1), (10L, 3), (40L, 4), (50L, 5)]);
        var first = ranking.Single(r => r.SolutionId == 10);
        (first.Mean, first.Min, first.Max, first.Spread, first.Jurors).ShouldBe((68m, 54m, 82m, 28m, 2));
        first.StandardDeviation.ShouldBe(14m);
        ranking.Single(r => r.SolutionId == 20).Spread.ShouldBe(0m);
        ranking.Last().Jurors.ShouldBe(0); // nobody scored it: last
    }

    [Fact]
    public void A_conflicted_jurors_sheet_never_counts()
    {
        var sheets = new[] { Sheet("amina", 10, 10, 10, 10), Sheet("youssef", 10, 5, 5, 5), Sheet("youssef", 20, 6, 6, 6) };
        var conflicts = new HashSet<(string, long)> { ("amina", 10) }; // amina's cousin leads team 10
        var ranking = JuryScoring.Rank(Criteria, [10, 20], sheets, conflicts);
        ranking.Select(r => (r.SolutionId, r.Mean, r.Jurors)).ShouldBe([(20L, 60m, 1), (10L, 50m, 1)]);
    }

    [Fact]
    public void Incomplete_or_repeated_sheets_count_once_and_only_when_whole()
    {
        var sheets = new[]
        {
            new ScoreSheet("amina", 10, new Dictionary<long, int> { [1] = 10 }), // incomplete: left out
            Sheet("youssef", 10, 5, 5, 5), Sheet("youssef", 10, 6, 6, 6),       // resubmitted: the last counts
        };
        JuryScoring.Rank(Criteria, [10], sheets, NoConflict).Single().ShouldBe(new RankedSolution(10, 60m, 60m, 60m, 0m, 1, 1));
    }

    [Fact]
    public void A_juror_sees_the_others_only_after_scoring_everything_they_may()
    {
        var conflicts = new HashSet<(string, long)> { ("amina", 30) };
        var sheets = new List<ScoreSheet> { Sheet("amina", 10, 5, 5, 5), Sheet("youssef", 10, 5, 5, 5), Sheet("youssef", 20, 5, 5, 5), Sheet("youssef", 30, 5, 5, 5) };
        JuryScoring.MaySeeOthers("amina", [10, 20, 30], sheets, conflicts).ShouldBeFalse();
        sheets.Add(Sheet("amina", 20, 6, 6, 6));
        JuryScoring.MaySeeOthers("amina", [10, 20, 30], sheets, conflicts).ShouldBeTrue(); // 30 is conflicted: not owed
        JuryScoring.MaySeeOthers("youssef", [10, 20, 30], sheets, conflicts).ShouldBeTrue();
        JuryScoring.MaySeeOthers("karima", [10, 20, 30], sheets, conflicts).ShouldBeFalse();
    }

    [Fact]
    public void The_selection_names_the_tie_at_the_cut_instead_of_picking_by_order()
    {
        var sheets = new[] { Sheet("a", 1, 9, 9, 9), Sheet("a", 2, 7, 7, 7), Sheet("a", 3, 7, 7, 7), Sheet("a", 4, 3, 3, 3) };
        var ranking = JuryScoring.Rank(Criteria, [1, 2, 3, 4], sheets, NoConflict);
        var two = JuryScoring.Select(ranking, 2);
        two.Selected.ShouldBe([1L]);
        two.TiedAtCut.ShouldBe([2L, 3L]);
        two.NeedsDeliberation.ShouldBeTrue();
        var three = JuryScoring.Select(ranking, 3);
        three.Selected.ShouldBe([1L, 2L, 3L]);
        three.NeedsDeliberation.ShouldBeFalse();
        JuryScoring.Select(ranking, 1).Selected.ShouldBe([1L]);
        JuryScoring.Select(ranking, 10).Selected.Count.ShouldBe(4);
        JuryScoring.Select(ranking, 0).Selected.ShouldBeEmpty();
        JuryScoring.Select(JuryScoring.Rank(Criteria, [1, 2], [], NoConflict), 1).Selected.ShouldBeEmpty(); // nothing scored, nothing selected
    }

    [Fact]
    public void A_selection_departing_from_the_ranking_needs_the_deliberations_reasons()
    {
        var sheets = new[] { Sheet("a", 1, 9, 9, 9), Sheet("a", 2, 7, 7, 7), Sheet("a", 3, 7, 7, 7), Sheet("a", 4, 3, 3, 3) };
        var ranking = JuryScoring.Rank(Criteria, [1, 2, 3, 4, 5], sheets, NoConflict); // 5: nobody scored it
        static bool Reason(long id) => id != 4;
        SelectionProblem? Check(int seats, bool notes, params long[] selected) => JuryScoring.CheckSelection(ranking, selected.ToHashSet(), seats, Reason, notes);

        Check(2, false, 1, 2).ShouldBeNull();
        Check(2, false, 1, 3).ShouldBeNull(); // the tie at the cut settled either way follows the ranking
        JuryScoring.DepartsFromRanking(ranking, new HashSet<long> { 1, 3 }).ShouldBeFalse();
        JuryScoring.DepartsFromRanking(ranking, new HashSet<long> { 2, 3 }).ShouldBeTrue(); // 1 left out
        Check(2, false, 2, 3).ShouldBe(SelectionProblem.NotesNeeded);
        Check(2, true, 2, 3).ShouldBeNull();
        Check(2, false).ShouldBe(SelectionProblem.NoneSelected);
        Check(2, false, 1, 2, 3).ShouldBe(SelectionProblem.TooMany);
        Check(2, true, 1, 5).ShouldBe(SelectionProblem.NotScored);
        Check(3, true, 1, 2, 4).ShouldBe(SelectionProblem.ReasonMissing);
        Check(4, false, 1, 2, 3).ShouldBeNull(); // fewer than the seats, and an unscored solution left out, is no departure
    }
}
