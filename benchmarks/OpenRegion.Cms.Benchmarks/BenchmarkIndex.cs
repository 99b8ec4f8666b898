using System.Diagnostics;
using System.Text.Json;
using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Benchmarks;

/// <summary>What was indexed, written next to the index (corpus.json) so that a later process can reuse it.</summary>
public sealed record CorpusInfo(
    int GeneratorVersion,
    int Documents,
    int ArabicDocuments,
    int FrenchDocuments,
    int ArabicSentences,
    int LatinSentences,
    string SentenceSource,
    double IndexingSeconds,
    double CloseSeconds,
    long IndexBytes,
    long ArabicBytes,
    long FrenchBytes,
    string RareWord,
    string RareWordCulture,
    int RareWordHits);

/// <summary>
/// The benchmark corpus indexed for tenant "region": half the documents in the "ar" index, half in "fr". Built in a
/// new temporary folder (deleted on dispose), or in the folder named by <see cref="FolderVariable"/>, which is kept
/// and reused by later runs and by BenchmarkDotNet's benchmark processes.
/// </summary>
public sealed class BenchmarkIndex : IDisposable
{
    public const string TenantId = "region";

    /// <summary>Folder of an index to reuse (or build and keep).</summary>
    public const string FolderVariable = "OPENREGION_BENCH_INDEX";

    public const int DefaultDocuments = 100_000;

    public const int CommitEvery = 10_000;

    /// <summary>Bumped whenever the generated corpus changes, so that an older index is not reused.</summary>
    private const int GeneratorVersion = 1;

    private const string InfoFileName = "corpus.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private readonly bool _ownsFolder;
    private SearchIndexProvider? _provider;

    private BenchmarkIndex(string folder, bool ownsFolder, CorpusInfo info)
    {
        Folder = folder;
        _ownsFolder = ownsFolder;
        Info = info;
        _provider = new SearchIndexProvider(folder);
    }

    public string Folder { get; }

    public CorpusInfo Info { get; private set; }

    /// <summary>True when this process built the index; false when it reused one.</summary>
    public bool Built { get; private init; }

    public SearchIndex Index(string culture)
    {
        ObjectDisposedException.ThrowIf(_provider is null, this);
        return _provider.GetIndex(TenantId, culture);
    }

    /// <summary>Reuses the complete index in <paramref name="folder"/>, or builds one there (a new temporary folder
    /// when null).</summary>
    public static BenchmarkIndex OpenOrBuild(string? folder, string? seedFolder, int documents, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var ownsFolder = string.IsNullOrWhiteSpace(folder);
        folder = ownsFolder
            ? Path.Combine(Path.GetTempPath(), $"openregion-search-bench-{Guid.NewGuid():N}")
            : Path.GetFullPath(folder!);

        var existing = ReadInfo(folder);
        if (existing is not null)
        {
            log.WriteLine($"Reusing the index in {folder} ({existing.Documents:N0} documents).");
            return new BenchmarkIndex(folder, ownsFolder, existing);
        }

        try
        {
            return Build(folder, ownsFolder, seedFolder, documents, log);
        }
        catch
        {
            if (ownsFolder)
            {
                DeleteFolder(folder);
            }

            throw;
        }
    }

    /// <summary>Closes the index (releasing its write lock) but keeps the folder.</summary>
    public void Close()
    {
        _provider?.Dispose();
        _provider = null;
    }

    public void Dispose()
    {
        Close();
        if (_ownsFolder)
        {
            DeleteFolder(Folder);
        }
    }

    private static BenchmarkIndex Build(string folder, bool ownsFolder, string? seedArgument, int documents, TextWriter log)
    {
        if (documents < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(documents), documents, "At least 2 documents.");
        }

        var seedFolder = SentencePool.FindSeedFolder(seedArgument);
        var pool = SentencePool.Load(seedFolder);
        log.WriteLine($"Sentences: {pool.Source}.");
        log.WriteLine($"Indexing {documents:N0} documents into {folder} (commit every {CommitEvery:N0})...");

        // A half-built index (an interrupted run) is discarded, not appended to.
        DeleteFolder(Path.Combine(folder, TenantId));
        Directory.CreateDirectory(folder);

