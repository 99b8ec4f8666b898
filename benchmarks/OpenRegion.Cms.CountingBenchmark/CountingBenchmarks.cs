using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.CountingBenchmark;

/// <summary>1 warm-up and 7 measured iterations (the slowest benchmark takes about a second per call); reports go to
/// BenchmarkDotNet.Artifacts beside this project (git-ignored).</summary>
public sealed class CountingBenchmarkConfig : ManualConfig
{
    public CountingBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(7).WithId("Counting"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        if (CountingBenchmarks.RepositoryRoot() is { } root)
        {
            ArtifactsPath = Path.Combine(root, "benchmarks", "OpenRegion.Cms.CountingBenchmark", "BenchmarkDotNet.Artifacts");
        }
    }
}

/// <summary>Counting a parsed election (parsing is not timed): Equal Shares with add-one completion on Warszawa 2023
/// Ursus (4,519 voters, 72 projects), and greedy and Equal Shares with add-one on a generated 100,000-voter ×
/// 150-project approval election.</summary>
[MemoryDiagnoser]
[Config(typeof(CountingBenchmarkConfig))]
public class CountingBenchmarks
{
    private PbElection _ursus = null!;
    private PbElection _generated = null!;

    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenRegion.Cms.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>tests/data/pabulib/Poland_Warszawa_2023_Ursus.pb (a copy of ../shared/pabulib's), or the file OPENREGION_PABULIB_URSUS names.</summary>
    public static PbElection Ursus() => PbParser.ParseFile(
        Environment.GetEnvironmentVariable("OPENREGION_PABULIB_URSUS")
        ?? Path.Combine(RepositoryRoot() ?? throw new InvalidOperationException("OpenRegion.Cms.sln not found above " + AppContext.BaseDirectory), "tests", "data", "pabulib", "Poland_Warszawa_2023_Ursus.pb"));

    [GlobalSetup]
    public void Setup()
    {
        _ursus = Ursus();
        _generated = GeneratedElection.Create();
    }

    [Benchmark]
    public CountingResult UrsusEqualSharesAddOne() => BudgetCounter.Count(_ursus, CountingRule.EqualSharesAddOne);

    [Benchmark]
    public CountingResult GeneratedGreedy() => BudgetCounter.Count(_generated, CountingRule.Greedy);

    [Benchmark]
    public CountingResult GeneratedEqualSharesAddOne() => BudgetCounter.Count(_generated, CountingRule.EqualSharesAddOne);
}
