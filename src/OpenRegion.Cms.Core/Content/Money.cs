using System.Globalization;

namespace OpenRegion.Cms.Core.Content;

/// <summary>Amounts in MAD as every reader writes them: digits grouped by threes with a narrow space, cents only when there are some.</summary>
public static class Money
{
    public static string Format(decimal amount) =>
        amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture).Replace(',', '\u202F');

    /// <summary>
    /// The amount to put inside a sentence: isolated left-to-right (U+2066…U+2069), so that its groups of digits keep
    /// their order in Arabic text (a narrow space between digits after an Arabic letter would otherwise let them swap).
    /// Not for form fields: the isolates are not part of a number.
    /// </summary>
    public static string InText(decimal amount) => "\u2066" + Format(amount) + "\u2069";

    /// <summary>The same amount without trailing zeros in its scale (a database may give 120.00 back for 120), so that it reads and serializes as typed.</summary>
    public static decimal Normal(decimal amount) => amount / 1.000000000000000000000000000000000m;

    /// <summary>Reads an amount typed by a person: "150000", "150 000", "150.000,50", "150,000.50"; null when unreadable.</summary>
    public static decimal? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 30)
        {
            return null;
        }

        var digits = new string([.. text.Trim().Where(c => !char.IsWhiteSpace(c) && c != '\u202F').Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c)]);
        // The last separator followed by one or two digits is the decimal one; every other separator groups thousands.
        var last = digits.LastIndexOfAny(['.', ',']);
        string normalized;
        if (last >= 0 && digits.Length - last - 1 is 1 or 2)
        {
            normalized = digits[..last].Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal) + "." + digits[(last + 1)..];
        }
        else
        {
            normalized = digits.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
