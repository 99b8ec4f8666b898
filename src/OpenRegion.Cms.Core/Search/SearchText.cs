using System.Text.RegularExpressions;

namespace OpenRegion.Cms.Core.Search;

/// <summary>
/// Crude Markdown-to-text for indexing and snippets: keeps the words, drops the punctuation that would otherwise show
/// up in snippets ("**", "[…](/url)", "## "). Angle brackets are kept on purpose: the snippet encodes them.
/// </summary>
public static partial class SearchText
{
    public static string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var text = Image().Replace(markdown, "$1");
        text = Link().Replace(text, "$1");
        text = BlockMarker().Replace(text, "");
        text = Emphasis().Replace(text, "");
        return WhiteSpace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"!\[([^\]\r\n]*)\]\([^)\r\n]*\)", RegexOptions.None, 1000)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]\r\n]*)\]\([^)\r\n]*\)", RegexOptions.None, 1000)]
    private static partial Regex Link();

    // Headings, quotes, list bullets, numbered items and horizontal rules at the start of a line.
    [GeneratedRegex(@"^[ \t]{0,3}(?:#{1,6}|>+|[-*+]|\d{1,3}[.)]|[-*_]{3,})[ \t]+", RegexOptions.Multiline, 1000)]
    private static partial Regex BlockMarker();

    [GeneratedRegex(@"\*\*|__|~~|`+", RegexOptions.None, 1000)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex WhiteSpace();
}
