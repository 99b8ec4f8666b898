using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace OpenRegion.Cms.Core.Cluster;

/// <summary>
/// Several nodes of one deployment around a Redis server (<c>ConnectionStrings:Redis</c>): changes are published on
/// the channel <c>{name}:changes</c>, where every node listens, and the data-protection keys live under
/// <c>{name}:data-protection-keys</c>, so a sign-in cookie or a form's token made by one node is good on all.
/// The name (<c>OpenRegion:Cluster:Name</c>) keeps deployments that share a Redis server apart.
/// </summary>
public sealed class RedisCluster : IClusterBus, IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection;
    private readonly ILogger _logger;

    public RedisCluster(string configuration, string name, ILogger<RedisCluster> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _logger = logger;
        var options = ConfigurationOptions.Parse(configuration);
        // A node starts (and serves what it can) while Redis is away, and reconnects by itself.
        options.AbortOnConnectFail = false;
        options.ClientName = $"openregion-{NodeId}";
        _connection = new Lazy<ConnectionMultiplexer>(() =>
        {
            var connection = ConnectionMultiplexer.Connect(options);
            connection.ConnectionFailed += (_, e) => _logger.LogWarning(e.Exception, "Redis connection lost ({Type}, {Failure}): changes made on other nodes are not seen until it is back", e.ConnectionType, e.FailureType);
            connection.ConnectionRestored += (_, e) => _logger.LogInformation("Redis connection restored ({Type})", e.ConnectionType);
            return connection;
        });
    }

    /// <summary>This process among the nodes (its own messages come back to it and are skipped).</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N")[..12];

    public string Name { get; }

    public RedisChannel Channel => RedisChannel.Literal(Name + ":changes");

    public RedisKey DataProtectionKeys => Name + ":data-protection-keys";

    public IConnectionMultiplexer Connection => _connection.Value;

    public bool IsConnected => Connection.IsConnected;

    public async Task PublishAsync(ClusterChange change)
    {
        try
        {
            await Connection.GetSubscriber().PublishAsync(Channel, NodeId + "\t" + change.Format());
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            // The change is committed; other nodes see it when they hear the bus again (they then refresh everything).
            _logger.LogWarning(ex, "Could not tell the other nodes of {Change}", change);
        }
    }

    /// <summary>
    /// Calls <paramref name="apply"/> with every change another node publishes, one at a time in the order Redis
    /// delivers them, and with <see cref="ClusterChangeKind.Everything"/> when the subscription comes back after a
    /// loss (messages sent meanwhile are gone).
    /// </summary>
    public async Task SubscribeAsync(Func<ClusterChange, Task> apply)
    {
        var connection = Connection;
        var queue = await connection.GetSubscriber().SubscribeAsync(Channel);
        queue.OnMessage(async message =>
        {
            var text = (string?)message.Message;
            var tab = text?.IndexOf('\t') ?? -1;
            if (tab <= 0 || text.AsSpan(0, tab).SequenceEqual(NodeId))
            {
                return;
            }

            if (ClusterChange.Parse(text![(tab + 1)..]) is { } change)
            {
                await ApplyAsync(apply, change);
            }
        });
        connection.ConnectionRestored += async (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                await ApplyAsync(apply, new ClusterChange(ClusterChangeKind.Everything));
            }
        };
    }

    private async Task ApplyAsync(Func<ClusterChange, Task> apply, ClusterChange change)
    {
        try
        {
            await apply(change);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Applying {Change} from another node failed", change);
        }
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}
