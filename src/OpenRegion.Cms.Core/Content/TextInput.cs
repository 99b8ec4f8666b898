using Microsoft.Extensions.Localization;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// Free text a person typed (titles, descriptions, reasons): trimmed, line ends made one, and refused when it hides direction overrides or control characters. Every module reads
/// typed text through it, so the rule and its messages are the same everywhere.
/// </summary>
public static class TextInput
{
    public enum Problem
    {
        None,
        TooLong,
        Hidden,
    }

    public static (string Text, Problem Problem) Clean(string? input, int maxLength, bool multiline = false)
    {
        var text = (input ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        foreach (var c in text)
        {
            var allowed = c == '\n' ? multiline : c == '\t' ? multiline : !char.IsControl(c);
            if (!allowed || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return (text, Problem.Hidden);
            }
        }

        return (text, text.Length > maxLength ? Problem.TooLong : Problem.None);
    }

    /// <summary>The cleaned text; when it is too long or hides characters, a reason naming the field goes to <paramref name="errors"/>.</summary>
    public static string Read(this IStringLocalizer T, string? input, int maxLength, bool multiline, string label, List<string> errors)
    {
        var (text, problem) = Clean(input, maxLength, multiline);
        if (problem == Problem.TooLong)
        {
            errors.Add(T["{0}: at most {1} characters (now {2}).", label, maxLength, text.Length]);
        }
        else if (problem == Problem.Hidden)
        {
            errors.Add(T["{0}: remove the invisible or direction-changing characters.", label]);
        }

        return text;
    }
}
