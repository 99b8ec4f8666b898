using OpenRegion.Cms.Core.Budgeting.Counting;

namespace OpenRegion.Cms.Core.Tests.Budgeting;

public sealed class EqualSharesCountingTests
{
    [Fact]
    public void A_minority_gets_its_share_where_greedy_gives_everything_to_the_majority()
    {
        // 7 voters want A and B, 3 want C; 10 each. A: 40/7 each. B is then out of the majority's reach (7 × 30/7 = 30),
        // C is paid by its 3 supporters (10 each). Greedy funds A and B.
        var election = SharedPabulib.Election(
            "budget;100",
            "project_id;cost\nA;40\nB;40\nC;30",
            "voter_id;vote\n1;A,B\n2;A,B\n3;A,B\n4;A,B\n5;A,B\n6;A,B\n7;A,B\n8;C\n9;C\n10;C");

        BudgetCounter.Count(election, CountingRule.EqualShares).Selected.Select(p => p.Id).ShouldBe(["A", "C"]);
        BudgetCounter.Count(election, CountingRule.EqualSharesAddOne).Selected.Select(p => p.Id).ShouldBe(["A", "C"]); // already exhaustive
        BudgetCounter.Count(election, CountingRule.Greedy).Selected.Select(p => p.Id).ShouldBe(["A", "B"]);
    }

    [Fact]
    public void Equal_payments_per_unit_of_cost_go_to_the_lower_cost()
    {
        // 3 voters with 70/3 each, all approving both: Y (60) costs each 20, X (30) costs each 10: both 1/3 per unit.
        // X wins on cost although Y comes first; then 3 × 40/3 = 40 no longer pays for Y.
        var election = SharedPabulib.Election("budget;70", "project_id;cost\nY;60\nX;30", "voter_id;vote\n1;Y,X\n2;Y,X\n3;Y,X");

        var result = BudgetCounter.Count(election, CountingRule.EqualShares);

        result.Selected.Select(p => p.Id).ShouldBe(["X"]);
        BudgetCounter.Count(election, CountingRule.Greedy).Selected.Select(p => p.Id).ShouldBe(["Y"]);
    }

    [Fact]
    public void Equal_payments_and_equal_costs_go_to_the_project_with_more_votes()
    {
        // 10 voters with 10 each. Round 1: Z (60) is shared by voters 1-6 (10 each, 1/6 per unit). Round 2: Q (20) has
        // voters 7 and 8 (10 each), P (20) has them too plus voters 1 and 2, who have nothing left: both cost their
        // paying supporters 1/2 per unit. P has more votes, so it wins although Q comes first; Q is then unaffordable.
        var election = SharedPabulib.Election(
            "budget;100",
            "project_id;cost\nQ;20\nP;20\nZ;60",
            "voter_id;vote\n1;Z,P\n2;Z,P\n3;Z\n4;Z\n5;Z\n6;Z\n7;P,Q\n8;P,Q\n9;\n10;");

        BudgetCounter.Count(election, CountingRule.EqualShares).Selected.Select(p => p.Id).ShouldBe(["Z", "P"]);
    }

    [Fact]
    public void Full_ties_keep_the_row_order()
    {
        var election = SharedPabulib.Election("budget;30", "project_id;cost\nB;30\nA;30", "voter_id;vote\n1;A,B\n2;A,B\n3;A,B");

        BudgetCounter.Count(election, CountingRule.EqualShares).Selected.Select(p => p.Id).ShouldBe(["B"]);
    }

    [Fact]
    public void Add_one_keeps_the_last_outcome_that_fits_the_budget()
    {
        // 6 voters, 100/6 each: 4 want A and B, 2 want C; 50 each. At the start only A is funded. B becomes affordable
        // after A when 4 × (money − 12.5) ≥ 50, C when 2 × money ≥ 50: both at money 25, i.e. 16.67 + 9 = 25.67 — and
        // A, B, C cost 150. So the outcome at + 8 ({A}) is kept.
        var election = SharedPabulib.Election(
            "budget;100",
            "project_id;cost\nA;50\nB;50\nC;50",
            "voter_id;vote\n1;A,B\n2;A,B\n3;A,B\n4;A,B\n5;C\n6;C");

        var plain = BudgetCounter.Count(election, CountingRule.EqualShares);
        var completed = BudgetCounter.Count(election, CountingRule.EqualSharesAddOne);

        plain.Selected.Select(p => p.Id).ShouldBe(["A"]);
        completed.Selected.Select(p => p.Id).ShouldBe(["A"]);
        completed.VoterMoneyIncrease.ShouldBe(8);
        completed.TotalCost.ShouldBe(50m);
    }

    [Fact]
    public void Add_one_raises_the_money_until_the_outcome_is_exhaustive()
    {
        // 4 voters with 25 each, 3 want A and B (40 each), 1 wants C (40). A costs its supporters 40/3 each; B then
        // needs 3 × (money − 40/3) ≥ 40, i.e. money ≥ 26.67: reached at + 2, where A and B (80) leave too little for C.
        var election = SharedPabulib.Election("budget;100", "project_id;cost\nA;40\nB;40\nC;40", "voter_id;vote\n1;A,B\n2;A,B\n3;A,B\n4;C");

        BudgetCounter.Count(election, CountingRule.EqualShares).Selected.Select(p => p.Id).ShouldBe(["A"]);
        var result = BudgetCounter.Count(election, CountingRule.EqualSharesAddOne);

        result.Selected.Select(p => p.Id).ShouldBe(["A", "B"]);
        result.VoterMoneyIncrease.ShouldBe(2);
        result.TotalCost.ShouldBe(80m);
    }

    [Fact]
    public void Money_that_exactly_covers_a_project_pays_for_it()
    {
        // 3 voters with 100/3 each: A (50) leaves each of them 50/3, together exactly B's 50.
        var election = SharedPabulib.Election("budget;100", "project_id;cost\nA;50\nB;50", "voter_id;vote\n1;A,B\n2;A,B\n3;A,B");

        var result = BudgetCounter.Count(election, CountingRule.EqualSharesAddOne);

        result.Selected.Select(p => p.Id).ShouldBe(["A", "B"]);
        result.VoterMoneyIncrease.ShouldBe(0);
    }

    [Fact]
    public void Equal_shares_counts_approval_ballots_only() =>
        Should.Throw<CountingException>(() => BudgetCounter.Count(
                SharedPabulib.Election("budget;10\nvote_type;ordinal", "project_id;cost\nA;5", "voter_id;vote\n1;A"), CountingRule.EqualShares))
            .Message.ShouldContain("approval");

    [Fact]
    public void The_exact_outcome_is_kept_when_floating_point_would_see_a_tie()
    {
        // Thirds everywhere: 3 voters with 100/3 each; A (10) and B (20) cost each supporter 1/3 of their cost;
        // A wins on cost, then B (20) still fits: 3 × (100/3 − 10/3) = 90.
        var election = SharedPabulib.Election("budget;100", "project_id;cost\nB;20\nA;10\nC;100", "voter_id;vote\n1;A,B\n2;A,B\n3;A,B,C");

        BudgetCounter.Count(election, CountingRule.EqualShares).Selected.Select(p => p.Id).ShouldBe(["A", "B"]);
    }
}
