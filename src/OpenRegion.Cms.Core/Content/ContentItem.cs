using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// A CMS content item in one culture (page, news, event, home page text). Its title, slug, body and parts are
/// what citizens see: the published version, or the latest draft while it has never been published. Every save
/// is also kept as a <see cref="ContentItemVersion"/>, which is where drafts wait for publication.
/// </summary>
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

    /// <summary>When the item was first published (news are dated and ordered by it); kept when republished.</summary>
    public DateTimeOffset? PublishedUtc { get; set; }

    /// <summary>Events: when it starts and ends.</summary>
    public DateTimeOffset? StartsUtc { get; set; }

    public DateTimeOffset? EndsUtc { get; set; }

    /// <summary>Scheduled publication of the latest version; cleared once done.</summary>
    public DateTimeOffset? PublishAtUtc { get; set; }

    /// <summary>Scheduled withdrawal; cleared once done.</summary>
    public DateTimeOffset? UnpublishAtUtc { get; set; }

    /// <summary>Number of the newest <see cref="ContentItemVersion"/>.</summary>
    public int LatestVersion { get; set; }

    /// <summary>Number of the version citizens see; null when not published.</summary>
    public int? PublishedVersion { get; set; }

    /// <summary>
    /// When this translation's text last changed (or an editor confirmed it still matches the other languages):
    /// a translation older than another culture's is "outdated".
    /// </summary>
    public DateTimeOffset TextChangedUtc { get; set; }

    public string? OwnerId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ModifiedUtc { get; set; }

    /// <summary>The latest version is not the one citizens see.</summary>
    public bool HasDraft => PublishedVersion != LatestVersion;
}
