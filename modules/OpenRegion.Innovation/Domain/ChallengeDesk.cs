using System.Globalization;
using Microsoft.EntityFrameworkCore;
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
}

/// <summary>A challenge with its criteria, and where it stands today.</summary>
public sealed record ChallengeView(Challenge Challenge, IReadOnlyList<ChallengeCriterion> Criteria, ChallengePhase Phase);

/// <summary>Creates, publishes and reads the tenant's challenges on the Core rules (<see cref="ChallengeCalendar"/>, <see cref="JuryScoring"/>).</summary>
public sealed class ChallengeDesk(ICmsDbContext db, TimeProvider clock, IAuditLog audit)
{
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

        challenge.PublishedUtc = publish ? clock.GetUtcNow() : null;
        challenge.Revision++;
        audit.Record(publish ? "challenge.published" : "challenge.unpublished", Target(challenge), null);
        await db.SaveChangesAsync(cancellationToken);
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
