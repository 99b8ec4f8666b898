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
    /// <summary>
    /// Content types citizens search, each with its public address. The home page text is not a result of its own.
    /// News, events and documents join this list with their pages.
    /// </summary>
    public static readonly IReadOnlySet<string> SearchableTypes = new HashSet<string>(StringComparer.Ordinal) { "Page" };

    public static string UrlOf(ContentItem item) => item.ContentType switch
    {
        "Page" => $"/pages/{Uri.EscapeDataString(item.Slug)}",
        _ => throw new ArgumentException($"Content type '{item.ContentType}' has no public address yet.", nameof(item)),
    };

    public void Update(ContentItem item)
    {
        if (!SearchableTypes.Contains(item.ContentType) || !SearchIndexProvider.IsSupportedCulture(item.Culture))
        {
            return;
        }

        if (item.Published)
        {
            indexes.Publish(new SearchDocument(item.LocalizationSet, item.TenantId, item.Culture, item.ContentType, item.Title, item.Body, UrlOf(item), item.ModifiedUtc));
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
