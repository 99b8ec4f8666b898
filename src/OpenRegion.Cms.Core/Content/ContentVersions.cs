using System.Collections.Concurrent;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// A counter per tenant, bumped whenever its content changes, so cached renderings keyed by it go stale at once
/// in this process (other processes' caches expire on their own within a minute).
/// </summary>
public sealed class ContentVersions
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    public long Current(string tenantId) => _versions.GetValueOrDefault(tenantId);

    public void Bump(string tenantId) => _versions.AddOrUpdate(tenantId, 1, (_, v) => v + 1);
}
