using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Content;

/// <summary>Finds the published item for a culture, falling back to another translation (which the page then says).</summary>
public static class ContentLookup
{
    public static async Task<LocalizedContent?> FindPublishedAsync(ICmsDbContext db, string contentType, string? slug, string culture, CancellationToken cancellationToken = default)
    {
        var query = db.Set<ContentItem>().AsNoTracking().Where(c => c.ContentType == contentType && c.Published);
        if (slug is not null)
        {
            // A slug may be the Arabic or the French one: find the item's translation set through either.
            var set = await query.Where(c => c.Slug == slug).OrderBy(c => c.Culture == culture ? 0 : 1).Select(c => c.LocalizationSet).FirstOrDefaultAsync(cancellationToken);
            if (set is null)
            {
                return null;
            }

            query = query.Where(c => c.LocalizationSet == set);
        }

        var candidates = await query.OrderBy(c => c.Id).Take(10).ToListAsync(cancellationToken);
        var exact = candidates.FirstOrDefault(c => c.Culture == culture);
        if (exact is not null)
        {
            return new LocalizedContent(exact, false);
        }

        var fallback = candidates.OrderBy(c => c.Culture == "ar" ? 0 : c.Culture == "fr" ? 1 : 2).FirstOrDefault();
        return fallback is null ? null : new LocalizedContent(fallback, true);
    }

    /// <summary>
    /// One published row per item of a type: the translation in <paramref name="culture"/>, or else the Arabic, French
    /// or English one in that order (a list in French still shows an item only written in Arabic, marked as such).
    /// One SQL query, tenant-scoped by the context's filter; callers add ordering and paging.
    /// </summary>
    public static IQueryable<ContentItem> PublishedInCulture(ICmsDbContext db, string contentType, string culture)
    {
        var all = db.Set<ContentItem>();
        return all.AsNoTracking().Where(c => c.ContentType == contentType && c.Published && (
            c.Culture == culture
            || !all.Any(o => o.LocalizationSet == c.LocalizationSet && o.Published && o.Culture == culture) && (
                c.Culture == "ar"
                || !all.Any(o => o.LocalizationSet == c.LocalizationSet && o.Published && o.Culture == "ar") && (
                    c.Culture == "fr"
                    || !all.Any(o => o.LocalizationSet == c.LocalizationSet && o.Published && o.Culture == "fr") && c.Culture == "en"))));
    }

    /// <summary>Every published translation (culture, slug) of an item, for hreflang links and the language switch.</summary>
    public static async Task<IReadOnlyList<(string Culture, string Slug)>> TranslationsAsync(ICmsDbContext db, string localizationSet, CancellationToken cancellationToken = default) =>
        (await db.Set<ContentItem>().AsNoTracking()
            .Where(c => c.LocalizationSet == localizationSet && c.Published)
            .Select(c => new { c.Culture, c.Slug })
            .ToListAsync(cancellationToken))
        .Select(t => (t.Culture, t.Slug)).OrderBy(t => t.Culture, StringComparer.Ordinal).ToList();
}
