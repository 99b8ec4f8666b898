using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.AdvisoryBodies.Domain;

/// <summary>
/// The life of a body's file, as the pages drive it: the council refers (or the body takes up a subject), members
/// save versions and comment, the chair or rapporteur submits the adopted version, the council responds. Each step
/// adds its events and notifications to the caller's context, saved with the change itself.
/// </summary>
public static class Drafting
{
    public sealed record NewFile(OpinionOrigin Origin, string SubjectAr, string SubjectFr, string QuestionAr, string QuestionFr, DateOnly? DueOn, IReadOnlyList<long> DocumentIds);

    /// <summary>The tenant's bodies in the law's order (equality, youth, economic actors, then the others as created).</summary>
    public static async Task<List<AdvisoryBody>> BodiesAsync(ICmsDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Set<AdvisoryBody>().AsNoTracking().ToListAsync(cancellationToken)).OrderBy(b => b.Kind).ThenBy(b => b.Id)];

    /// <summary>The running seats on a body: who drafts, who is told.</summary>
    public static IQueryable<BodyMember> Seated(ICmsDbContext db, DateOnly today) =>
        db.Set<BodyMember>().Where(m => m.MandateStart <= today && (m.MandateEnd == null || m.MandateEnd >= today));

    /// <summary>The user's running seat on the body, or null (members of other bodies included).</summary>
    public static Task<BodyMember?> SeatAsync(ICmsDbContext db, long bodyId, string? userId, DateOnly today, CancellationToken cancellationToken) =>
        userId is null
            ? Task.FromResult<BodyMember?>(null)
            : Seated(db, today).AsNoTracking().Where(m => m.BodyId == bodyId && m.UserId == userId).OrderBy(m => m.Role).FirstOrDefaultAsync(cancellationToken);

    public static async Task<Opinion> OpenAsync(ICmsDbContext db, AdvisoryBody body, NewFile file, string openedBy, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var year = LocalTime.Date(now).Year;
        var prefix = year.ToString(CultureInfo.InvariantCulture) + "-";
        var taken = await db.Set<Opinion>().CountAsync(o => o.Reference.StartsWith(prefix), cancellationToken);
        var opinion = new Opinion
        {
            BodyId = body.Id, Origin = file.Origin, Reference = OpinionRules.Reference(year, taken + 1),
            SubjectAr = file.SubjectAr, SubjectFr = file.SubjectFr, QuestionAr = file.QuestionAr, QuestionFr = file.QuestionFr,
            DueOn = file.DueOn, DocumentIds = string.Join(',', file.DocumentIds), State = OpinionState.Drafting, OpenedBy = openedBy, OpenedUtc = now,
        };
        db.Set<Opinion>().Add(opinion);
        await db.SaveChangesAsync(cancellationToken); // the id goes into the events and timers
        if (file.Origin == OpinionOrigin.Referral)
        {
            Outbox.Raise(db, AdvisoryEvents.Referred, AdvisoryEvents.Payload(opinion), clock);
            await TellMembersAsync(db, body, opinion, AdvisoryNotifications.Referral, null, clock, cancellationToken);
            var due = file.DueOn ?? default;
            foreach (var (daysLeft, at) in file.DueOn is null ? [] : OpinionRules.Reminders(due, now))
            {
                await Outbox.ScheduleAsync(db, AdvisoryEvents.DueSoon, new AdvisoryEvents.DueSoonPayload(opinion.Id, due, daysLeft), at, AdvisoryEvents.DueSoonKey(opinion.Id, daysLeft), clock, cancellationToken);
            }
        }

        return opinion;
    }

    public static async Task<(OpinionVersion? Version, OpinionRefusal? Refusal)> SaveVersionAsync(ICmsDbContext db, Opinion opinion, BodyMember? seat, int baseVersion, string text, string note, TimeProvider clock, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(db, opinion.Id, cancellationToken);
        if (OpinionRules.CheckDrafting(opinion, seat, latest, baseVersion) is { } refusal)
        {
            return (null, refusal);
        }

        var version = new OpinionVersion
        {
            OpinionId = opinion.Id, Number = latest + 1, Text = text, Note = note, AuthorUserId = seat!.UserId, AuthorName = seat.DisplayName, CreatedUtc = clock.GetUtcNow(),
        };
        db.Set<OpinionVersion>().Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another member saved the same number between our read and our insert: the unique index said no.
            db.ChangeTracker.Clear();
            return (null, OpinionRefusal.StaleVersion);
        }

        return (version, null);
    }

    public static async Task<OpinionRefusal?> CommentAsync(ICmsDbContext db, Opinion opinion, BodyMember? seat, string body, TimeProvider clock, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(db, opinion.Id, cancellationToken);
        if (OpinionRules.CheckDrafting(opinion, seat, latest, null) is { } refusal)
        {
            return refusal;
        }

        db.Set<OpinionComment>().Add(new OpinionComment
        {
            OpinionId = opinion.Id, VersionNumber = latest, AuthorUserId = seat!.UserId, AuthorName = seat.DisplayName, Body = body, CreatedUtc = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public sealed record Adoption(int Version, DateOnly AdoptedOn, int VotesFor, int VotesAgainst, int Abstentions);

    /// <param name="opinion">Tracked: its state changes.</param>
    public static async Task<OpinionRefusal?> SubmitAsync(ICmsDbContext db, AdvisoryBody body, Opinion opinion, BodyMember? seat, Adoption adoption, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var latest = await LatestAsync(db, opinion.Id, cancellationToken);
        if (OpinionRules.CheckSubmission(opinion, seat, latest, adoption.Version, adoption.AdoptedOn, adoption.VotesFor, adoption.VotesAgainst, adoption.Abstentions, LocalTime.Date(now)) is { } refusal)
        {
            return refusal;
        }

        opinion.State = OpinionState.Submitted;
        opinion.AdoptedVersion = adoption.Version;
        opinion.AdoptedOn = adoption.AdoptedOn;
        opinion.VotesFor = adoption.VotesFor;
        opinion.VotesAgainst = adoption.VotesAgainst;
        opinion.Abstentions = adoption.Abstentions;
        opinion.SubmittedUtc = now;
        opinion.SubmittedBy = seat!.UserId;
        foreach (var days in OpinionRules.ReminderDays)
        {
            await Outbox.CancelAsync(db, AdvisoryEvents.DueSoonKey(opinion.Id, days), cancellationToken);
        }

        Outbox.Raise(db, AdvisoryEvents.Submitted, AdvisoryEvents.Payload(opinion), clock);
        if (opinion.Origin == OpinionOrigin.Referral && opinion.OpenedBy is { } referrer)
        {
            Notify.User(db, referrer, AdvisoryNotifications.Submitted, Values(body, opinion), null, "/admin/bodies/opinions/" + opinion.Id.ToString(CultureInfo.InvariantCulture), clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <param name="opinion">Tracked; submitted or already answered (the response can be corrected).</param>
    public static async Task RespondAsync(ICmsDbContext db, AdvisoryBody body, Opinion opinion, string responseAr, string responseFr, string by, TimeProvider clock, CancellationToken cancellationToken)
    {
        var first = opinion.State == OpinionState.Submitted;
        opinion.ResponseAr = responseAr;
        opinion.ResponseFr = responseFr;
        opinion.RespondedUtc = clock.GetUtcNow();
        opinion.RespondedBy = by;
        opinion.State = OpinionState.Answered;
        if (first)
        {
            Outbox.Raise(db, AdvisoryEvents.Answered, AdvisoryEvents.Payload(opinion), clock);
            await TellMembersAsync(db, body, opinion, AdvisoryNotifications.Response, null, clock, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task<int> LatestAsync(ICmsDbContext db, long opinionId, CancellationToken cancellationToken) =>
        await db.Set<OpinionVersion>().Where(v => v.OpinionId == opinionId).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;

    internal static async Task TellMembersAsync(ICmsDbContext db, AdvisoryBody body, Opinion opinion, string template, int? daysLeft, TimeProvider clock, CancellationToken cancellationToken)
    {
        var members = await Seated(db, LocalTime.Date(clock.GetUtcNow())).AsNoTracking().Where(m => m.BodyId == body.Id)
            .Select(m => m.UserId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
        var values = Values(body, opinion);
        values["days_left"] = daysLeft;
        foreach (var userId in members)
        {
            Notify.User(db, userId, template, values, null, AdvisoryEvents.Url(opinion), clock);
        }
    }

    private static Dictionary<string, object?> Values(AdvisoryBody body, Opinion opinion) => new()
    {
        ["body"] = new Dictionary<string, object?> { ["ar"] = body.Name("ar"), ["fr"] = body.Name("fr") },
        ["subject"] = new Dictionary<string, object?> { ["ar"] = opinion.Subject("ar"), ["fr"] = opinion.Subject("fr") },
        ["reference"] = opinion.Reference,
        ["due_date"] = opinion.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
