using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Benchmarks;

/// <summary>3 warm-up and 15 measured iterations: the whole run takes under two minutes on a 2-core machine. Median
/// and P95 are of the iterations' mean times (each iteration runs the query many times); the quick mode gives the
/// per-query percentiles. Reports go to BenchmarkDotNet.Artifacts beside this project (git-ignored), not to the
/// current directory.</summary>
public sealed class SearchBenchmarkConfig : ManualConfig
{
    public SearchBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithId("Search"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        if (ProjectFolder() is { } folder)
        {
            ArtifactsPath = Path.Combine(folder, "BenchmarkDotNet.Artifacts");
        }
    }

    private static string? ProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenRegion.Cms.Benchmarks.csproj")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

/// <summary>
/// Search over 100,000 generated documents (50,000 Arabic, 50,000 French). The index is built once by the host
/// process (Program) and reused through <see cref="BenchmarkIndex.FolderVariable"/>; run alone, the global setup
/// builds its own in a temporary folder.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SearchBenchmarkConfig))]
public class SearchBenchmarks
{
    private BenchmarkIndex? _index;
    private SearchIndex _arabic = null!;
    private SearchIndex _french = null!;
    private SearchIndex _rareIndex = null!;
    private SearchQuery _rareQuery = null!;

    [GlobalSetup]
    public void Setup()
    {
        _index = BenchmarkIndex.OpenOrBuild(
            Environment.GetEnvironmentVariable(BenchmarkIndex.FolderVariable),
            seedFolder: null,
            BenchmarkIndex.DefaultDocuments,
            Console.Out);
        _arabic = _index.Index("ar");
        _french = _index.Index("fr");
        var rare = BenchmarkQueries.RareWord(_index.Info);
        _rareIndex = _index.Index(rare.Culture);
        _rareQuery = rare.Query;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        _index = null;
    }

    [Benchmark]
    public SearchResults ArabicOneWord() => _arabic.Search(BenchmarkQueries.ArabicOneWord.Query);

    [Benchmark]
    public SearchResults ArabicTwoWords() => _arabic.Search(BenchmarkQueries.ArabicTwoWords.Query);

    [Benchmark]
    public SearchResults FrenchOneWord() => _french.Search(BenchmarkQueries.FrenchOneWord.Query);

    [Benchmark]
    public SearchResults FrenchTwoWordsWithTypeFilter() => _french.Search(BenchmarkQueries.FrenchTwoWordsWithTypeFilter.Query);

    [Benchmark]
    public SearchResults RareWord() => _rareIndex.Search(_rareQuery);
}
