using OpenRegion.Cms.Core.Budgeting.Counting;

namespace OpenRegion.Cms.Core.Tests.Budgeting;

public sealed class GreedyCountingTests
{
    // A 60 (10 votes), B 50 (8), C 30 (5) for a budget of 100: B no longer fits after A, C still does.
    private const string ThreeProjects = "project_id;cost;votes\nA;60;10\nB;50;8\nC;30;5";
    private const string NoBallots = "voter_id;vote";

    [Fact]
    public void Greedy_skips_a_project_that_no_longer_fits_and_goes_on()
    {
        var result = BudgetCounter.Count(SharedPabulib.Election("budget;100", ThreeProjects, NoBallots), CountingRule.Greedy);

        result.Selected.Select(p => p.Id).ShouldBe(["A", "C"]);
        result.TotalCost.ShouldBe(90m);
    }

    [Fact]
    public void Greedy_no_skip_stops_at_the_first_project_that_does_not_fit()
    {
        var result = BudgetCounter.Count(SharedPabulib.Election("budget;100", ThreeProjects, NoBallots), CountingRule.GreedyNoSkip);

        result.Selected.Select(p => p.Id).ShouldBe(["A"]);
        result.TotalCost.ShouldBe(60m);
    }

    [Fact]
    public void Greedy_no_skip_passes_over_a_withdrawn_project_that_costs_more_than_the_whole_budget()
    {
        var election = SharedPabulib.Election("budget;100", "project_id;cost;votes\nW;999999999;20\nA;60;10\nC;30;5", NoBallots);

        BudgetCounter.Count(election, CountingRule.GreedyNoSkip).Selected.Select(p => p.Id).ShouldBe(["A", "C"]);
    }

    [Theory]
    [InlineData(CountingRule.Greedy)]
    [InlineData(CountingRule.GreedyNoSkip)]
    public void A_project_below_the_score_threshold_is_not_funded_under_any_greedy_rule(CountingRule rule)
    {
        var election = SharedPabulib.Election("budget;100\nmin_project_score_threshold;6", "project_id;cost;votes\nA;60;10\nC;30;5", NoBallots);

        BudgetCounter.Count(election, rule).Selected.Select(p => p.Id).ShouldBe(["A"]);
    }

    [Fact]
    public void A_project_exactly_at_the_threshold_is_funded()
    {
        var election = SharedPabulib.Election("budget;100\nmin_project_score_threshold;5", "project_id;cost;votes\nA;60;10\nC;30;5", NoBallots);

        BudgetCounter.Count(election, CountingRule.Greedy).Selected.Select(p => p.Id).ShouldBe(["A", "C"]);
    }

    [Theory]
    [InlineData("project_id;cost;votes\nA;50;5\nB;50;5", "A")]
    [InlineData("project_id;cost;votes\nB;50;5\nA;50;5", "B")]
    public void Equal_scores_keep_the_row_order(string projects, string winner) =>
        BudgetCounter.Count(SharedPabulib.Election("budget;50", projects, NoBallots), CountingRule.Greedy).Selected.Single().Id.ShouldBe(winner);

    [Fact]
    public void The_score_column_comes_before_the_votes_column()
    {
        var election = SharedPabulib.Election("budget;50", "project_id;cost;votes;score\nA;50;9;10\nB;50;3;12", NoBallots);

        BudgetCounter.Count(election, CountingRule.Greedy).Selected.Single().Id.ShouldBe("B");
    }

    [Fact]
    public void Without_columns_approvals_are_counted_from_the_ballots()
    {
        var election = SharedPabulib.Election("budget;50", "project_id;cost\nA;50\nB;50", "voter_id;vote\n1;A,B\n2;B\n3;B");

        ProjectScores.Of(election).ShouldBe([1m, 3m]);
        BudgetCounter.Count(election, CountingRule.Greedy).Selected.Single().Id.ShouldBe("B");
    }

    [Fact]
    public void Ordinal_ballots_give_max_length_minus_position_points()
    {
        // max_length 3: a first choice is worth 3 points, a second 2, a third 1. Votes alone would favour B.
        var election = SharedPabulib.Election(
            "budget;50\nvote_type;ordinal\nmax_length;3",
            "project_id;cost;votes\nA;50;2\nB;50;3\nC;50;1",
            "voter_id;vote\n1;A,B\n2;A,B,C\n3;B");

        ProjectScores.Of(election).ShouldBe([6m, 7m, 1m]);
        BudgetCounter.Count(election, CountingRule.Greedy).Selected.Single().Id.ShouldBe("B");
    }

    [Fact]
    public void Cumulative_ballots_count_their_points()
    {
        var election = SharedPabulib.Election(
            "budget;50\nvote_type;cumulative",
            "project_id;cost\nA;50\nB;50",
            "voter_id;vote;points\n1;A;5\n2;B,A;3,2\n3;B;3");

        ProjectScores.Of(election).ShouldBe([7m, 6m]);
        BudgetCounter.Count(election, CountingRule.Greedy).Selected.Single().Id.ShouldBe("A");
    }

    [Theory]
    [InlineData("greedy", CountingRule.Greedy)]
    [InlineData("greedy-threshold", CountingRule.Greedy)]
    [InlineData("unknown", CountingRule.Greedy)]
    [InlineData("greedy-no-skip", CountingRule.GreedyNoSkip)]
    [InlineData("greedy_no_skip", CountingRule.GreedyNoSkip)]
    [InlineData("equalshares", CountingRule.EqualShares)]
    [InlineData("equalshares/add1", CountingRule.EqualSharesAddOne)]
    public void The_rule_named_in_META_is_applied(string rule, CountingRule expected) =>
        BudgetCounter.RuleOf(SharedPabulib.Election($"budget;50\nrule;{rule}", "project_id;cost\nA;50", NoBallots)).ShouldBe(expected);

    [Fact]
    public void A_rule_we_do_not_apply_is_refused_by_name() =>
        Should.Throw<CountingException>(() => BudgetCounter.Count(SharedPabulib.Election("budget;50\nrule;greedy-exclusive", "project_id;cost\nA;50", NoBallots)))
            .Message.ShouldContain("'greedy-exclusive'");
}
