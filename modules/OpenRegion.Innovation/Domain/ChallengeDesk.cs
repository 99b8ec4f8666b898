using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.AdvisoryBodies.Domain;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Innovation;

namespace OpenRegion.Innovation.Domain;

/// <summary>Why a challenge is refused; nothing is recorded.</summary>
public enum ChallengeRefusal
{
    TitleNeeded,
    ProblemNeeded,
    Calendar,
    Criteria,
    SeatsOutOfRange,
    CriterionNameNeeded,
    TooManyCriteria,
    AlreadyPublished,
    NotPublished,
    EqualityOpinionNeeded,
    AlreadyReferred,
    NoEqualityBody,
    DueTooSoon,
    Changed,
}

/// <summary>A challenge with its criteria, and where it stands today.</summary>
public sealed record ChallengeView(Challenge Challenge, IReadOnlyList<ChallengeCriterion> Criteria, ChallengePhase Phase);

/// <summary>Creates, publishes and reads the tenant's challenges on the Core rules (<see cref="ChallengeCalendar"/>, <see cref="JuryScoring"/>).</summary>
public sealed class ChallengeDesk(ICmsDbContext db, TimeProvider clock, IAuditLog audit)
{
    /// <summary>The least time the equality body is given to answer on a contest's criteria.</summary>
    public const int MinReferralDays = 7;

    public DateOnly Today => LocalTime.Date(clock.GetUtcNow());

    public static string PublicUrl(long id) => "/innovation/" + id.ToString(CultureInfo.InvariantCulture);

    public static string AdminUrl(long id) => "/admin/innovation/" + id.ToString(CultureInfo.InvariantCulture);

    public static (ChallengeRefusal Refusal, CalendarProblem? Calendar, ScoringProblem? Scoring)? Check(Challenge challenge, IReadOnlyList<ChallengeCriterion> criteria) =>
        challenge.TitleAr.Length == 0 && challenge.TitleFr.Length == 0 ? (ChallengeRefusal.TitleNeeded, null, null)
        : challenge.ProblemAr.Length == 0 && challenge.ProblemFr.Length == 0 ? (ChallengeRefusal.ProblemNeeded, null, null)
        : challenge.Calendar.Check() is { } calendar ? (ChallengeRefusal.Calendar, calendar, null)
        : criteria.Count > Challenge.MaxCriteria ? (ChallengeRefusal.TooManyCriteria, null, null)
        : criteria.Any(c => c.NameAr.Length == 0 && c.NameFr.Length == 0) ? (ChallengeRefusal.CriterionNameNeeded, null, null)
        : JuryScoring.CheckCriteria([.. criteria.Select(c => new JuryCriterion(c.Position, c.Weight))]) is { } scoring ? (ChallengeRefusal.Criteria, null, scoring)
        : challenge.Seats is < 1 or > Challenge.MaxSeats ? (ChallengeRefusal.SeatsOutOfRange, null, null)
        : null;

