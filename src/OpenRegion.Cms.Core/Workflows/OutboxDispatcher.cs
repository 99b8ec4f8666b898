using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Workflows;

/// <summary>
/// Delivers due outbox messages of every tenant to the handlers that take them: at least once, each handler at
/// most once per message once it has succeeded, failures retried with exponential backoff, and after
/// <see cref="MaxAttempts"/> failures the message is dead-lettered for staff to inspect and replay. Nothing is kept
/// in memory between runs: a timer that fell due while the host was stopped is delivered by the first run after.
/// Several nodes may run it at once: a message is claimed with a conditional update before it is worked on.
/// </summary>
public sealed class OutboxDispatcher(
    ICmsDbContextFactory dbFactory,
    IEnumerable<IEventHandler> handlers,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger,
    OutboxDispatcherOptions? options = null)
{
    public const int MaxAttempts = 8;
    public const int BatchSize = 100;
    public const int MaxErrorLength = 2000;

    private readonly IReadOnlyList<IEventHandler> _handlers = [.. handlers];
    private readonly OutboxDispatcherOptions _options = options ?? new OutboxDispatcherOptions();

    /// <summary>How long a claimed message is left alone by other dispatchers (a crashed node's claim expires).</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);

    /// <summary>Wait before attempt n+1 after n failures: base × 2^(n-1), at most one hour.</summary>
    public static TimeSpan Backoff(int failures, TimeSpan retryBase)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 20));
        var ticks = Math.Min(retryBase.Ticks * factor, TimeSpan.FromHours(1).Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <returns>How many messages were worked on (delivered, retried later or dead-lettered).</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var until = now + ClaimDuration;
        var token = Guid.NewGuid().ToString("N");
        List<(long Id, string TenantId)> claimed;
        await using (var platform = dbFactory.ForPlatform())
        {
            var due = await platform.Db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
                .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id)
                .Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }

            // One statement claims the batch (what another node claimed meanwhile is left out by the condition);
            // the token then tells which rows this run got.
            await platform.Db.Set<OutboxMessage>()
                .Where(m => due.Contains(m.Id) && m.Status == OutboxStatus.Pending && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUtc, until).SetProperty(m => m.ClaimToken, token), cancellationToken);
            claimed = [.. (await platform.Db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.ClaimToken == token && m.Status == OutboxStatus.Pending)
                .Select(m => new { m.Id, m.TenantId }).ToListAsync(cancellationToken))
                .Select(m => (m.Id, m.TenantId)).OrderBy(m => due.IndexOf(m.Id))];
        }

        foreach (var (id, tenantId) in claimed)
        {
            await DeliverAsync(id, tenantId, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task DeliverAsync(long id, string tenantId, CancellationToken cancellationToken)
    {
        await using var lease = dbFactory.ForTenant(tenantId);
        var db = lease.Db;
        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, cancellationToken);
        var delivered = await db.Set<OutboxDelivery>().Where(d => d.MessageId == id).Select(d => d.Handler).ToListAsync(cancellationToken);
        var domainEvent = new DomainEvent(message.Id, tenantId, message.EventType, message.PayloadJson, message.CreatedUtc, message.DueUtc, message.Attempts + 1, message.TimerKey);
        var pending = _handlers.Where(h => h.Handles(message.EventType) && !delivered.Contains(h.Name)).ToList();
        if (pending.Count == 1)
        {
            // The usual case: the handler's changes, its delivery record and the event's completion in one commit.
            var handler = pending[0];
            try
            {
                await using var scope = services.CreateAsyncScope();
                await BindTenantAsync(scope.ServiceProvider, tenantId, cancellationToken);
                await handler.HandleAsync(domainEvent, new EventHandlerContext(tenantId, db, scope.ServiceProvider, clock), cancellationToken);
                db.Set<OutboxDelivery>().Add(new OutboxDelivery { MessageId = id, Handler = handler.Name, DeliveredUtc = clock.GetUtcNow() });
                Complete(message, []);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                Warn(ex, handler, message, tenantId, domainEvent.Attempt);
                db.ChangeTracker.Clear(); // nothing the failed handler left half-done is saved
                message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, cancellationToken);
                Complete(message, [$"{handler.Name}: {ex.GetType().Name}: {ex.Message}"]);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
        }

        var failures = new List<string>();
        foreach (var handler in pending)
        {
            // Each handler in its own scope and context: one handler's half-done changes never reach another's save.
            await using var scope = services.CreateAsyncScope();
            await BindTenantAsync(scope.ServiceProvider, tenantId, cancellationToken);
            await using var handlerLease = dbFactory.ForTenant(tenantId);
            try
            {
                await handler.HandleAsync(domainEvent, new EventHandlerContext(tenantId, handlerLease.Db, scope.ServiceProvider, clock), cancellationToken);
                handlerLease.Db.Set<OutboxDelivery>().Add(new OutboxDelivery { MessageId = id, Handler = handler.Name, DeliveredUtc = clock.GetUtcNow() });
                await handlerLease.Db.SaveChangesAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                Warn(ex, handler, message, tenantId, domainEvent.Attempt);
                failures.Add($"{handler.Name}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Complete(message, failures);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Forgets delivered events and cancelled timers older than <see cref="OutboxDispatcherOptions.KeepDelivered"/>
    /// (with their delivery records), for every tenant. Dead letters and pending events are never purged.
    /// </summary>
    /// <returns>How many events were removed.</returns>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow() - _options.KeepDelivered;
        await using var platform = dbFactory.ForPlatform();
        var db = platform.Db;
        var old = db.Set<OutboxMessage>().Where(m =>
            m.Status == OutboxStatus.Done && m.ProcessedUtc < cutoff || m.Status == OutboxStatus.Cancelled && m.CreatedUtc < cutoff);
        await db.Set<OutboxDelivery>().Where(d => old.Any(m => m.Id == d.MessageId)).ExecuteDeleteAsync(cancellationToken);
        return await old.ExecuteDeleteAsync(cancellationToken);
    }

    private void Warn(Exception ex, IEventHandler handler, OutboxMessage message, string tenantId, int attempt) =>
        logger.LogWarning(ex, "Handler {Handler} failed on event {EventId} ({EventType}) of {Tenant}, attempt {Attempt}", handler.Name, message.Id, message.EventType, tenantId, attempt);

    /// <summary>Done when nothing failed; otherwise counted, and retried later or dead-lettered.</summary>
    private void Complete(OutboxMessage message, IReadOnlyList<string> failures)
    {
        var now = clock.GetUtcNow();
        message.LockedUntilUtc = null;
        message.ClaimToken = null;
        if (failures.Count == 0)
        {
            message.Status = OutboxStatus.Done;
            message.ProcessedUtc = now;
            return;
        }

        message.Attempts++;
        var error = string.Join(" | ", failures);
        message.LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        if (message.Attempts >= MaxAttempts)
        {
            message.Status = OutboxStatus.DeadLettered;
            message.ProcessedUtc = now;
            logger.LogError("Event {EventId} ({EventType}) of {Tenant} dead-lettered after {Attempts} attempts: {Error}", message.Id, message.EventType, message.TenantId, message.Attempts, message.LastError);
        }
        else
        {
            message.NextAttemptUtc = now + Backoff(message.Attempts, _options.RetryBase);
        }
    }

    private static async Task BindTenantAsync(IServiceProvider scope, string tenantId, CancellationToken cancellationToken)
    {
        var registry = scope.GetService<TenantRegistry>();
        var context = scope.GetService<TenantContext>();
        if (registry is not null && context is not null && await registry.GetShellAsync(tenantId, cancellationToken) is { } shell)
        {
            context.Bind(shell, shell.Tenant.UrlPrefix.Length == 0 ? "" : "/" + shell.Tenant.UrlPrefix);
        }
    }
}

/// <summary>Operator settings of the dispatcher ("OpenRegion:Workflows").</summary>
public sealed class OutboxDispatcherOptions
{
    /// <summary>Run the dispatcher in this process (every web node by default).</summary>
    public bool Dispatch { get; set; } = true;

    /// <summary>Wait before the first retry; doubled after each further failure (at most one hour).</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often due messages and timers are looked for when nothing signals new ones.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long delivered events and cancelled timers stay visible on /admin/events before they are purged.</summary>
    public TimeSpan KeepDelivered { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Let tenant rules call webhooks on private and local networks, and over plain http (tests, closed networks only).</summary>
    public bool AllowPrivateWebhooks { get; set; }

    /// <summary>How long a webhook call may take before it counts as failed (and is retried).</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
