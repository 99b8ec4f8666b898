using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.News;

/// <summary>News, events and documents of a tenant: lists, pages, Atom and RSS feeds per culture. Written in the content editor.</summary>
public sealed class NewsModule : IModule
{
    public const string FeatureId = ContentTypes.NewsFeature;

    public string Id => FeatureId;

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["ar"] = "الأخبار",
        ["fr"] = "Actualités",
        ["en"] = "News",
        ["zgh"] = "ⵉⵙⴰⵍⵍⵏ",
    };

    public IReadOnlyList<string> Dependencies => [ContentTypes.PagesFeature];

    public string? PublicPath => "/news";

    public bool IsParticipationSpace => false;

    public IReadOnlyList<NavigationLink> Navigation { get; } =
    [
        new("/news", new Dictionary<string, string> { ["ar"] = "الأخبار", ["fr"] = "Actualités", ["en"] = "News", ["zgh"] = "ⵉⵙⴰⵍⵍⵏ" }),
        new("/events", new Dictionary<string, string> { ["ar"] = "الأنشطة", ["fr"] = "Agenda", ["en"] = "Events", ["zgh"] = "ⵜⵉⵎⵙⴰⵔⵉⵏ" }),
        new("/documents", new Dictionary<string, string> { ["ar"] = "الوثائق", ["fr"] = "Documents", ["en"] = "Documents", ["zgh"] = "ⵉⵙⵎⵍⵉⵢⵏ" }),
    ];

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/news/feed.atom", (HttpContext context) => Feeds.WriteAsync(context, ContentTypes.News, Feeds.Format.Atom)).WithMetadata(new OutputCacheAttribute { PolicyName = PublicCache.Policy }).AllowAnonymous();
        endpoints.MapGet("/news/feed.rss", (HttpContext context) => Feeds.WriteAsync(context, ContentTypes.News, Feeds.Format.Rss)).WithMetadata(new OutputCacheAttribute { PolicyName = PublicCache.Policy }).AllowAnonymous();
        endpoints.MapGet("/events/feed.atom", (HttpContext context) => Feeds.WriteAsync(context, ContentTypes.Event, Feeds.Format.Atom)).WithMetadata(new OutputCacheAttribute { PolicyName = PublicCache.Policy }).AllowAnonymous();
    }
}
