using OpenRegion.Cms.Core.Budgeting.Ballots;

namespace OpenRegion.Cms.Core.Tests.Budgeting;

/// <summary>Ballot rules on the scale of the commune of Béni Mellal's open programme (ten projects of 20,000 to 50,000 MAD).</summary>
public sealed class BallotValidatorTests
{
    private const decimal Budget = 150_000m;

    private static readonly IReadOnlyDictionary<string, decimal> Costs = new Dictionary<string, decimal>
    {
        ["green-city"] = 40_000m,
        ["cleanliness-campaigns"] = 50_000m,
        ["petitions-portal"] = 30_000m,
        ["citizen-budget"] = 20_000m,
        ["school-surroundings"] = 40_000m,
        ["neighbourhood-contest"] = 30_000m,
    };

    private static BallotChoice[] Pick(params string[] ids) => [.. ids.Select(id => new BallotChoice(id))];

    private static IReadOnlyList<BallotErrorCode> Codes(BallotRule rule, params BallotChoice[] choices) =>
        [.. BallotValidator.Validate(rule, Costs, Budget, choices).Select(e => e.Code)];

    [Fact]
    public void Approval_TakesBetweenItsMinimumAndMaximum()
    {
        var rule = BallotRule.Approval(min: 2, max: 3);
        Codes(rule, Pick("green-city", "petitions-portal")).ShouldBeEmpty();
        Codes(rule, Pick("green-city")).ShouldBe([BallotErrorCode.TooFewProjects]);
        Codes(rule, Pick("green-city", "petitions-portal", "citizen-budget", "school-surroundings")).ShouldBe([BallotErrorCode.TooManyProjects]);
        Codes(rule).ShouldBe([BallotErrorCode.TooFewProjects]);
    }

    [Fact]
    public void AForgedOrRepeatedProject_IsRefused()
    {
        var rule = BallotRule.Approval();
        Codes(rule, Pick("green-city", "another-tenants-project")).ShouldBe([BallotErrorCode.UnknownProject]);
        Codes(rule, Pick("green-city", "green-city")).ShouldBe([BallotErrorCode.DuplicateProject]);
    }

    [Fact]
    public void Knapsack_MustFitTheBudget_AndMaySpendAMinimumShare()
    {
        Codes(BallotRule.Knapsack(), Pick("green-city", "cleanliness-campaigns", "petitions-portal", "citizen-budget")).ShouldBeEmpty(); // 140,000
        Codes(BallotRule.Knapsack(), Pick("green-city", "cleanliness-campaigns", "petitions-portal", "school-surroundings")).ShouldBe([BallotErrorCode.OverBudget]); // 160,000
        Codes(BallotRule.Knapsack(minSpendPercent: 50), Pick("citizen-budget", "petitions-portal")).ShouldBe([BallotErrorCode.UnderMinimumSpend]); // 50,000 < 75,000
        Codes(BallotRule.Knapsack(minSpendPercent: 50), Pick("citizen-budget", "petitions-portal", "neighbourhood-contest")).ShouldBeEmpty(); // exactly 80,000 ≥ 75,000
        Codes(BallotRule.Knapsack(minSpendPercent: 60), Pick("green-city", "cleanliness-campaigns")).ShouldBeEmpty(); // 90,000 = 60 % exactly
    }

    [Fact]
    public void TheMeter_ShowsWhatIsSpentAndLeft_AsTheVoterChooses()
    {
        var meter = BallotValidator.Meter(Costs, Budget, Pick("green-city", "cleanliness-campaigns", "green-city", "forged"));
        meter.Spent.ShouldBe(90_000m);
        meter.Remaining.ShouldBe(60_000m);
        meter.Percent.ShouldBe(60);
        meter.OverBudget.ShouldBeFalse();
        BallotValidator.Meter(Costs, Budget, Pick("green-city", "cleanliness-campaigns", "petitions-portal", "school-surroundings")).ShouldSatisfyAllConditions(
            m => m.OverBudget.ShouldBeTrue(),
            m => m.Remaining.ShouldBe(-10_000m),
            m => m.Percent.ShouldBe(106));
    }

    [Fact]
    public void Cumulative_SpreadsAtMostItsPoints_WithAPerProjectCap()
    {
        var rule = BallotRule.Cumulative(points: 10, maxPerProject: 5);
        Codes(rule, new BallotChoice("green-city", 5), new BallotChoice("citizen-budget", 5)).ShouldBeEmpty();
        Codes(rule, new BallotChoice("green-city", 3)).ShouldBeEmpty(); // not every point must be spent
        Codes(rule, new BallotChoice("green-city", 6), new BallotChoice("citizen-budget", 4)).ShouldBe([BallotErrorCode.TooManyPoints]);
        Codes(rule, new BallotChoice("green-city", 5), new BallotChoice("citizen-budget", 5), new BallotChoice("petitions-portal", 1)).ShouldBe([BallotErrorCode.TooManyPoints]);
        Codes(rule, new BallotChoice("green-city", 0)).ShouldBe([BallotErrorCode.BadPoints, BallotErrorCode.TooFewProjects]);
        Codes(rule, new BallotChoice("green-city", -3), new BallotChoice("citizen-budget", 5)).ShouldContain(BallotErrorCode.BadPoints);
        Codes(BallotRule.Cumulative(points: 10), new BallotChoice("green-city", int.MaxValue), new BallotChoice("citizen-budget", int.MaxValue)).ShouldBe([BallotErrorCode.TooManyPoints]); // no overflow
    }

    [Fact]
    public void ChooseOne_TakesExactlyOne()
    {
        Codes(BallotRule.ChooseOne(), Pick("school-surroundings")).ShouldBeEmpty();
        Codes(BallotRule.ChooseOne(), Pick("school-surroundings", "green-city")).ShouldBe([BallotErrorCode.TooManyProjects]);
        Codes(BallotRule.ChooseOne()).ShouldBe([BallotErrorCode.TooFewProjects]);
    }

    [Fact]
    public void Ranking_IsOneTwoThree_WithNoGapNoTie()
    {
        var rule = BallotRule.Ranking(min: 2, max: 3);
        Codes(rule, new BallotChoice("green-city", 2), new BallotChoice("citizen-budget", 1)).ShouldBeEmpty();
        Codes(rule, new BallotChoice("green-city", 1), new BallotChoice("citizen-budget", 3)).ShouldBe([BallotErrorCode.BadRanking]);
        Codes(rule, new BallotChoice("green-city", 1), new BallotChoice("citizen-budget", 1)).ShouldBe([BallotErrorCode.BadRanking]);
        Codes(rule, new BallotChoice("green-city", 1)).ShouldBe([BallotErrorCode.TooFewProjects]);
    }

    [Theory]
    [InlineData(3, 2, null, 0)]
    [InlineData(1, null, 120, 0)]
    [InlineData(1, 0, null, 0)]
    public void ARuleThatMakesNoSense_IsRefusedBeforeAnyBallot(int min, int? max, int? minSpend, int points)
    {
        var rule = new BallotRule(BallotKind.Approval, min, max, minSpend, points);
        rule.Check().ShouldNotBeEmpty();
        Codes(rule, Pick("green-city")).ShouldBe([BallotErrorCode.RuleInvalid]);
    }

    [Fact]
    public void ACumulativeRuleWithoutPoints_IsRefused() =>
        new BallotRule(BallotKind.Cumulative).Check().ShouldHaveSingleItem().Code.ShouldBe(BallotErrorCode.RuleInvalid);
}
