using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Tests.Budgeting;

/// <summary>The floating-point runs of Equal Shares either give the exact outcome or say they cannot decide.</summary>
public sealed class EqualSharesArithmeticTests
{
    [Theory]
    [InlineData("Netherlands_Assen_2024.pb", 0, 850, 50)]
    [InlineData("Poland_Warszawa_2023_Ursus.pb", 0, 179, 179)] // about a second per exact run
    [InlineData("US_Stanford_Dataset_2022_Jersey_City_Ward_B_vote_knapsacks.pb", 0, 630, 30)]
    public void Fast_runs_match_exact_runs_on_published_elections(string file, int from, int to, int step) =>
        FastMatchesExact(PbParser.ParseFile(SharedPabulib.File(file)), from, to, step);

    [Fact]
    public void Fast_runs_match_exact_runs_on_a_generated_election()
    {
        var random = new Random(5);
        var projects = Enumerable.Range(1, 30).Select(p => new PbProject($"p{p}", random.Next(1, 40) * 500m)).ToList();
        var voters = Enumerable.Range(1, 600)
            .Select(v => new PbVoter($"v{v}", [.. projects.Where(_ => random.Next(5) == 0).Select(p => p.Id)]))
            .ToList();
        var election = new PbElection(new Dictionary<string, string> { ["budget"] = "60000" }, projects, voters);

        FastMatchesExact(election, 0, 200, 10);
    }

    private static void FastMatchesExact(PbElection election, int from, int to, int step)
    {
        var profile = EqualSharesProfile.From(election);
        var fast = new EqualSharesEngine<FloatShare>(profile);
        var exact = new EqualSharesEngine<ExactShare>(profile);
        var decided = 0;
        for (var increase = from; increase <= to; increase += step)
        {
            var fastOutcome = new List<int>();
            var exactOutcome = new List<int>();
            exact.TryRun(ExactShare.From(election.Budget) / profile.VoterCount + ExactShare.From(increase), exactOutcome).ShouldBeTrue();
            if (fast.TryRun(FloatShare.From(election.Budget) / profile.VoterCount + FloatShare.From(increase), fastOutcome))
            {
                fastOutcome.ShouldBe(exactOutcome, $"+{increase}");
                decided++;
            }
        }

        decided.ShouldBeGreaterThan(0);
    }
}
