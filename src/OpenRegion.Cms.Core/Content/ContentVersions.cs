using System.Collections.Concurrent;
using OpenRegion.Cms.Core.Cluster;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// A counter per tenant, bumped whenever its content changes, so cached renderings keyed by it go stale at once: in
/// this process directly, on the other nodes through the cluster bus (<see cref="IClusterBus"/>).
/// </summary>
public sealed class ContentVersions(IClusterBus? cluster = null)
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);
    private long _everything;

    public long Current(string tenantId) => _versions.GetValueOrDefault(tenantId) + Interlocked.Read(ref _everything);

    /// <summary>The tenant's content changed here: stale here and on every other node.</summary>
    public void Bump(string tenantId)
    {
        BumpLocal(tenantId);
        cluster?.Post(new ClusterChange(ClusterChangeKind.Content, tenantId));
    }

    /// <summary>Another node changed the tenant's content.</summary>
    public void BumpLocal(string tenantId) => _versions.AddOrUpdate(tenantId, 1, (_, v) => v + 1);

    /// <summary>Every tenant's content may have changed unseen (the bus was lost for a while).</summary>
    public void BumpAll() => Interlocked.Increment(ref _everything);
}
