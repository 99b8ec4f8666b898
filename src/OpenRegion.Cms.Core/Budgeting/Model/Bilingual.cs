namespace OpenRegion.Cms.Core.Budgeting.Model;

/// <summary>Which of a text's two languages a reader gets: Arabic for Arabic and Tamazight readers, French otherwise; the other when one is empty.</summary>
public static class Bilingual
{
    public static string Pick(string culture, string ar, string fr) =>
        culture is "ar" or "zgh" ? (ar.Length > 0 ? ar : fr) : (fr.Length > 0 ? fr : ar);

    /// <summary>The language the picked text is written in ("ar" or "fr"), for its lang and dir attributes.</summary>
    public static string LanguageOf(string culture, string ar, string fr) =>
        culture is "ar" or "zgh" ? (ar.Length > 0 ? "ar" : "fr") : (fr.Length > 0 ? "fr" : "ar");
}