    public async Task<(ChallengeRefusal Refusal, CalendarProblem? Calendar, ScoringProblem? Scoring)?> CreateAsync(Challenge challenge, IReadOnlyList<ChallengeCriterion> criteria, string by, CancellationToken cancellationToken)
    {
        if (Check(challenge, criteria) is { } refusal)
        {
            return refusal;
        }

        challenge.CreatedUtc = clock.GetUtcNow();
        challenge.CreatedBy = by;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<Challenge>().Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        var position = 0;
        foreach (var criterion in criteria)
        {
            criterion.ChallengeId = challenge.Id;
            criterion.Position = ++position;
            db.Set<ChallengeCriterion>().Add(criterion);
        }

        audit.Record("challenge.created", Target(challenge), new { challenge.Kind, criteria = criteria.Count, challenge.Seats });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<ChallengeRefusal?> PublishAsync(Challenge challenge, bool publish, CancellationToken cancellationToken)
    {
        if (publish == challenge.PublishedUtc is not null)
        {
            return publish ? ChallengeRefusal.AlreadyPublished : ChallengeRefusal.NotPublished;
        }

        if (publish && challenge.Kind == ChallengeKind.Contest && (await CriteriaOpinionAsync(challenge, cancellationToken))?.State is not (OpinionState.Submitted or OpinionState.Answered))
        {
            return ChallengeRefusal.EqualityOpinionNeeded;
        }

        challenge.PublishedUtc = publish ? clock.GetUtcNow() : null;
        challenge.Revision++;
        audit.Record(publish ? "challenge.published" : "challenge.unpublished", Target(challenge), null);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The equality body's file on the challenge's conditions and criteria, when they were referred to it.</summary>
    public async Task<Opinion?> CriteriaOpinionAsync(Challenge challenge, CancellationToken cancellationToken) =>
        challenge.CriteriaOpinionId is { } id ? await db.Set<Opinion>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) : null;

    /// <summary>
    /// Refers the draft's conditions and criteria to the tenant's equality body (the law's parity, equal-opportunity and
    /// gender-approach body) for its opinion by <paramref name="dueOn"/>: its members are told and draft the opinion in
    /// their own pages. Once per challenge.
    /// </summary>
    public async Task<ChallengeRefusal?> ReferCriteriaAsync(Challenge challenge, IReadOnlyList<ChallengeCriterion> criteria, DateOnly dueOn, string by, CancellationToken cancellationToken)
    {
        var body = await db.Set<AdvisoryBody>().AsNoTracking().FirstOrDefaultAsync(b => b.Kind == AdvisoryBodyKind.Equality, cancellationToken);
        var problem = challenge.PublishedUtc is not null ? ChallengeRefusal.AlreadyPublished
            : challenge.CriteriaOpinionId is not null ? ChallengeRefusal.AlreadyReferred
            : body is null ? ChallengeRefusal.NoEqualityBody
            : dueOn < Today.AddDays(MinReferralDays) ? ChallengeRefusal.DueTooSoon
            : (ChallengeRefusal?)null;
        if (problem is not null)
        {
            return problem;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tracked = await db.Set<Challenge>().FirstAsync(c => c.Id == challenge.Id, cancellationToken);
        if (tracked.Revision != challenge.Revision)
        {
            return ChallengeRefusal.Changed;
        }

        string List(Func<ChallengeCriterion, string> name) => string.Join("\n", criteria.Select(c => $"– {name(c)} ({c.Weight.ToString(CultureInfo.InvariantCulture)})"));
        var file = new Drafting.NewFile(OpinionOrigin.Referral,
            "شروط ومعايير: " + challenge.Title("ar"), "Conditions et critères : " + challenge.Title("fr"),
            $"يحيل المجلس على الهيئة مشروع شروط «{challenge.Title("ar")}» ومعايير انتقائها قصد إبداء رأيها.\n\nمن يمكنه المشاركة: {challenge.Eligibility("ar")}\n\nالمعايير وأوزانها:\n{List(c => c.Name("ar"))}",
            $"Le conseil soumet à l'instance le projet de conditions de « {challenge.Title("fr")} » et ses critères de sélection, pour avis.\n\nQui peut participer : {challenge.Eligibility("fr")}\n\nLes critères et leurs poids :\n{List(c => c.Name("fr"))}",
            dueOn, []);
        var opinion = await Drafting.OpenAsync(db, body!, file, by, clock, cancellationToken);
        tracked.CriteriaOpinionId = opinion.Id;
        tracked.Revision++;
        audit.Record("challenge.criteria-referred", Target(challenge), new { opinion = opinion.Id, dueOn });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Replaces a draft's criteria (after the equality body's opinion, for instance), checked as at creation; <paramref name="revision"/> is the one the form was read at.</summary>
    public async Task<(ChallengeRefusal Refusal, CalendarProblem? Calendar, ScoringProblem? Scoring)?> ReplaceCriteriaAsync(Challenge challenge, IReadOnlyList<ChallengeCriterion> criteria, int revision, CancellationToken cancellationToken)
    {
        if (challenge.PublishedUtc is not null)
        {
            return (ChallengeRefusal.AlreadyPublished, null, null);
        }

        if (Check(challenge, criteria) is { } refusal)
        {
            return refusal;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tracked = await db.Set<Challenge>().FirstAsync(c => c.Id == challenge.Id, cancellationToken);
        if (tracked.Revision != revision)
        {
            return (ChallengeRefusal.Changed, null, null);
        }

        await db.Set<ChallengeCriterion>().Where(c => c.ChallengeId == challenge.Id).ExecuteDeleteAsync(cancellationToken);
        var position = 0;
        foreach (var criterion in criteria)
        {
            (criterion.ChallengeId, criterion.Position) = (challenge.Id, ++position);
            db.Set<ChallengeCriterion>().Add(criterion);
        }

        tracked.Revision++;
        audit.Record("challenge.criteria-changed", Target(challenge), new { criteria = criteria.Count });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>The challenges, published ones only unless <paramref name="drafts"/>, by the day their call opens (latest first).</summary>
    public async Task<IReadOnlyList<ChallengeView>> AllAsync(bool drafts, CancellationToken cancellationToken)
    {
        var query = db.Set<Challenge>().AsNoTracking();
        if (!drafts)
        {
            query = query.Where(c => c.PublishedUtc != null);
        }

        var challenges = await query.OrderByDescending(c => c.CallOpens).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        var ids = challenges.Select(c => c.Id).ToList();
        var criteria = (await db.Set<ChallengeCriterion>().AsNoTracking().Where(c => ids.Contains(c.ChallengeId)).OrderBy(c => c.Position).ToListAsync(cancellationToken)).ToLookup(c => c.ChallengeId);
        return [.. challenges.Select(c => new ChallengeView(c, [.. criteria[c.Id]], c.Calendar.PhaseOn(Today)))];
    }

    public async Task<ChallengeView?> FindAsync(long id, bool drafts, CancellationToken cancellationToken)
    {
        var challenge = await db.Set<Challenge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null || (challenge.PublishedUtc is null && !drafts))
        {
            return null;
        }

        var criteria = await db.Set<ChallengeCriterion>().AsNoTracking().Where(c => c.ChallengeId == id).OrderBy(c => c.Position).ToListAsync(cancellationToken);
        return new ChallengeView(challenge, criteria, challenge.Calendar.PhaseOn(Today));
    }

    private static string Target(Challenge challenge) => "Challenge:" + challenge.Id.ToString(CultureInfo.InvariantCulture);
}
