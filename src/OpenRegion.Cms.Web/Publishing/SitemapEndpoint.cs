using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Publishing;

/// <summary>
/// sitemap.xml of one tenant: its home page and published pages, news and events in every culture it has, each URL listing its
/// translations as hreflang alternates, so search engines send Arabic readers to the Arabic version.
/// </summary>
public static class SitemapEndpoint
{
    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(false), Indent = true };

    public static async Task WriteAsync(HttpContext context, TenantContext tenant, ICmsDbContext db)
    {
        var root = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var cultures = tenant.Shell.Tenant.Cultures;
        var types = ContentTypes.Public.Where(t => tenant.Shell.IsFeatureEnabled(t.FeatureId)).Select(t => t.Name).ToList();
        var pages = await db.Set<ContentItem>().AsNoTracking()
            .Where(c => c.Published && types.Contains(c.ContentType) && c.Slug != "")
            .Select(c => new { c.LocalizationSet, c.ContentType, c.Culture, c.Slug, c.ModifiedUtc })
            .ToListAsync(context.RequestAborted);

        var entries = new List<IReadOnlyList<(string Culture, string Url, DateTimeOffset? Modified)>>
        {
            cultures.Select(c => (c, $"{root}/?culture={c}", (DateTimeOffset?)null)).ToList(),
        };
        entries.AddRange(pages.GroupBy(p => p.LocalizationSet)
            .Select(g => g.OrderBy(p => p.Culture, StringComparer.Ordinal)
                .Select(p => (p.Culture, $"{root}{ContentTypes.UrlOf(p.ContentType, p.Slug)}?culture={p.Culture}", (DateTimeOffset?)p.ModifiedUtc)).ToList()));

        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var writer = XmlWriter.Create(context.Response.Body, Settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        await writer.WriteAttributeStringAsync("xmlns", "xhtml", null, "http://www.w3.org/1999/xhtml");
        foreach (var translations in entries)
        {
            foreach (var (_, url, modified) in translations)
            {
                await writer.WriteStartElementAsync(null, "url", null);
                await writer.WriteElementStringAsync(null, "loc", null, url);
                if (modified is { } date)
                {
                    await writer.WriteElementStringAsync(null, "lastmod", null, date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                foreach (var (culture, alternate, _) in translations)
                {
                    await writer.WriteStartElementAsync("xhtml", "link", "http://www.w3.org/1999/xhtml");
                    await writer.WriteAttributeStringAsync(null, "rel", null, "alternate");
                    await writer.WriteAttributeStringAsync(null, "hreflang", null, culture);
                    await writer.WriteAttributeStringAsync(null, "href", null, alternate);
                    await writer.WriteEndElementAsync();
                }

                await writer.WriteEndElementAsync();
            }
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }
}
