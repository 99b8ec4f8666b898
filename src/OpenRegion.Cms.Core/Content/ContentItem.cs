using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Content;

/// <summary>A CMS content item in one culture (pages, news, home page). Parts are kept as JSON.</summary>
public sealed class ContentItem : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    /// <summary>Groups the translations of one item.</summary>
    public string LocalizationSet { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Culture { get; set; } = "ar";

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Markdown source; rendered through the sanitizer on display.</summary>
    public string Body { get; set; } = "";

    public string PartsJson { get; set; } = "{}";

    public bool Published { get; set; }

    public string? OwnerId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ModifiedUtc { get; set; }
}
