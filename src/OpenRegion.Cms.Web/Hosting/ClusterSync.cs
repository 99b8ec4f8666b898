using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Cluster;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Security;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// Listens to the other nodes (<see cref="RedisCluster"/>) and makes what this node caches follow their changes: the
/// tenant list and shells, the content versions cached pages are keyed by, users' grants, and the search indexes.
/// </summary>
public sealed class ClusterSync(RedisCluster cluster, TenantRegistry registry, ContentVersions versions, IMemoryCache cache, SearchCatchUp search, ILogger<ClusterSync> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Node {Node} of cluster {Name}: listening for the other nodes' changes", cluster.NodeId, cluster.Name);
        return cluster.SubscribeAsync(ApplyAsync);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ApplyAsync(ClusterChange change)
    {
        switch (change)
        {
            case { Kind: ClusterChangeKind.Tenants }:
                await registry.RefreshAsync();
                search.TenantsChanged();
                break;
            case { Kind: ClusterChangeKind.Content, TenantId: { } tenantId }:
                versions.BumpLocal(tenantId);
                search.Signal.Pulse();
                break;
            case { Kind: ClusterChangeKind.Access, TenantId: { } tenantId, UserId: { } userId }:
                TenantClaimsTransformation.InvalidateLocal(cache, tenantId, userId);
                break;
            case { Kind: ClusterChangeKind.Everything }:
                logger.LogInformation("Back on the cluster bus: refreshing tenants, cached pages, grants and search");
                await registry.RefreshAsync();
                versions.BumpAll();
                (cache as MemoryCache)?.Clear();
                search.TenantsChanged();
                break;
        }
    }
}
