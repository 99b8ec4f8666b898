using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.News;

/// <summary>
/// Atom and RSS 2.0 feeds of a tenant's news (or events) in the request's culture (?culture=ar|fr): the latest 20,
/// each with its sanitized HTML, so a feed reader shows the same text as the site.
/// </summary>
public static class Feeds
{
    public const int Size = 20;
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(false), Indent = true };

    public enum Format
    {
        Atom,
        Rss,
    }

    public static async Task WriteAsync(HttpContext context, ContentTypeDefinition type, Format format)
    {
        var services = context.RequestServices;
        var db = services.GetRequiredService<ICmsDbContext>();
        var tenant = services.GetRequiredService<TenantContext>();
        var markdown = services.GetRequiredService<MarkdownRenderer>();
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var query = ContentLookup.PublishedInCulture(db, type.Name, culture);
        var items = await (type.IsEvent ? query.OrderByDescending(c => c.StartsUtc) : query.OrderByDescending(c => c.PublishedUtc))
            .ThenByDescending(c => c.Id).Take(Size).ToListAsync(context.RequestAborted);

        var root = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var self = $"{root}{context.Request.Path}?culture={culture}";
        var list = $"{root}{type.PublicPrefix}?culture={culture}";
        var title = $"{tenant.Shell.Tenant.DisplayName(culture)} — {(type.IsEvent ? Label(culture, "الأنشطة", "Agenda", "Events") : Label(culture, "الأخبار", "Actualités", "News"))}";
        var updated = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.ModifiedUtc);

        context.Response.ContentType = format == Format.Atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8";
        await using var writer = XmlWriter.Create(context.Response.Body, Settings);
        await writer.WriteStartDocumentAsync();
        if (format == Format.Atom)
        {
            await writer.WriteStartElementAsync(null, "feed", AtomNs);
            await writer.WriteAttributeStringAsync("xml", "lang", null, culture);
            await writer.WriteElementStringAsync(null, "id", AtomNs, self);
            await writer.WriteElementStringAsync(null, "title", AtomNs, title);
            await writer.WriteElementStringAsync(null, "updated", AtomNs, Iso(updated));
            await Link(writer, "self", self);
            await Link(writer, "alternate", list);
            foreach (var item in items)
            {
                var url = $"{root}{ContentTypes.UrlOf(item.ContentType, item.Slug)}?culture={item.Culture}";
                await writer.WriteStartElementAsync(null, "entry", AtomNs);
                await writer.WriteAttributeStringAsync("xml", "lang", null, item.Culture);
                await writer.WriteElementStringAsync(null, "id", AtomNs, $"urn:openregion:{tenant.TenantId}:{item.LocalizationSet}:{item.Culture}");
                await writer.WriteElementStringAsync(null, "title", AtomNs, item.Title);
                await writer.WriteElementStringAsync(null, "updated", AtomNs, Iso(item.ModifiedUtc));
                await writer.WriteElementStringAsync(null, "published", AtomNs, Iso(item.PublishedUtc ?? item.CreatedUtc));
                await Link(writer, "alternate", url);
                if (ContentParts.Parse(item.PartsJson).Summary is { } summary)
                {
                    await writer.WriteElementStringAsync(null, "summary", AtomNs, summary);
                }

                await writer.WriteStartElementAsync(null, "content", AtomNs);
                await writer.WriteAttributeStringAsync(null, "type", null, "html");
                await writer.WriteStringAsync(markdown.BodyToSafeHtml(item.Body, item.PartsJson));
                await writer.WriteEndElementAsync();
                await writer.WriteEndElementAsync();
            }
        }
        else
        {
            await writer.WriteStartElementAsync(null, "rss", null);
            await writer.WriteAttributeStringAsync(null, "version", null, "2.0");
            await writer.WriteAttributeStringAsync("xmlns", "atom", null, AtomNs);
            await writer.WriteStartElementAsync(null, "channel", null);
            await writer.WriteElementStringAsync(null, "title", null, title);
            await writer.WriteElementStringAsync(null, "link", null, list);
            await writer.WriteElementStringAsync(null, "description", null, title);
            await writer.WriteElementStringAsync(null, "language", null, culture);
            await writer.WriteElementStringAsync(null, "lastBuildDate", null, updated.ToString("r", CultureInfo.InvariantCulture));
            await writer.WriteStartElementAsync("atom", "link", AtomNs);
            await writer.WriteAttributeStringAsync(null, "href", null, self);
            await writer.WriteAttributeStringAsync(null, "rel", null, "self");
            await writer.WriteAttributeStringAsync(null, "type", null, "application/rss+xml");
            await writer.WriteEndElementAsync();
            foreach (var item in items)
            {
                var url = $"{root}{ContentTypes.UrlOf(item.ContentType, item.Slug)}?culture={item.Culture}";
                await writer.WriteStartElementAsync(null, "item", null);
                await writer.WriteElementStringAsync(null, "title", null, item.Title);
                await writer.WriteElementStringAsync(null, "link", null, url);
                await writer.WriteStartElementAsync(null, "guid", null);
                await writer.WriteAttributeStringAsync(null, "isPermaLink", null, "false");
                await writer.WriteStringAsync($"urn:openregion:{tenant.TenantId}:{item.LocalizationSet}:{item.Culture}");
                await writer.WriteEndElementAsync();
                await writer.WriteElementStringAsync(null, "pubDate", null, (item.PublishedUtc ?? item.CreatedUtc).ToString("r", CultureInfo.InvariantCulture));
                await writer.WriteElementStringAsync(null, "description", null, markdown.BodyToSafeHtml(item.Body, item.PartsJson));
                await writer.WriteEndElementAsync();
            }

            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    private static string Label(string culture, string ar, string fr, string en) => culture switch { "ar" => ar, "fr" => fr, _ => en };

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task Link(XmlWriter writer, string rel, string href)
    {
        await writer.WriteStartElementAsync(null, "link", AtomNs);
        await writer.WriteAttributeStringAsync(null, "rel", null, rel);
        await writer.WriteAttributeStringAsync(null, "href", null, href);
        await writer.WriteEndElementAsync();
    }
}
