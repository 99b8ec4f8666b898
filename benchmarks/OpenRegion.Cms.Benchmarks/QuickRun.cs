using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace OpenRegion.Cms.Benchmarks;

/// <summary>
/// Without BenchmarkDotNet: builds (or reuses) the index, warms up, then times each query <c>runs</c> times one by
/// one and prints the 50th, 95th and 99th percentiles of the single-query times, with the indexing figures.
/// </summary>
public static class QuickRun
{
    /// <summary>The goal of the issue: p95 under 20 ms on 100,000 documents.</summary>
    public const double GoalP95Milliseconds = 20;

    public static int Run(Options options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(MachineNote());

        using var index = BenchmarkIndex.OpenOrBuild(
            Environment.GetEnvironmentVariable(BenchmarkIndex.FolderVariable), options.SeedFolder, options.Documents, output);
        var info = index.Info;
        var queries = BenchmarkQueries.All(info);

        for (var round = 0; round < options.WarmupRounds; round++)
        {
            foreach (var query in queries)
            {
                index.Index(query.Culture).Search(query.Query);
            }
        }

        output.WriteLine();
        output.WriteLine($"{options.Runs} runs per query after {options.WarmupRounds} warm-up rounds; times in ms, one query at a time, first 10 hits with snippets.");
        output.WriteLine($"{"Query",-30} {"Text",-28} {"Hits",7} {"p50",7} {"p95",7} {"p99",7} {"max",7} {"KB/query",9}");
        var worst = (Name: "", P95: 0.0);
        var samples = new double[options.Runs];
        foreach (var query in queries)
        {
            var searchIndex = index.Index(query.Culture);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var hits = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < options.Runs; i++)
            {
                var start = Stopwatch.GetTimestamp();
                hits = searchIndex.Search(query.Query).TotalHits;
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Array.Sort(samples);
            var p95 = Percentile(samples, 0.95);
            if (p95 > worst.P95)
            {
                worst = (query.Name, p95);
            }

            var text = query.Query.ContentType is null ? query.Query.Text : $"{query.Query.Text} [{query.Query.ContentType}]";
            output.WriteLine($"{query.Name,-30} {text,-28} {hits,7:N0} {Percentile(samples, 0.50),7:F2} {p95,7:F2} "
                + $"{Percentile(samples, 0.99),7:F2} {samples[^1],7:F2} {allocated / 1024.0 / options.Runs,9:F1}");
        }

        output.WriteLine();
        output.WriteLine($"Documents: {info.Documents:N0} (ar {info.ArabicDocuments:N0}, fr {info.FrenchDocuments:N0}), tenant '{BenchmarkIndex.TenantId}'.");
        output.WriteLine($"Sentences: {info.SentenceSource}; ar pool {info.ArabicSentences}, fr pool {info.LatinSentences}.");
        output.WriteLine($"Indexing: {info.IndexingSeconds:F1} s ({info.Documents / info.IndexingSeconds:N0} docs/s, commit every "
            + $"{BenchmarkIndex.CommitEvery:N0}), + {info.CloseSeconds:F1} s to close (merges){(index.Built ? "" : "; figures of the run that built the reused index")}.");
        output.WriteLine($"Index size on disk: {BenchmarkIndex.Megabytes(info.IndexBytes)} (ar {BenchmarkIndex.Megabytes(info.ArabicBytes)}, "
            + $"fr {BenchmarkIndex.Megabytes(info.FrenchBytes)}).");
        var met = worst.P95 < GoalP95Milliseconds;
        output.WriteLine($"Goal p95 < {GoalP95Milliseconds} ms: {(met ? "met" : "NOT met")} (worst p95 {worst.P95:F2} ms, {worst.Name}).");
        return 0;
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string MachineNote()
    {
        var cpu = "";
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo")
                .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?
                .Split(':', 2)[1].Trim() ?? "";
        }

        return $"Machine: {Environment.ProcessorCount} logical cores{(cpu.Length > 0 ? $" ({cpu})" : "")}, "
            + $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, "
            + $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC.";
    }
}
