using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Domain;

/// <summary>
/// Sessions and decisions as staff record them, on <see cref="SessionRules"/>: a decision recorded for an item puts its
/// posting deadline (8 or 10 days) on the staff dashboard, with reminders and the overdue alert; posting it closes the
/// deadline and makes it public. Refused steps change nothing.
/// </summary>
public sealed class SessionDesk(ICmsDbContext db, TenantContext tenant, TimeProvider clock, IAuditLog audit)
{
    private SessionRules? _rules;

    public SessionRules Rules => _rules ??= SessionRules.For(tenant.Shell);

    public DateOnly Today => LocalTime.Date(clock.GetUtcNow());

    public static string AdminUrl(long sessionId) => "/admin/sessions/" + sessionId.ToString(CultureInfo.InvariantCulture);

    public static string PublicUrl(long sessionId) => "/sessions/" + sessionId.ToString(CultureInfo.InvariantCulture);

    public async Task<SessionRefusal?> CreateAsync(CouncilSession session, string by, CancellationToken cancellationToken)
    {
        if (Rules.CheckSession(session.Kind, session.OpensOn, session.ClosesOn) is { } refusal)
        {
            return refusal;
        }

        session.CreatedUtc = clock.GetUtcNow();
        session.CreatedBy = by;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<CouncilSession>().Add(session);
        await db.SaveChangesAsync(cancellationToken);
        if (Rules.NoticeDue(session) >= Today)
        {
            // The convocation's deadline on the staff dashboard, with its reminders.
            await StaffDeadlines.SetAsync(db, tenant.Shell, new DeadlineRequest(
                CouncilSession.NoticeDeadlineKey(session.Id), LegalDeadlines.Custom, Title(session), session.CreatedUtc,
                Reference: session.OpensOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Url: AdminUrl(session.Id), DueDate: Rules.NoticeDue(session)), by, clock, cancellationToken);
        }

        audit.Record("session.created", Target(session), new { kind = session.Kind.ToString(), opens = session.OpensOn });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Cms.Core.Workflows.OutboxSignal.Pulse();
        return null;
    }

    /// <summary>
    /// Sends every elected member (role <see cref="CmsRoles.CouncilMember"/>) the convocation: the session's dates, place
    /// and agenda, with the link to its documents — no paper. It may be sent again when the agenda changes.
    /// </summary>
    public async Task<(SessionRefusal? Refusal, int Members)> ConveneAsync(CouncilSession session, string by, CancellationToken cancellationToken)
    {
        if (session.LastDay < Today)
        {
            return (SessionRefusal.SessionOver, 0);
        }

        var members = await db.Set<TenantRoleGrant>().AsNoTracking().Where(g => g.Role == CmsRoles.CouncilMember).Select(g => g.UserId).Distinct().ToListAsync(cancellationToken);
        if (members.Count == 0)
        {
            return (SessionRefusal.NoElectedMembers, 0);
        }

        var items = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.SessionId == session.Id).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var values = new Dictionary<string, object?>
        {
            ["kind"] = session.Kind.ToString(),
            ["date"] = session.OpensOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["time"] = session.OpensAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["place_ar"] = session.Place("ar"),
            ["place_fr"] = session.Place("fr"),
            ["agenda_ar"] = string.Join("\n", items.Select(i => $"{i.Position}. {i.Title("ar")}")),
            ["agenda_fr"] = string.Join("\n", items.Select(i => $"{i.Position}. {i.Title("fr")}")),
            ["items"] = items.Count,
        };
        foreach (var member in members)
        {
            Notify.User(db, member, TransparencyNotifications.Convocation, values, null, PublicUrl(session.Id), clock);
        }

