namespace OpenRegion.Cms.Core.Content;

/// <summary>What one kind of content item has and where citizens read it.</summary>
/// <param name="Name">Stored in <see cref="ContentItem.ContentType"/>, e.g. "News".</param>
/// <param name="FeatureId">The feature that must be enabled for editors to create it and citizens to read it.</param>
/// <param name="PublicPrefix">Path of an item's public page before its slug ("/news"); null when it has no page of its own.</param>
/// <param name="HasSummary">Whether editors write a short summary (lists, home page, feeds).</param>
/// <param name="IsEvent">Whether it has start and end dates and a place.</param>
/// <param name="HasFile">Whether each translation is a file of the media library (a document).</param>
public sealed record ContentTypeDefinition(string Name, string FeatureId, string? PublicPrefix, bool HasSummary, bool IsEvent, IReadOnlyDictionary<string, string> Names, bool HasFile = false)
{
    public bool HasSlug => PublicPrefix is not null;

    /// <summary>Whether editors may write rich text instead of Markdown (not the menu: it is read as a Markdown list).</summary>
    public bool AllowsRichText => Name != "Menu";

    public string DisplayName(string culture) => Names.TryGetValue(culture, out var name) ? name : Names["en"];
}

/// <summary>The content types of the CMS, as the communication team knows them.</summary>
public static class ContentTypes
{
    public const string PagesFeature = "OpenRegion.Pages";
    public const string NewsFeature = "OpenRegion.News";

    public static readonly ContentTypeDefinition HomePage = new("HomePage", PagesFeature, null, false, false,
        new Dictionary<string, string> { ["ar"] = "نص الصفحة الرئيسية", ["fr"] = "Texte d'accueil", ["en"] = "Home page text" });

    public static readonly ContentTypeDefinition Page = new("Page", PagesFeature, "/pages", false, false,
        new Dictionary<string, string> { ["ar"] = "صفحة", ["fr"] = "Page", ["en"] = "Page", ["zgh"] = "ⵜⴰⵙⵏⴰ" });

    public static readonly ContentTypeDefinition News = new("News", NewsFeature, "/news", true, false,
        new Dictionary<string, string> { ["ar"] = "خبر", ["fr"] = "Actualité", ["en"] = "News", ["zgh"] = "ⴰⵙⴰⵍ" });

    public static readonly ContentTypeDefinition Event = new("Event", NewsFeature, "/events", true, true,
        new Dictionary<string, string> { ["ar"] = "نشاط", ["fr"] = "Événement", ["en"] = "Event", ["zgh"] = "ⵜⴰⵎⵙⴰⵔⵜ" });

    public static readonly ContentTypeDefinition Document = new("Document", NewsFeature, "/documents", true, false,
        new Dictionary<string, string> { ["ar"] = "وثيقة", ["fr"] = "Document", ["en"] = "Document", ["zgh"] = "ⴰⵙⵎⵍⵉ" }, HasFile: true);

    /// <summary>Links the editors add to the main menu: a Markdown list "- [Label](/path)" per culture.</summary>
    public static readonly ContentTypeDefinition Menu = new("Menu", PagesFeature, null, false, false,
        new Dictionary<string, string> { ["ar"] = "القائمة الرئيسية", ["fr"] = "Menu principal", ["en"] = "Main menu", ["zgh"] = "ⵜⴰⵍⴳⴰⵎⵜ" });

    public static IReadOnlyList<ContentTypeDefinition> All { get; } = [News, Event, Document, Page, Menu, HomePage];

    /// <summary>Types with a public page: the ones search, the sitemap and feeds list.</summary>
    public static IReadOnlyList<ContentTypeDefinition> Public { get; } = [.. All.Where(t => t.PublicPrefix is not null)];

    public static ContentTypeDefinition? Find(string? name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>Tenant-relative address of a published item, e.g. "/news/ouverture".</summary>
    public static string? UrlOf(string contentType, string slug) =>
        Find(contentType)?.PublicPrefix is { } prefix && slug.Length > 0 ? $"{prefix}/{Uri.EscapeDataString(slug)}" : null;
}