        var arabicDocuments = documents / 2;
        var frenchDocuments = documents - arabicDocuments;
        var arabic = new CorpusGenerator(pool.Arabic, TenantId, "ar", CorpusGenerator.Seed);
        var french = new CorpusGenerator(pool.Latin, TenantId, "fr", CorpusGenerator.Seed + 1);

        var provider = new SearchIndexProvider(folder);
        TimeSpan indexing;
        var clock = Stopwatch.StartNew();
        try
        {
            var written = 0;
            written = Write(provider.GetIndex(TenantId, "ar"), arabic, 0, arabicDocuments, written, clock, log);
            Write(provider.GetIndex(TenantId, "fr"), french, arabicDocuments, frenchDocuments, written, clock, log);
            indexing = clock.Elapsed;
        }
        finally
        {
            // Closing waits for background merges, so that the searches measured later do not race them.
            clock.Restart();
            provider.Dispose();
        }

        var close = clock.Elapsed;
        var arabicBytes = FolderSize(Path.Combine(folder, TenantId, "ar"));
        var frenchBytes = FolderSize(Path.Combine(folder, TenantId, "fr"));
        log.WriteLine($"Indexed in {indexing.TotalSeconds:F1} s (+ {close.TotalSeconds:F1} s to close); "
            + $"index size {Megabytes(arabicBytes + frenchBytes)} (ar {Megabytes(arabicBytes)}, fr {Megabytes(frenchBytes)}).");

        var info = new CorpusInfo(
            GeneratorVersion, documents, arabicDocuments, frenchDocuments, pool.Arabic.Count, pool.Latin.Count, pool.Source,
            indexing.TotalSeconds, close.TotalSeconds, arabicBytes + frenchBytes, arabicBytes, frenchBytes,
            RareWord: "", RareWordCulture: "", RareWordHits: 0);
        var index = new BenchmarkIndex(folder, ownsFolder, info) { Built = true };
        try
        {
            var (word, culture, hits) = FindRareWord(index, arabic, french);
            log.WriteLine($"Rare word: '{word}' ({culture}, {hits:N0} documents).");
            index.Info = info with { RareWord = word, RareWordCulture = culture, RareWordHits = hits };
            File.WriteAllText(Path.Combine(folder, InfoFileName), JsonSerializer.Serialize(index.Info, JsonOptions));
            return index;
        }
        catch
        {
            index.Close();
            throw;
        }
    }

    private static int Write(SearchIndex index, CorpusGenerator generator, int firstNumber, int count, int written, Stopwatch clock, TextWriter log)
    {
        for (var i = 0; i < count; i++)
        {
            index.Upsert(generator.Next(firstNumber + i));
            written++;
            if (written % CommitEvery == 0)
            {
                index.Commit();
                log.WriteLine($"  {written,7:N0} documents, {clock.Elapsed.TotalSeconds,5:F1} s");
            }
        }

        if (written % CommitEvery != 0)
        {
            index.Commit();
        }

        return written;
    }

    /// <summary>Among the words of the least used sentences, the one the real query finds in the fewest documents
    /// (at least one).</summary>
    private static (string Word, string Culture, int Hits) FindRareWord(BenchmarkIndex index, CorpusGenerator arabic, CorpusGenerator french)
    {
        (string Word, string Culture, int Hits)? best = null;
        foreach (var generator in new[] { arabic, french })
        {
            var searchIndex = index.Index(generator.Culture);
            foreach (var (word, _) in generator.RareWordCandidates(20))
            {
                var hits = searchIndex.Search(new SearchQuery(word, Take: 1)).TotalHits;
                if (hits > 0 && (best is null || hits < best.Value.Hits))
                {
                    best = (word, generator.Culture, hits);
                }
            }
        }

        return best ?? throw new InvalidOperationException("No rare word found in the corpus.");
    }

    private static CorpusInfo? ReadInfo(string folder)
    {
        var path = Path.Combine(folder, InfoFileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var info = JsonSerializer.Deserialize<CorpusInfo>(File.ReadAllText(path), JsonOptions);
        return info is not null && info.GeneratorVersion == GeneratorVersion && info.RareWord.Length > 0 ? info : null;
    }

    private static long FolderSize(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
            : 0;

    public static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MiB";

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
