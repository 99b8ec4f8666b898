using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Workflows;

/// <summary>
/// How modules raise events and set timers: rows added to the caller's own context, so they are saved — or rolled
/// back — with the change that caused them. Nothing is sent here; <see cref="OutboxDispatcher"/> delivers.
/// </summary>
public static class Outbox
{
    public const int MaxEventTypeLength = 100;
    public const int MaxTimerKeyLength = 200;

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>An event, due now; saved with the caller's next SaveChanges.</summary>
    public static OutboxMessage Raise(ICmsDbContext db, string eventType, object payload, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return Add(db, eventType, payload, now, now, timerKey: null);
    }

    /// <summary>
    /// A timer: the event is delivered at <paramref name="dueUtc"/> (at once when already past). A pending timer
    /// with the same key is cancelled, so a deadline that moves is simply scheduled again.
    /// </summary>
    public static async Task<OutboxMessage> ScheduleAsync(ICmsDbContext db, string eventType, object payload, DateTimeOffset dueUtc, string timerKey, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timerKey);
        await CancelAsync(db, timerKey, cancellationToken);
        return Add(db, eventType, payload, clock.GetUtcNow(), dueUtc.ToUniversalTime(), timerKey);
    }

    /// <summary>Cancels the pending timer with this key, if any (in the caller's context; saved with it).</summary>
    public static async Task<int> CancelAsync(ICmsDbContext db, string timerKey, CancellationToken cancellationToken = default)
    {
        var pending = await db.Set<OutboxMessage>()
            .Where(m => m.TimerKey == timerKey && m.Status == OutboxStatus.Pending).ToListAsync(cancellationToken);
        foreach (var message in pending)
        {
            message.Status = OutboxStatus.Cancelled;
        }

        return pending.Count;
    }

    /// <summary>Staff replay a dead-lettered message: it is tried again at once, from a clean count.</summary>
    public static async Task<bool> ReplayAsync(ICmsDbContext db, long messageId, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var message = await db.Set<OutboxMessage>().FirstOrDefaultAsync(m => m.Id == messageId && m.Status == OutboxStatus.DeadLettered, cancellationToken);
        if (message is null)
        {
            return false;
        }

        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.NextAttemptUtc = clock.GetUtcNow();
        message.LockedUntilUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        OutboxSignal.Pulse();
        return true;
    }

    private static OutboxMessage Add(ICmsDbContext db, string eventType, object payload, DateTimeOffset now, DateTimeOffset due, string? timerKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        if (eventType.Length > MaxEventTypeLength || timerKey is { Length: > MaxTimerKeyLength })
        {
            throw new ArgumentException("Event type or timer key too long.");
        }

        var message = new OutboxMessage
        {
            EventType = eventType,
            PayloadJson = JsonSerializer.Serialize(payload, JsonOptions),
            TimerKey = timerKey,
            CreatedUtc = now,
            DueUtc = due,
            NextAttemptUtc = due,
            Status = OutboxStatus.Pending,
        };
        db.Set<OutboxMessage>().Add(message);
        return message;
    }
}
