using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Calendar;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Core.Deadlines;

/// <summary>
/// How modules (and the dashboard) set, move and close deadlines: the due date computed from the
/// <see cref="LegalDeadlines"/> rule with the tenant's own calendar and amounts, and the reminders as outbox timers —
/// 3 and 1 working days before (skipped when already past) and one when the deadline passes. Changes go to the
/// caller's context and are saved with its SaveChanges, timers included. (Named after what it keeps: a class
/// "Deadlines" would clash with its own namespace.)
/// </summary>
public static class StaffDeadlines
{
    public const string ReminderEvent = "deadline.reminder";
    public const string OverdueEvent = "deadline.overdue";

    /// <summary>Reminders go out this many working days before the due date.</summary>
    public static readonly IReadOnlyList<int> ReminderDays = [3, 1];

    /// <summary>Reminders arrive as the offices open, Moroccan time.</summary>
    public static readonly TimeOnly ReminderTime = new(9, 0);

    /// <summary>Creates the deadline <see cref="DeadlineRequest.Key"/>, or moves it (with its reminders) when it exists.</summary>
    /// <exception cref="ArgumentException">Unknown rule, custom rule without a date, or texts too long: callers validate first.</exception>
    public static async Task<Deadline> SetAsync(ICmsDbContext db, TenantShell tenant, DeadlineRequest request, string by, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Key);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title);
        if (request.Key.Length > Deadline.MaxKeyLength || request.Title.Length > Deadline.MaxTitleLength)
        {
            throw new ArgumentException("Deadline key or title too long.", nameof(request));
        }

        var rule = LegalDeadlines.Find(request.Rule) ?? throw new ArgumentException($"Unknown deadline rule '{request.Rule}'.", nameof(request));
        var calendar = WorkingCalendar.For(tenant);
        var dueDate = rule.IsCustom
            ? request.DueDate ?? throw new ArgumentException("A custom deadline needs its due date.", nameof(request))
            : rule.DueDate(LocalTime.Date(request.StartUtc), rule.AmountFor(tenant), calendar);

        var deadline = await db.Set<Deadline>().FirstOrDefaultAsync(d => d.Key == request.Key, cancellationToken);
        if (deadline is null)
        {
            deadline = new Deadline { Key = request.Key, CreatedUtc = clock.GetUtcNow(), CreatedBy = by };
            db.Set<Deadline>().Add(deadline);
        }

        deadline.Rule = rule.Id;
        deadline.Title = request.Title.Trim();
        deadline.Reference = request.Reference;
        deadline.Url = request.Url;
        deadline.StartUtc = request.StartUtc;
        deadline.DueUtc = LocalTime.EndOfDay(dueDate);
        deadline.AssigneeUserId = request.AssigneeUserId;
        await ScheduleTimersAsync(db, deadline, calendar, clock, cancellationToken);
        return deadline;
    }

    /// <summary>Marks the open deadline done and cancels its reminders; null when there is no open deadline with this key.</summary>
    public static async Task<Deadline?> CompleteAsync(ICmsDbContext db, string key, string by, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var deadline = await db.Set<Deadline>().FirstOrDefaultAsync(d => d.Key == key && d.CompletedUtc == null, cancellationToken);
        if (deadline is null)
        {
            return null;
        }

        deadline.CompletedUtc = clock.GetUtcNow();
        deadline.CompletedBy = by;
        foreach (var timer in TimerKeys(key))
        {
            await Outbox.CancelAsync(db, timer, cancellationToken);
        }

        return deadline;
    }

    /// <summary>Opens a completed deadline again, with the reminders still ahead of it; null when there is none to reopen.</summary>
    public static async Task<Deadline?> ReopenAsync(ICmsDbContext db, TenantShell tenant, string key, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var deadline = await db.Set<Deadline>().FirstOrDefaultAsync(d => d.Key == key && d.CompletedUtc != null, cancellationToken);
        if (deadline is null)
        {
            return null;
        }

        deadline.CompletedUtc = null;
        deadline.CompletedBy = null;
        await ScheduleTimersAsync(db, deadline, WorkingCalendar.For(tenant), clock, cancellationToken);
        return deadline;
    }

    /// <summary>The timers a deadline due at <paramref name="dueUtc"/> gets: the reminders, then the overdue notice at the due instant.</summary>
    public static IReadOnlyList<DeadlineTimer> Timers(string key, DateTimeOffset dueUtc, WorkingCalendar calendar)
    {
        var dueDate = LocalTime.Date(dueUtc);
        var timers = ReminderDays
            .Select(days => new DeadlineTimer(ReminderKey(key, days), ReminderEvent, LocalTime.At(calendar.WorkingDaysBefore(dueDate, days), ReminderTime), days))
            .ToList();
        timers.Add(new DeadlineTimer(OverdueKey(key), OverdueEvent, dueUtc, 0));
        return timers;
    }

    /// <summary>
    /// Working days left after today until the due date (0 on the last working day), or, once the deadline has passed,
    /// minus the working days since (0 when it passed since the last working day, e.g. over a weekend).
    /// </summary>
    public static int WorkingDaysLeft(DateTimeOffset dueUtc, DateTimeOffset nowUtc, WorkingCalendar calendar)
    {
        var today = LocalTime.Date(nowUtc);
        var dueDate = LocalTime.Date(dueUtc);
        return nowUtc > dueUtc ? -calendar.WorkingDaysBetween(dueDate, today) : calendar.WorkingDaysBetween(today, dueDate);
    }

    public static string ReminderKey(string key, int days) => $"deadline:{key}:remind-{days}";

    public static string OverdueKey(string key) => $"deadline:{key}:overdue";

    private static IEnumerable<string> TimerKeys(string key) => [.. ReminderDays.Select(d => ReminderKey(key, d)), OverdueKey(key)];

    private static async Task ScheduleTimersAsync(ICmsDbContext db, Deadline deadline, WorkingCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var timer in Timers(deadline.Key, deadline.DueUtc, calendar))
        {
            // A reminder whose day has passed would only arrive late and twice with the overdue notice; the overdue
            // notice itself always stays, and fires at once for a deadline recorded after it passed.
            if (deadline.CompletedUtc is not null || (timer.EventType == ReminderEvent && timer.AtUtc <= now))
            {
                await Outbox.CancelAsync(db, timer.Key, cancellationToken);
            }
            else
            {
                await Outbox.ScheduleAsync(db, timer.EventType, new DeadlineAlert(deadline.Key, deadline.DueUtc, timer.WorkingDaysLeft), timer.AtUtc, timer.Key, clock, cancellationToken);
            }
        }
    }
}

/// <summary>What a module asks for. <paramref name="DueDate"/> is read only for the "custom" rule.</summary>
/// <param name="StartUtc">When the clock started (deposit, receipt, session); its Moroccan date is the day not counted.</param>
/// <param name="Url">Tenant-relative link to the file.</param>
public sealed record DeadlineRequest(
    string Key,
    string Rule,
    string Title,
    DateTimeOffset StartUtc,
    string? AssigneeUserId = null,
    string? Reference = null,
    string? Url = null,
    DateOnly? DueDate = null);

/// <summary>One outbox timer of a deadline.</summary>
/// <param name="Key">The timer key, e.g. "deadline:request:12:remind-3".</param>
public sealed record DeadlineTimer(string Key, string EventType, DateTimeOffset AtUtc, int WorkingDaysLeft);

/// <summary>The payload of a reminder or overdue event: enough to find the deadline and to tell a stale timer.</summary>
public sealed record DeadlineAlert(string Key, DateTimeOffset DueUtc, int WorkingDaysLeft);
