using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.TokenAttributes;

namespace OpenRegion.Cms.Core.Search;

/// <summary>
/// Builds HTML snippets: the text is re-analyzed with the index's analyzer, tokens whose analyzed form is one of the
/// query's terms are located through their offsets, and the original words are wrapped in &lt;mark&gt;. Everything
/// else is HTML-encoded, so the output is safe to render raw.
/// </summary>
public static class SearchHighlighter
{
    public const int DefaultSnippetLength = 200;

    /// <summary>Only the start of very long bodies is scanned for matches, to bound the cost per hit.</summary>
    public const int MaxAnalyzedLength = 50_000;

    public const string Ellipsis = "…";

    // The default encoder escapes every non-ASCII letter; Arabic and accented French must stay readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The whole <paramref name="text"/>, encoded, with matched words marked (for titles).</summary>
    public static string Highlight(Analyzer analyzer, string? text, IReadOnlyCollection<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return Render(text, 0, text.Length, FindMatches(analyzer, text, terms));
    }

    /// <summary>About <paramref name="length"/> characters around the densest cluster of matches, encoded, with
    /// matched words marked and "…" where the text was cut. Without any match, the start of the text.</summary>
    public static string Snippet(Analyzer analyzer, string? text, IReadOnlyCollection<string> terms, int length = DefaultSnippetLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(length, 20);
        text = text.Trim();
        var matches = FindMatches(analyzer, text, terms);
        if (text.Length <= length)
        {
            return Render(text, 0, text.Length, matches);
        }

        var (start, end, spanStart, spanEnd) = matches.Count == 0 ? (0, length, 0, 0) : Window(matches, length, text.Length);

        // Cut between words, not inside them.
        if (start > 0)
        {
            var space = IndexOfWhiteSpace(text, start, spanStart);
            start = space >= 0 ? space + 1 : start;
        }

        if (end < text.Length)
        {
            var space = LastIndexOfWhiteSpace(text, Math.Max(spanEnd, start), end);
            end = space >= 0 ? space : end;
        }

        // Never split a surrogate pair.
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start++;
        }

        if (end < text.Length && end > start && char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        var html = new StringBuilder(length + 64);
        if (start > 0)
        {
            html.Append(Ellipsis);
        }

        html.Append(Render(text, start, end, matches).Trim());
        if (end < text.Length)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }

    private static (int Start, int End, int SpanStart, int SpanEnd) Window(List<(int Start, int End)> matches, int length, int textLength)
    {
        // Slide over the matches: the densest run that fits within the window wins; the earliest on ties.
        int bestFirst = 0, bestLast = 0, bestCount = 0, last = 0;
        for (var first = 0; first < matches.Count; first++)
        {
            last = Math.Max(last, first);
            while (last + 1 < matches.Count && matches[last + 1].End - matches[first].Start <= length)
            {
                last++;
            }

            if (last - first + 1 > bestCount)
            {
                (bestFirst, bestLast, bestCount) = (first, last, last - first + 1);
            }
        }

        var spanStart = matches[bestFirst].Start;
        var spanEnd = matches[bestLast].End;

        // Spare room goes a third before the matches and two thirds after: readers want what follows.
        var slack = Math.Max(0, length - (spanEnd - spanStart));
        var start = Math.Max(0, spanStart - (slack / 3));
        var end = Math.Min(textLength, start + length);
        start = Math.Max(0, end - length);
        return (start, end, spanStart, Math.Min(spanEnd, end));
    }

    private static string Render(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var html = new StringBuilder((end - start) + 32);
        var position = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            if (matchStart < position || matchEnd > end)
            {
                continue;
            }

            html.Append(Encode(text[position..matchStart]));
            html.Append("<mark>").Append(Encode(text[matchStart..matchEnd])).Append("</mark>");
            position = matchEnd;
        }

        html.Append(Encode(text[position..end]));
        return html.ToString();
    }

    // Line breaks and tabs would come out as "&#xA;": a snippet is one line of text.
    private static string Encode(string text) =>
        Encoder.Encode(text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' '));

    private static List<(int Start, int End)> FindMatches(Analyzer analyzer, string text, IReadOnlyCollection<string> terms)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(terms);
        var matches = new List<(int Start, int End)>();
        if (terms.Count == 0)
        {
            return matches;
        }

        var wanted = terms as ISet<string> ?? new HashSet<string>(terms, StringComparer.Ordinal);
        var scanned = text.Length > MaxAnalyzedLength ? text[..MaxAnalyzedLength] : text;
        using var stream = analyzer.GetTokenStream(SearchIndex.BodyField, scanned);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (offset.EndOffset > offset.StartOffset && offset.EndOffset <= text.Length && wanted.Contains(term.ToString()))
            {
                matches.Add((SkipElidedArticle(text, offset.StartOffset, offset.EndOffset), offset.EndOffset));
            }
        }

        stream.End();
        return matches;
    }

    // "l'électricité" matches "électricité": mark the word, not the article the analyzer dropped.
    private static int SkipElidedArticle(string text, int start, int end)
    {
        var apostrophe = text.AsSpan(start, end - start).IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && start + apostrophe + 1 < end && FrenchAnalyzer.DEFAULT_ARTICLES.Contains(text.Substring(start, apostrophe))
            ? start + apostrophe + 1
            : start;
    }

    private static int IndexOfWhiteSpace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOfWhiteSpace(string text, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
