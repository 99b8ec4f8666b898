namespace OpenRegion.Cms.Core.Cluster;

/// <summary>What a node holds in memory, derived from the database, that another node's change has made stale.</summary>
public enum ClusterChangeKind
{
    /// <summary>The tenant list or a tenant's settings, features, roles, wording or templates: reload the registry.</summary>
    Tenants,

    /// <summary>A tenant's content was published or withdrawn: its cached pages and its search index.</summary>
    Content,

    /// <summary>A user's roles on a tenant changed: the cached grants of that user.</summary>
    Access,

    /// <summary>Everything may have changed unseen (a node lost the bus for a while): refresh it all.</summary>
    Everything,
}

/// <summary>One message between the nodes: a kind, with the tenant (and user) it is about.</summary>
public readonly record struct ClusterChange(ClusterChangeKind Kind, string? TenantId = null, string? UserId = null)
{
    public static ClusterChange Tenants { get; } = new(ClusterChangeKind.Tenants);

    /// <summary>The wire form: kind, tenant and user separated by tabs (ids never hold a tab).</summary>
    public string Format() => $"{(int)Kind}\t{TenantId}\t{UserId}";

    public static ClusterChange? Parse(string? text)
    {
        var fields = text?.Split('\t');
        if (fields is not { Length: 3 } || !int.TryParse(fields[0], out var kind) || !Enum.IsDefined((ClusterChangeKind)kind))
        {
            return null;
        }

        return new ClusterChange((ClusterChangeKind)kind, fields[1].Length == 0 ? null : fields[1], fields[2].Length == 0 ? null : fields[2]);
    }
}

/// <summary>
/// Tells the other nodes of the deployment that something they cache has changed. A single node has nobody to
/// tell (<see cref="SingleNode"/>); several nodes share a Redis server (<see cref="RedisCluster"/>).
/// Only a hint: a node that missed messages refreshes everything when it hears the bus again, and cached pages expire
/// on their own after ten minutes.
/// </summary>
public interface IClusterBus
{
    /// <summary>Sends the change to every other node; never throws (a failure is logged).</summary>
    Task PublishAsync(ClusterChange change);

    /// <summary>Sends without waiting, for callers on a synchronous path (the change is already committed).</summary>
    void Post(ClusterChange change) => _ = PublishAsync(change);
}

/// <summary>One node: nothing to tell anyone.</summary>
public sealed class SingleNode : IClusterBus
{
    public static SingleNode Instance { get; } = new();

    public Task PublishAsync(ClusterChange change) => Task.CompletedTask;
}
