using System.Globalization;
using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.CountingBenchmark;

/// <summary>
/// A large approval election, the same on every run (fixed seed): 150 projects costing 20,000 to 600,000 MAD, a budget
/// of 10,000,000 (100 per voter), 100,000 voters approving 1 to 15 projects each, popular projects more often (weights
/// falling as 1 / (rank + 10)). PROJECTS has no votes column, so greedy must count the ballots.
/// </summary>
public static class GeneratedElection
{
    public static PbElection Create(int voters = 100_000, int projects = 150, int seed = 2026)
    {
        var random = new Random(seed);
        var list = new List<PbProject>(projects);
        var cumulative = new double[projects];
        var total = 0.0;
        for (var p = 0; p < projects; p++)
        {
            list.Add(new PbProject($"p{p + 1}", random.Next(20, 601) * 1000m));
            total += 1.0 / (p + 10);
            cumulative[p] = total;
        }

        var ballots = new List<PbVoter>(voters);
        var chosen = new List<string>(15);
        for (var v = 0; v < voters; v++)
        {
            chosen.Clear();
            var length = random.Next(1, 16);
            while (chosen.Count < length)
            {
                var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
                var id = list[index < 0 ? Math.Min(~index, projects - 1) : index].Id;
                if (!chosen.Contains(id))
                {
                    chosen.Add(id);
                }
            }

            ballots.Add(new PbVoter(v.ToString(CultureInfo.InvariantCulture), [.. chosen]));
        }

        var meta = new Dictionary<string, string>
        {
            ["description"] = "generated benchmark election",
            ["num_projects"] = projects.ToString(CultureInfo.InvariantCulture),
            ["num_votes"] = voters.ToString(CultureInfo.InvariantCulture),
            ["budget"] = "10000000",
            ["vote_type"] = "approval",
            ["rule"] = "equalshares/add1",
        };
        return new PbElection(meta, list, ballots);
    }
}
