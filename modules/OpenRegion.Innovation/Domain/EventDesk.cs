using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Innovation;

namespace OpenRegion.Innovation.Domain;

/// <summary>An event with how many seats are taken and, for the signed-in account, its own registration.</summary>
public sealed record EventView(LabEvent Event, int Registered, LabEventRegistration? Mine)
{
    public int SeatsLeft => Math.Max(0, Event.Capacity - Registered);
}

/// <summary>
/// The lab's events: staff announce them (for a challenge or the whole lab) and cancel them; citizens register until the
/// event starts, within its seats, and may give their seat back; staff mark who attended.
/// </summary>
public sealed class EventDesk(ICmsDbContext db, TimeProvider clock, IAuditLog audit)
{
    public const string PublicUrl = "/innovation/events";

    public const string AdminUrl = "/admin/innovation/events";

    public static string AdminEventUrl(long id) => AdminUrl + "/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The events (of one challenge when given), soonest first; with <paramref name="past"/> those already over too.</summary>
    public async Task<IReadOnlyList<EventView>> AllAsync(long? challengeId, bool past, string? userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = db.Set<LabEvent>().AsNoTracking();
        if (challengeId is { } only)
        {
            query = query.Where(e => e.ChallengeId == only);
        }

        var events = (await query.ToListAsync(cancellationToken)).Where(e => past || e.EndsUtc > now).OrderBy(e => e.StartsUtc).ToList();
        var ids = events.Select(e => e.Id).ToList();
        var registrations = await db.Set<LabEventRegistration>().AsNoTracking().Where(r => ids.Contains(r.EventId)).ToListAsync(cancellationToken);
        var counts = registrations.GroupBy(r => r.EventId).ToDictionary(g => g.Key, g => g.Count());
        return [.. events.Select(e => new EventView(e, counts.GetValueOrDefault(e.Id), userId is null ? null : registrations.FirstOrDefault(r => r.EventId == e.Id && r.UserId == userId)))];
    }

    public async Task<(LabEvent Event, IReadOnlyList<LabEventRegistration> Registrations)?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var found = await db.Set<LabEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return found is null ? null
            : (found, await db.Set<LabEventRegistration>().AsNoTracking().Where(r => r.EventId == id).OrderBy(r => r.Name).ThenBy(r => r.Seat).ToListAsync(cancellationToken));
    }

    public async Task<EventProblem?> CreateAsync(LabEvent labEvent, string by, CancellationToken cancellationToken)
    {
        if (labEvent.Check() is { } problem)
        {
            return problem;
        }

        (labEvent.CreatedUtc, labEvent.CreatedBy) = (clock.GetUtcNow(), by);
        db.Set<LabEvent>().Add(labEvent);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("lab-event.created", Target(labEvent.Id), new { labEvent.Kind, labEvent.Capacity, labEvent.ChallengeId });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<EventProblem?> CancelAsync(long id, CancellationToken cancellationToken)
    {
        var labEvent = await db.Set<LabEvent>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (labEvent is null || labEvent.CancelledUtc is not null)
        {
            return EventProblem.Cancelled;
        }

        if (clock.GetUtcNow() >= labEvent.StartsUtc)
        {
            return EventProblem.Started;
        }

        labEvent.CancelledUtc = clock.GetUtcNow();
        audit.Record("lab-event.cancelled", Target(id), null);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Gives the account the lowest free seat. Two citizens taking the last seat at once: the unique seat index keeps one,
    /// the other tries the next free seat, and is told the event is full when none is left.
    /// </summary>
    public async Task<EventProblem?> RegisterAsync(long id, CmsUser user, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var labEvent = await db.Set<LabEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (labEvent is null)
            {
                return EventProblem.Cancelled;
            }

            var taken = await db.Set<LabEventRegistration>().AsNoTracking().Where(r => r.EventId == id).Select(r => new { r.Seat, r.UserId }).ToListAsync(cancellationToken);
            if (taken.Any(t => t.UserId == user.Id))
            {
                return EventProblem.AlreadyRegistered;
            }

            if (labEvent.CheckRegistration(taken.Count, clock.GetUtcNow()) is { } problem)
            {
                return problem;
            }

            db.Set<LabEventRegistration>().Add(new LabEventRegistration
            {
                EventId = id, Seat = LabEventRegistration.FreeSeat(taken.Select(t => t.Seat), labEvent.Capacity)!.Value, UserId = user.Id,
                Name = user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? "?", Email = user.Email ?? "", RegisteredUtc = clock.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // the seat (or the account's own second click) was taken meanwhile: look again
                await Task.Delay(Random.Shared.Next(5, 40), cancellationToken);
            }
        }

        return EventProblem.Full;
    }

    public async Task<EventProblem?> UnregisterAsync(long id, string userId, CancellationToken cancellationToken)
    {
        var labEvent = await db.Set<LabEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (labEvent is not null && clock.GetUtcNow() >= labEvent.StartsUtc)
        {
            return EventProblem.Started;
        }

        return await db.Set<LabEventRegistration>().Where(r => r.EventId == id && r.UserId == userId).ExecuteDeleteAsync(cancellationToken) == 1 ? null : EventProblem.NotRegistered;
    }

    /// <summary>Marks who attended (the registrations listed) and who did not (the others), once the event has started.</summary>
    public async Task<EventProblem?> AttendanceAsync(long id, IReadOnlyCollection<long> attended, CancellationToken cancellationToken)
    {
        var labEvent = await db.Set<LabEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (labEvent is null || labEvent.CancelledUtc is not null)
        {
            return EventProblem.Cancelled;
        }

        if (clock.GetUtcNow() < labEvent.StartsUtc)
        {
            return EventProblem.NotYetHeld;
        }

        foreach (var registration in await db.Set<LabEventRegistration>().Where(r => r.EventId == id).ToListAsync(cancellationToken))
        {
            registration.Attended = attended.Contains(registration.Id);
        }

        audit.Record("lab-event.attendance", Target(id), new { attended = attended.Count });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static string Target(long id) => "LabEvent:" + id.ToString(CultureInfo.InvariantCulture);
}