        session.ConvenedUtc = clock.GetUtcNow();
        session.ConvenedMembers = members.Count;
        session.Revision++;
        await StaffDeadlines.CompleteAsync(db, CouncilSession.NoticeDeadlineKey(session.Id), by, clock, cancellationToken);
        audit.Record("session.convened", Target(session), new { members = members.Count, items = items.Count, late = Rules.ConvenedLate(session) });
        await db.SaveChangesAsync(cancellationToken);
        Cms.Core.Workflows.OutboxSignal.Pulse();
        return (null, members.Count);
    }

    /// <summary>The convocation's deadline as the staff dashboard shows it, in both languages of the council.</summary>
    public static string Title(CouncilSession session) =>
        "استدعاء أعضاء المجلس · Convocation des élus — " + session.OpensOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Adds an item at the end of the agenda (documents already stored in the media library, unsaved).</summary>
    public async Task AddItemAsync(CouncilSession session, AgendaItem item, CancellationToken cancellationToken)
    {
        item.SessionId = session.Id;
        item.Position = 1 + (await db.Set<AgendaItem>().Where(i => i.SessionId == session.Id).MaxAsync(i => (int?)i.Position, cancellationToken) ?? 0);
        db.Set<AgendaItem>().Add(item);
        audit.Record("session.item-added", Target(session), new { item.Position, item.TitleAr, item.TitleFr });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SessionRefusal?> DecideAsync(CouncilSession session, AgendaItem item, Decision decision, string by, CancellationToken cancellationToken)
    {
        var hasText = !string.IsNullOrWhiteSpace(decision.TextAr) || !string.IsNullOrWhiteSpace(decision.TextFr);
        if (Rules.CheckDecision(session, item, decision.On, decision.Outcome, decision.For, decision.Against, decision.Abstentions, hasText, Today) is { } refusal)
        {
            return refusal;
        }

        item.Outcome = decision.Outcome;
        item.DecidedOn = decision.On;
        (item.VotesFor, item.VotesAgainst, item.Abstentions) = (decision.For, decision.Against, decision.Abstentions);
        item.DecisionNumber = decision.Number;
        item.DecisionTextAr = decision.TextAr;
        item.DecisionTextFr = decision.TextFr;
        item.DecidedBy = by;
        item.Revision++;
        await StaffDeadlines.SetAsync(db, tenant.Shell, new DeadlineRequest(
            AgendaItem.PublicationDeadlineKey(item.Id), LegalDeadlines.DeliberationPosting, item.Title(item.TitleAr.Length > 0 ? "ar" : "fr"),
            LocalTime.At(decision.On, new TimeOnly(18, 0)), Reference: item.DecisionNumber ?? Session(session, item), Url: AdminUrl(session.Id)), by, clock, cancellationToken);
        audit.Record("session.decision-recorded", Target(session), new { item.Position, outcome = decision.Outcome.ToString(), decision.For, decision.Against, decision.Abstentions });
        await db.SaveChangesAsync(cancellationToken);
        Cms.Core.Workflows.OutboxSignal.Pulse();
        return null;
    }

    /// <summary>Posts the decisions of these items (each must be recorded and not yet posted), closing their deadlines.</summary>
    public async Task<SessionRefusal?> PublishAsync(CouncilSession session, IReadOnlyList<AgendaItem> items, string by, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return SessionRefusal.NoDecision;
        }

        foreach (var item in items)
        {
            if (SessionRules.CheckPublication(item) is { } refusal)
            {
                return refusal;
            }
        }

        var now = clock.GetUtcNow();
        foreach (var item in items)
        {
            item.PublishedUtc = now;
            item.PublishedBy = by;
            item.Revision++;
            await StaffDeadlines.CompleteAsync(db, AgendaItem.PublicationDeadlineKey(item.Id), by, clock, cancellationToken);
        }

        audit.Record("session.decisions-posted", Target(session), new { items = items.Select(i => i.Position).ToList(), late = items.Count(Rules.PublishedLate) });
        await db.SaveChangesAsync(cancellationToken);
        Cms.Core.Workflows.OutboxSignal.Pulse();
        return null;
    }

    private static string Session(CouncilSession session, AgendaItem item) =>
        session.OpensOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " #" + item.Position.ToString(CultureInfo.InvariantCulture);

    private static string Target(CouncilSession session) => "CouncilSession:" + session.Id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A decision as staff type it.</summary>
public sealed record Decision(DateOnly On, DecisionOutcome Outcome, int? For, int? Against, int? Abstentions, string? Number, string? TextAr, string? TextFr);
