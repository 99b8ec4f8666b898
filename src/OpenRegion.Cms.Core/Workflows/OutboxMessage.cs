using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Workflows;

/// <summary>
/// A domain event waiting for its handlers, written in the same transaction as the change that raised it (so a
/// rolled-back change raises nothing). A timer is the same row with a <see cref="DueUtc"/> in the future: it is
/// delivered when that time comes, after a restart too, because the database is the only place it lives.
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    /// <summary>E.g. "content.published", "petition.rejection-notice-due".</summary>
    public string EventType { get; set; } = "";

    /// <summary>The event's data as JSON (ids and values the handlers need, never whole entities).</summary>
    public string PayloadJson { get; set; } = "{}";

    /// <summary>Timers: identifies what the timer is for (e.g. "petition:42:notice"); scheduling again replaces a pending one.</summary>
    public string? TimerKey { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary>When the event is to be delivered: its creation for an event, the deadline for a timer.</summary>
    public DateTimeOffset DueUtc { get; set; }

    public OutboxStatus Status { get; set; }

    /// <summary>Delivery attempts that failed so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When the dispatcher may (next) try: <see cref="DueUtc"/>, then later after each failure (backoff).</summary>
    public DateTimeOffset NextAttemptUtc { get; set; }

    /// <summary>A dispatcher working on it holds it until then; another node leaves it alone meanwhile.</summary>
    public DateTimeOffset? LockedUntilUtc { get; set; }

    /// <summary>Which dispatcher run claimed it (a batch is claimed in one statement, then read back by this token).</summary>
    public string? ClaimToken { get; set; }

    /// <summary>What went wrong on the last failed attempt (handler names and messages).</summary>
    public string? LastError { get; set; }

    public DateTimeOffset? ProcessedUtc { get; set; }
}

public enum OutboxStatus
{
    Pending,
    Done,

    /// <summary>Failed <see cref="OutboxDispatcher.MaxAttempts"/> times: waits for staff to look and replay.</summary>
    DeadLettered,

    /// <summary>A timer that is no longer needed (rescheduled or cancelled).</summary>
    Cancelled,
}

/// <summary>One handler's successful delivery of one message: a retry never runs that handler again.</summary>
public sealed class OutboxDelivery : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long MessageId { get; set; }

    public string Handler { get; set; } = "";

    public DateTimeOffset DeliveredUtc { get; set; }
}
