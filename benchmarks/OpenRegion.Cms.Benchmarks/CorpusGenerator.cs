using System.Text.RegularExpressions;
using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Benchmarks;

/// <summary>
/// Makes the documents of one culture, deterministically: the same seed and sentences give the same documents in the
/// same order. Body: 5-15 sentences; title: 4-8 words of those sentences; content type cycling News, Page, Event,
/// Document.
/// </summary>
/// <remarks>
/// Sentences are drawn with Zipf-like popularity (the sentence of rank r, in a seeded shuffle, weighs 1/r), as words
/// are in real text: a few sentences occur in most documents and the tail in few, so the corpus has both very
/// common terms (long posting lists, the expensive case) and rare ones.
/// </remarks>
public sealed partial class CorpusGenerator
{
    /// <summary>Fixed, so that every run indexes the same corpus.</summary>
    public const int Seed = 20_240_601;

    public const int MinSentences = 5;
    public const int MaxSentences = 15;
    public const int MinTitleWords = 4;
    public const int MaxTitleWords = 8;

    public static IReadOnlyList<string> ContentTypes { get; } = ["News", "Page", "Event", "Document"];

    private static readonly DateTimeOffset FirstPublished = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly IReadOnlyList<string> _sentences;
    private readonly string[][] _titleWords;
    private readonly double[] _cumulativeWeights;
    private readonly int[] _byRank;
    private readonly Random _random;
    private readonly List<int> _picked = new(MaxSentences);
    private readonly List<string> _words = new(MaxSentences * 30);

    public CorpusGenerator(IReadOnlyList<string> sentences, string tenantId, string culture, int seed)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count < MaxSentences)
        {
            throw new ArgumentException($"At least {MaxSentences} sentences are needed, {sentences.Count} given.", nameof(sentences));
        }

        _sentences = sentences;
        TenantId = tenantId;
        Culture = culture;
        _random = new Random(seed);
        _titleWords = sentences.Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim(TitlePunctuation))
                .Where(w => w.Length >= 3 && w.Any(char.IsLetter))
                .ToArray())
            .ToArray();

        // Popularity ranks: a seeded shuffle, so that popularity does not follow the files' order.
        _byRank = Enumerable.Range(0, sentences.Count).ToArray();
        _random.Shuffle(_byRank);
        _cumulativeWeights = new double[sentences.Count];
        var total = 0.0;
        for (var rank = 0; rank < sentences.Count; rank++)
        {
            total += 1.0 / (rank + 1);
            _cumulativeWeights[rank] = total;
        }

        SentenceUse = new int[sentences.Count];
    }

    public string TenantId { get; }

    public string Culture { get; }

    /// <summary>How many generated documents contain each sentence (same order as the sentences given).</summary>
    public int[] SentenceUse { get; }

    /// <summary>The next document, numbered <paramref name="number"/> (its id and URL).</summary>
    public SearchDocument Next(int number)
    {
        _picked.Clear();
        var count = _random.Next(MinSentences, MaxSentences + 1);
        while (_picked.Count < count)
        {
            var sentence = DrawSentence();
            if (!_picked.Contains(sentence))
            {
                _picked.Add(sentence);
            }
        }

        _words.Clear();
        foreach (var sentence in _picked)
        {
            SentenceUse[sentence]++;
            _words.AddRange(_titleWords[sentence]);
        }

        var titleLength = _random.Next(MinTitleWords, MaxTitleWords + 1);
        var title = new string[titleLength];
        for (var i = 0; i < titleLength; i++)
        {
            title[i] = _words[_random.Next(_words.Count)];
        }

        var body = string.Join(' ', _picked.Select(s => _sentences[s]));
        return new SearchDocument(
            Id: $"content-{number}",
            TenantId: TenantId,
            Culture: Culture,
            ContentType: ContentTypes[number % ContentTypes.Count],
            Title: string.Join(' ', title),
            Body: body,
            Url: $"/content/{number}",
            PublishedUtc: FirstPublished.AddMinutes(_random.Next(0, 6 * 365 * 24 * 60)));
    }

    /// <summary>The words (5+ letters) whose sentences were used least, best first: candidates for a rare-word
    /// query. The estimate adds up the documents of every sentence holding the word.</summary>
    public IReadOnlyList<(string Word, int EstimatedDocuments)> RareWordCandidates(int count)
    {
        // Words of one script only: PDF extraction glues some Latin and Arabic words together.
        var script = Culture == "ar" ? SentencePool.Script.Arabic : SentencePool.Script.Latin;
        var estimate = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < _sentences.Count; s++)
        {
            foreach (var word in Word().Matches(_sentences[s]).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
            {
                if (word.Length >= 5 && SentencePool.ScriptOf(word) == script)
                {
                    estimate[word] = estimate.GetValueOrDefault(word) + SentenceUse[s];
                }
            }
        }

        return estimate.Where(e => e.Value > 0)
            .OrderBy(e => e.Value)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(e => (e.Key, e.Value))
            .ToList();
    }

    private int DrawSentence()
    {
        var x = _random.NextDouble() * _cumulativeWeights[^1];
        var rank = Array.BinarySearch(_cumulativeWeights, x);
        if (rank < 0)
        {
            rank = ~rank;
        }

        return _byRank[Math.Min(rank, _byRank.Length - 1)];
    }

    private static readonly char[] TitlePunctuation = ".,;:!?؟؛،«»\"'()[]-–—…".ToCharArray();

    [GeneratedRegex(@"[\p{L}\p{M}]+", RegexOptions.None, 1000)]
    private static partial Regex Word();
}
