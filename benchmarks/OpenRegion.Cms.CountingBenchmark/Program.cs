using System.Diagnostics;
using BenchmarkDotNet.Running;
using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Pabulib;
using OpenRegion.Cms.CountingBenchmark;

// bash scripts/bench-counting.sh                  BenchmarkDotNet (about a minute)
// bash scripts/bench-counting.sh --quick          a few timed runs of each, in seconds
// bash scripts/bench-counting.sh --file X.pb      timed runs of Equal Shares with add-one on any pabulib file
if (args is ["--file", var file])
{
    var election = PbParser.ParseFile(file);
    Quick(Path.GetFileName(file) + ", Equal Shares + add-one", 5, () => BudgetCounter.Count(election, CountingRule.EqualSharesAddOne));
    return 0;
}

if (args.Contains("--quick"))
{
    var ursus = CountingBenchmarks.Ursus();
    var generated = GeneratedElection.Create();
    Quick("Ursus, Equal Shares + add-one", 5, () => BudgetCounter.Count(ursus, CountingRule.EqualSharesAddOne));
    Quick("generated 100,000 x 150, greedy", 10, () => BudgetCounter.Count(generated, CountingRule.Greedy));
    Quick("generated 100,000 x 150, Equal Shares + add-one", 3, () => BudgetCounter.Count(generated, CountingRule.EqualSharesAddOne));
    return 0;
}

var arguments = args.ToList();
if (!arguments.Any(a => a is "--filter" or "-f" or "--list" or "--help" or "-h" or "--info" or "--version"))
{
    arguments.AddRange(["--filter", "*"]);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(CountingBenchmarks).Assembly).Run([.. arguments]);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

static void Quick(string name, int runs, Func<CountingResult> count)
{
    var first = count(); // warm-up (JIT)
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        count();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"{name}: median {times[times.Count / 2]:F1} ms (min {times[0]:F1}, max {times[^1]:F1}, {runs} runs); " +
                      $"{first.Selected.Count} projects funded, total {PbNumbers.Format(first.TotalCost)}, voters' money raised by {first.VoterMoneyIncrease}");
}
