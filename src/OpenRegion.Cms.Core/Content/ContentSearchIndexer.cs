using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// Keeps the search indexes in step with published content: a published item is (re)indexed, an unpublished one
/// removed. The indexes are derived data: <see cref="RebuildAsync"/> recreates a tenant's from the database.
/// </summary>
public sealed class ContentSearchIndexer(SearchIndexProvider indexes)
{
    /// <summary>Content types citizens search: those with a public page. The home page text is not a result of its own.</summary>
    public static IReadOnlySet<string> SearchableTypes { get; } = ContentTypes.Public.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

    public static string UrlOf(ContentItem item) =>
        ContentTypes.UrlOf(item.ContentType, item.Slug) ?? throw new ArgumentException($"Content type '{item.ContentType}' has no public address.", nameof(item));

    public void Update(ContentItem item)
    {
        if (!SearchableTypes.Contains(item.ContentType) || !SearchIndexProvider.IsSupportedCulture(item.Culture))
        {
            return;
        }

        if (item.Published)
        {
            var parts = ContentParts.Parse(item.PartsJson);
            var body = parts.IsRichText ? RichText.ToPlainText(item.Body) : item.Body;
            indexes.Publish(new SearchDocument(item.LocalizationSet, item.TenantId, item.Culture, item.ContentType, item.Title, parts.Summary is { } summary ? summary + "\n\n" + body : body, UrlOf(item), item.ModifiedUtc));
        }
        else
        {
            indexes.Unpublish(item.TenantId, item.Culture, item.LocalizationSet);
        }
    }

    /// <returns>The number of items indexed.</returns>
    public async Task<int> RebuildAsync(ICmsDbContext db, string tenantId, CancellationToken cancellationToken = default)
    {
        indexes.DeleteTenant(tenantId);
        var types = SearchableTypes.ToArray();
        var items = await db.Set<ContentItem>().AsNoTracking()
            .Where(c => c.Published && types.Contains(c.ContentType))
            .ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            Update(item);
        }

        return items.Count;
    }

    public bool HasIndex(string tenantId) => Directory.Exists(Path.Combine(indexes.RootFolder, tenantId));
}
