using System.Text.Json;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Workflows;

/// <summary>An event as handlers receive it.</summary>
/// <param name="Attempt">1 on the first delivery, 2 on the first retry, …</param>
public sealed record DomainEvent(long Id, string TenantId, string Type, string PayloadJson, DateTimeOffset CreatedUtc, DateTimeOffset DueUtc, int Attempt, string? TimerKey)
{
    public T Payload<T>() => JsonSerializer.Deserialize<T>(PayloadJson, Outbox.JsonOptions)
        ?? throw new InvalidOperationException($"Event {Id} ({Type}) has no payload.");
}

/// <summary>What a handler works with: the event's tenant, its database and services, the clock.</summary>
/// <param name="Db">
/// Bound to the event's tenant. Changes a handler makes here are saved together with the record of its delivery,
/// in one transaction: a handler that only changes the database runs exactly once.
/// </param>
public sealed record EventHandlerContext(string TenantId, ICmsDbContext Db, IServiceProvider Services, TimeProvider Clock);

/// <summary>
/// Reacts to events (a module's own code; tenants' rules come later through the same door). Delivered at least
/// once: a handler with effects outside the database (e-mail, webhook) must tolerate being called again after a
/// failure of its own, but never runs again once it has succeeded for a message.
/// </summary>
public interface IEventHandler
{
    /// <summary>Stable name, recorded with each delivery (renaming a handler re-delivers pending messages to it).</summary>
    string Name { get; }

    bool Handles(string eventType);

    Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken);
}
