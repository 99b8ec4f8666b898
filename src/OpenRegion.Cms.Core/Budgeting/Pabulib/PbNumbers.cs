using System.Globalization;

namespace OpenRegion.Cms.Core.Budgeting.Pabulib;

/// <summary>Numbers as pabulib files write them: invariant, a decimal point or a decimal comma, no thousands
/// separators; and as we write them back: invariant, without trailing zeros (<c>2426510</c>, <c>12.5</c>).</summary>
public static class PbNumbers
{
    public static bool TryParseDecimal(string text, out decimal value)
    {
        var s = text.Trim();
        // "12,5" is a decimal comma; a list of numbers never reaches here (ballots are split on ',' first).
        if (!s.Contains('.', StringComparison.Ordinal) && s.Count(c => c == ',') == 1)
        {
            s = s.Replace(',', '.');
        }

        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseWhole(string text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
