using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace OpenRegion.Cms.Core.Search;

/// <summary>
/// One analyzer per culture, shared: Lucene analyzers keep their per-thread state internally, so a single instance
/// serves every index and every request.
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // The stop filter runs after folding, so its words must be folded too ("été" → "ete").
    private static CharArraySet FoldedFrenchStopWords { get; } = FoldAll(FrenchAnalyzer.DefaultStopSet);

    /// <summary>Normalizes (hamza forms, teh marbuta, alef maksura, harakat, tatweel) and light-stems (وال, ال, ات, ة…).</summary>
    public static Analyzer Arabic { get; } = new ArabicAnalyzer(Version);

    /// <summary>Elision, lower case, accent folding, French stop words and light stemming, so "Électricités",
    /// "électricité" and "electricite" all index as the same term.</summary>
    public static Analyzer French { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, FoldedFrenchStopWords);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>English, Tamazight and anything else: standard tokenization, possessive "'s" dropped, accent folding,
    /// English stop words.</summary>
    public static Analyzer Default { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, StandardAnalyzer.STOP_WORDS_SET);
        return new TokenStreamComponents(tokenizer, stream);
    });

    public static Analyzer For(string culture) => culture switch
    {
        "ar" => Arabic,
        "fr" => French,
        _ => Default,
    };

    /// <summary>The distinct terms <paramref name="analyzer"/> makes of <paramref name="text"/>, in order of first occurrence.</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string? text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(SearchIndex.BodyField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (value.Length > 0 && seen.Add(value))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }

    private static CharArraySet FoldAll(CharArraySet words)
    {
        var folded = new CharArraySet(Version, words.Count, ignoreCase: true);
        foreach (var word in words)
        {
            var input = word.ToCharArray();
            var output = new char[input.Length * 4];
            var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
            folded.Add(new string(output, 0, length));
        }

        return folded;
    }
}
