using System.Globalization;
using System.Text;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// Text as a reader means it, for matching: lower case, without accents, Arabic diacritics (harakat, hamza seats) or
/// tatweel, the alef forms, alef maqsura and ta marbuta merged, single spaces. "États" finds "etats", "الخصوصيّة" finds
/// "الخصوصية", "Aït Ouarab" is "ait ouarab".
/// </summary>
public static class TextFold
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                continue;
            }

            folded.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => char.ToLowerInvariant(c),
            });
        }

        return string.Join(' ', folded.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
