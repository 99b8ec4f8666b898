using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Transparency;

/// <summary>Why a step on a session or a decision is refused; nothing is recorded.</summary>
public enum SessionRefusal
{
    OrdinaryOutsideLegalMonths,
    ClosesBeforeOpening,
    SessionTooLong,
    SessionNotHeldYet,
    DecidedOutsideSession,
    VotesNeeded,
    NegativeVotes,
    AdoptedNeedsMajority,
    RejectedHasMajority,
    DecisionNeedsText,
    AlreadyPublished,
    NoDecision,
    NoElectedMembers,
    SessionOver,
}

/// <summary>
/// Council sessions and their decisions (organic laws 111-14, 112-14, 113-14; ../shared/LEGAL-RULES.md): an ordinary
/// session sits in a month the law sets for the council's level (region March, July, October; province January, June,
/// September; commune February, May, October), an extraordinary one at any time; a decision is recorded for an item of
/// a session that has sat, on one of its days, with its vote (adopted by a majority of the votes cast); it must be
/// posted within 10 days (region, province) or 8 days (commune) of the deliberation — the tenant's deadline setting.
/// The members are convened 7 days before the session (region, province) or 10 days (commune).
/// </summary>
public sealed class SessionRules(TenantKind kind, int postingDays)
{
    /// <summary>A session longer than this is a typing mistake (the laws' sessions last days, not months).</summary>
    public const int MaxSessionDays = 31;

    public static SessionRules For(TenantShell tenant) =>
        new(tenant.Tenant.Kind, LegalDeadlines.Find(LegalDeadlines.DeliberationPosting)!.AmountFor(tenant));

    public int PostingDays => postingDays;

    /// <summary>Days before the session the members must be convened: 10 for a commune, 7 for a region or a province.</summary>
    public int NoticeDays => kind == TenantKind.Commune ? 10 : 7;

    /// <summary>The last day to send the convocation.</summary>
    public DateOnly NoticeDue(CouncilSession session) => session.OpensOn.AddDays(-NoticeDays);

    public bool ConvenedLate(CouncilSession session) => session.ConvenedUtc is { } sent && Content.LocalTime.Date(sent) > NoticeDue(session);

    public IReadOnlyList<int> OrdinaryMonths => OrdinarySessions.Months(kind);

    /// <summary>The last day to post a decision deliberated on <paramref name="decidedOn"/>.</summary>
    public DateOnly PublicationDue(DateOnly decidedOn) => decidedOn.AddDays(postingDays);

    public bool PublishedLate(AgendaItem item) =>
        item.DecidedOn is { } decided && item.PublishedUtc is { } published && Content.LocalTime.Date(published) > PublicationDue(decided);

    /// <summary>Whether a decision awaits its posting past its deadline.</summary>
    public bool PostingOverdue(AgendaItem item, DateOnly today) =>
        item.DecidedOn is { } decided && item.PublishedUtc is null && today > PublicationDue(decided);

    public SessionRefusal? CheckSession(SessionKind sessionKind, DateOnly opensOn, DateOnly? closesOn) =>
        sessionKind == SessionKind.Ordinary && !OrdinaryMonths.Contains(opensOn.Month) ? SessionRefusal.OrdinaryOutsideLegalMonths
        : closesOn < opensOn ? SessionRefusal.ClosesBeforeOpening
        : closesOn is { } closes && closes.DayNumber - opensOn.DayNumber >= MaxSessionDays ? SessionRefusal.SessionTooLong
        : null;

    public SessionRefusal? CheckDecision(CouncilSession session, AgendaItem item, DateOnly decidedOn, DecisionOutcome outcome, int? votesFor, int? against, int? abstentions, bool hasText, DateOnly today) =>
        item.PublishedUtc is not null ? SessionRefusal.AlreadyPublished
        : today < session.OpensOn ? SessionRefusal.SessionNotHeldYet
        : decidedOn < session.OpensOn || decidedOn > session.LastDay || decidedOn > today ? SessionRefusal.DecidedOutsideSession
        : votesFor < 0 || against < 0 || abstentions < 0 ? SessionRefusal.NegativeVotes
        : outcome is DecisionOutcome.Adopted or DecisionOutcome.Rejected && (votesFor is null || against is null) ? SessionRefusal.VotesNeeded
        : outcome == DecisionOutcome.Adopted && votesFor <= against ? SessionRefusal.AdoptedNeedsMajority
        : outcome == DecisionOutcome.Rejected && votesFor > against ? SessionRefusal.RejectedHasMajority
        : outcome == DecisionOutcome.Adopted && !hasText ? SessionRefusal.DecisionNeedsText
        : null;

    public static SessionRefusal? CheckPublication(AgendaItem item) =>
        item.PublishedUtc is not null ? SessionRefusal.AlreadyPublished
        : item.Outcome is null || item.DecidedOn is null ? SessionRefusal.NoDecision
        : null;
}
