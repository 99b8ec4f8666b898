using System.Globalization;

namespace OpenRegion.Cms.Benchmarks;

/// <summary>This program's own arguments; the others are BenchmarkDotNet's.</summary>
public sealed record Options(bool Quick, string? SeedFolder, int Documents, int Runs, int WarmupRounds, IReadOnlyList<string> BenchmarkArguments)
{
    public const string Usage = """
        OpenRegion.Cms.Benchmarks: search over generated Arabic and French documents.

          --quick            time each query without BenchmarkDotNet (p50/p95/p99), print indexing figures
          --seeds PATH       folder of seed .txt files (default: shared/seed-documents, found walking up)
          --docs N           documents to generate (default 100000, half Arabic, half French)
          --runs N           quick mode: timed runs per query (default 500)
          --warmup N         quick mode: warm-up rounds over all queries (default 50)
          (other arguments)  BenchmarkDotNet's, e.g. --filter *French*; default --filter *

        Set OPENREGION_BENCH_INDEX to a folder to keep the index there and reuse it in later runs.
        """;

    public static Options Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var quick = false;
        string? seeds = null;
        int documents = BenchmarkIndex.DefaultDocuments, runs = 500, warmup = 50;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--seeds":
                    seeds = Value(args, ref i);
                    break;
                case "--docs":
                    documents = Number(args, ref i, min: 2);
                    break;
                case "--runs":
                    runs = Number(args, ref i, min: 1);
                    break;
                case "--warmup":
                    warmup = Number(args, ref i, min: 0);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new Options(quick, seeds, documents, runs, warmup, rest);
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new ArgumentException($"{args[i]} needs a value.");
        }

        return args[++i];
    }

    private static int Number(IReadOnlyList<string> args, ref int i, int min)
    {
        var name = args[i];
        var value = Value(args, ref i);
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min)
        {
            throw new ArgumentException($"{name} needs a whole number of at least {min}, not '{value}'.");
        }

        return number;
    }
}
