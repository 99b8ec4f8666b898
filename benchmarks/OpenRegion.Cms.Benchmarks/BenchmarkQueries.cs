using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Benchmarks;

/// <summary>One measured query: the index it runs on and what is asked.</summary>
public sealed record NamedQuery(string Name, string Culture, SearchQuery Query);

/// <summary>The queries measured by both the quick mode and BenchmarkDotNet (default paging: the first 10 hits, with
/// snippets and highlighted titles, as the search page asks).</summary>
public static class BenchmarkQueries
{
    public static NamedQuery ArabicOneWord { get; } = new(nameof(ArabicOneWord), "ar", new SearchQuery("مشاركة"));

    public static NamedQuery ArabicTwoWords { get; } = new(nameof(ArabicTwoWords), "ar", new SearchQuery("الحكومة المنفتحة"));

    public static NamedQuery FrenchOneWord { get; } = new(nameof(FrenchOneWord), "fr", new SearchQuery("électricité"));

    public static NamedQuery FrenchTwoWordsWithTypeFilter { get; } =
        new(nameof(FrenchTwoWordsWithTypeFilter), "fr", new SearchQuery("budget participatif", ContentType: "News"));

    /// <summary>The rare word depends on the corpus; it is chosen when the index is built.</summary>
    public static NamedQuery RareWord(CorpusInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new NamedQuery(nameof(RareWord), info.RareWordCulture, new SearchQuery(info.RareWord));
    }

    public static IReadOnlyList<NamedQuery> All(CorpusInfo info) =>
        [ArabicOneWord, ArabicTwoWords, FrenchOneWord, FrenchTwoWordsWithTypeFilter, RareWord(info)];
}
