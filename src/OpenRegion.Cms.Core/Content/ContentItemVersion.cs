using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Content;

/// <summary>One saved state of a content item in one culture: the history editors browse and restore from.</summary>
public sealed class ContentItemVersion : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ContentItemId { get; set; }

    public ContentItem? Item { get; set; }

    /// <summary>1, 2, 3… per item.</summary>
    public int Number { get; set; }

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public string PartsJson { get; set; } = "{}";

    public DateTimeOffset? StartsUtc { get; set; }

    public DateTimeOffset? EndsUtc { get; set; }

    public string? AuthorId { get; set; }

    public string? AuthorName { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary>Set when this version was made by restoring an older one.</summary>
    public int? RestoredFrom { get; set; }
}
