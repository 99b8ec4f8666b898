using System.Net;
using Ganss.Xss;
using System.Text.RegularExpressions;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// The HTML the visual editor produces. <see cref="Sanitize"/> keeps only a small set of structural tags and
/// attributes — no scripts, event handlers, styles, classes, forms or frames — so text pasted from a word processor
/// keeps its words, headings, lists, emphasis, links and tables, and nothing else.
/// </summary>
public static partial class RichText
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The fragment reduced to what citizens' pages allow (thread-safe; callers cache the result).</summary>
    public static string Sanitize(string? html) =>
        string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(WithoutHiddenElements(html)).Trim();

    /// <summary>The words of an HTML fragment: tags dropped (block ends become spaces), entities decoded.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var text = Tag().Replace(WithoutHiddenElements(html), " ");
        text = WebUtility.HtmlDecode(text);
        return Space().Replace(text, " ").Trim();
    }

    /// <summary>
    /// The fragment without elements whose content is never text (scripts, styles, frames, embedded objects, forms'
    /// controls): the sanitizer keeps the words of tags it removes, and their code must not show up as words.
    /// </summary>
    public static string WithoutHiddenElements(string html)
    {
        try
        {
            return Hidden().Replace(html, " ");
        }
        catch (RegexMatchTimeoutException)
        {
            return html; // pathological input: the sanitizer still removes these elements, keeping their text
        }
    }

    /// <summary>True when the fragment shows no words (e.g. "&lt;p&gt;&lt;br&gt;&lt;/p&gt;" from an emptied editor).</summary>
    public static bool IsBlank(string? html) => ToPlainText(html).Length == 0 && !(html ?? "").Contains("<img", StringComparison.OrdinalIgnoreCase);

    // Content that is never shown as text (the sanitizer removes these elements anyway).
    [GeneratedRegex(@"<(script|style|noscript|template|iframe|object|embed|svg|math|textarea|select|button|title|head)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Space();

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote", "ul", "ol", "li",
                "a", "hr", "table", "thead", "tbody", "tr", "th", "td", "caption", "img", "figure", "figcaption", "div", "span",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "lang", "dir", "alt", "src", "width", "height", "colspan", "rowspan", "scope",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        // A heading 1 or an unknown wrapper pasted from elsewhere keeps its words (as text), never its markup.
        return new HtmlSanitizer(options) { KeepChildNodes = true };
    }
}
