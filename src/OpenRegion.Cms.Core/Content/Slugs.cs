using System.Globalization;
using System.Text;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// URL slugs per culture. Arabic letters stay Arabic (readable links for Arabic readers); Latin letters lose their
/// accents; bidi controls and invisible characters are removed, since they can make a link read differently from
/// where it leads ("Trojan source" style spoofing).
/// </summary>
public static class Slugs
{
    public const int MaxLength = 120;

    public static string FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "";
        }

        var builder = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark || IsInvisible(c) || c == '\u0640')
            {
                // Accents, Arabic diacritics (harakat) and tatweel carry no meaning in an address.
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString().Normalize(NormalizationForm.FormC);
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>Null when <paramref name="slug"/> is acceptable as given; otherwise an English msgid saying why.</summary>
    public static string? Problem(string? slug)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return "The address (slug) is required.";
        }

        if (slug.Length > MaxLength)
        {
            return "The address (slug) is too long.";
        }

        foreach (var c in slug)
        {
            if (IsInvisible(c))
            {
                return "The address (slug) contains invisible or direction-changing characters.";
            }

            if (!(char.IsLetterOrDigit(c) && !char.IsUpper(c)) && c != '-')
            {
                return "The address (slug) may only contain lowercase letters, digits and hyphens.";
            }
        }

        return slug.StartsWith('-') || slug.EndsWith('-') || slug.Contains("--", StringComparison.Ordinal)
            ? "The address (slug) may not start or end with a hyphen, nor contain two in a row."
            : null;
    }

    /// <summary>Bidi embeddings, overrides and isolates, marks, zero-width characters, BOM.</summary>
    public static bool IsInvisible(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
            or >= '\u200B' and <= '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control;
}
