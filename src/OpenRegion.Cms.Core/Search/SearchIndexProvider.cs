using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace OpenRegion.Cms.Core.Search;

/// <summary>
/// Opens one <see cref="SearchIndex"/> per tenant and culture, lazily, under <c>{root}/{tenantId}/{culture}</c>, and
/// keeps it open (an IndexWriter holds the folder's lock). Register as a singleton.
/// </summary>
public sealed partial class SearchIndexProvider : IDisposable
{
    public static IReadOnlyList<string> Cultures { get; } = ["ar", "fr", "en", "zgh"];

    private readonly ConcurrentDictionary<(string TenantId, string Culture), SearchIndex> _indexes = new();

    // Serializes opening, deleting and disposing, so that no index is opened into a folder being deleted.
    private readonly Lock _gate = new();
    private bool _disposed;

    public SearchIndexProvider(string rootFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootFolder);
        RootFolder = Path.GetFullPath(rootFolder);
    }

    public string RootFolder { get; }

    /// <summary>Tenant ids become folder names, so only a conservative alphabet is accepted.</summary>
    public static bool IsValidTenantId(string? tenantId) => tenantId is not null && TenantIdPattern().IsMatch(tenantId);

    public static bool IsSupportedCulture(string? culture) => culture is not null && Cultures.Contains(culture, StringComparer.Ordinal);

    public SearchIndex GetIndex(string tenantId, string culture)
    {
        Validate(tenantId, culture);
        if (_indexes.TryGetValue((tenantId, culture), out var index))
        {
            return index;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_indexes.TryGetValue((tenantId, culture), out index))
            {
                index = new SearchIndex(Path.Combine(RootFolder, tenantId, culture), tenantId, culture);
                _indexes[(tenantId, culture)] = index;
            }

            return index;
        }
    }

    /// <summary>Adds or replaces a published item and commits, so that it is found at once.</summary>
    public void Publish(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var index = GetIndex(document.TenantId, document.Culture);
        index.Upsert(document);
        index.Commit();
    }

    /// <summary>Removes an unpublished (or deleted) item and commits.</summary>
    public void Unpublish(string tenantId, string culture, string id)
    {
        var index = GetIndex(tenantId, culture);
        index.Delete(id);
        index.Commit();
    }

    public SearchResults Search(string tenantId, string culture, SearchQuery query) => GetIndex(tenantId, culture).Search(query);

    /// <summary>Closes the tenant's indexes and deletes its folder, every culture included.</summary>
    public void DeleteTenant(string tenantId)
    {
        if (!IsValidTenantId(tenantId))
        {
            throw new ArgumentException($"'{tenantId}' is not a valid tenant id.", nameof(tenantId));
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            foreach (var key in _indexes.Keys.Where(k => k.TenantId == tenantId).ToList())
            {
                if (_indexes.TryRemove(key, out var index))
                {
                    index.Dispose();
                }
            }

            var folder = Path.Combine(RootFolder, tenantId);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var index in _indexes.Values)
            {
                index.Dispose();
            }

            _indexes.Clear();
        }
    }

    private static void Validate(string tenantId, string culture)
    {
        if (!IsValidTenantId(tenantId))
        {
            throw new ArgumentException($"'{tenantId}' is not a valid tenant id.", nameof(tenantId));
        }

        if (!IsSupportedCulture(culture))
        {
            throw new ArgumentException($"'{culture}' is not a supported culture ({string.Join(", ", Cultures)}).", nameof(culture));
        }
    }

    // \z, not $: "$" would also accept a trailing newline.
    [GeneratedRegex(@"^[a-z][a-z0-9-]{1,62}\z", RegexOptions.CultureInvariant)]
    private static partial Regex TenantIdPattern();
}
