using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Notifications;

namespace OpenRegion.Innovation.Domain;

/// <summary>Why the jury's secretariat or a juror is refused; nothing is recorded.</summary>
public enum JuryRefusal
{
    NoAccount,
    AlreadyJuror,
    HasSheets,
    NotJuror,
    NotScoringTime,
    SelectionPublished,
    UnknownSolution,
    Conflicted,
    Sheet,
    Final,
    Changed,
    AlreadyDeclared,
    ReasonNeeded,
    TooEarly,
    Selection,
}

/// <summary>A refusal with, when it comes from a Core rule, that rule's own reason.</summary>
public sealed record JuryProblem(JuryRefusal Refusal, ScoringProblem? Scoring = null, SelectionProblem? Selection = null);

/// <summary>What the deliberation records for one solution.</summary>
public sealed record SelectionDecision(long SolutionId, bool Selected, string ReasonAr, string ReasonFr);

/// <summary>
/// A challenge's jury as it stands: its members, their sheets and declared conflicts, the solutions, and what follows by
/// the Core rules (<see cref="JuryScoring"/>): who may score what, who may already see the others, the ranking and the
/// selection it suggests. A juror who submitted a solution, or whose e-mail is in its team, is conflicted without
/// declaring it.
/// </summary>
public sealed class JuryState
{
    private readonly Dictionary<(string UserId, long SolutionId), JurySheet> sheets;
    private readonly ILookup<long, JuryScore> scores;

    public JuryState(Challenge challenge, IReadOnlyList<ChallengeCriterion> criteria, IReadOnlyList<SolutionView> solutions, IReadOnlyList<JuryMember> members,
        IReadOnlyList<JurySheet> sheets, IReadOnlyList<JuryScore> scores, IReadOnlyList<JuryConflict> declared)
    {
        (Challenge, Criteria, Solutions, Members, Declared) = (challenge, criteria, solutions, members, declared);
        this.sheets = sheets.ToDictionary(s => (s.UserId, s.SolutionId));
        this.scores = scores.ToLookup(s => s.SheetId);
        JuryCriteria = [.. criteria.Select(c => new JuryCriterion(c.Id, c.Weight))];
        Conflicts = declared.Select(c => (c.UserId, c.SolutionId))
            .Concat(members.SelectMany(m => solutions.Where(s => OwnTeam(m, s)).Select(s => (m.UserId, s.Solution.Id)))).ToHashSet();
        ScoreSheets = [.. sheets.Select(s => new ScoreSheet(s.UserId, s.SolutionId, this.scores[s.Id].ToDictionary(x => x.CriterionId, x => x.Score)))];
        Ranking = JuryScoring.Rank(JuryCriteria, [.. solutions.Select(s => s.Solution.Id)], ScoreSheets, Conflicts);
        Suggested = JuryScoring.Select(Ranking, challenge.Seats);
    }

    public Challenge Challenge { get; }

    public IReadOnlyList<ChallengeCriterion> Criteria { get; }

    public IReadOnlyList<JuryCriterion> JuryCriteria { get; }

    public IReadOnlyList<SolutionView> Solutions { get; }

    public IReadOnlyList<JuryMember> Members { get; }

    public IReadOnlyList<JuryConflict> Declared { get; }

    public IReadOnlySet<(string UserId, long SolutionId)> Conflicts { get; }

    public IReadOnlyList<ScoreSheet> ScoreSheets { get; }

    public IReadOnlyList<RankedSolution> Ranking { get; }

    public Selection Suggested { get; }

    public bool Published => Challenge.SelectionPublishedUtc is not null;

    public JuryMember? Member(string userId) => Members.FirstOrDefault(m => m.UserId == userId);

    public SolutionView? Solution(long id) => Solutions.FirstOrDefault(s => s.Solution.Id == id);

    public static bool OwnTeam(JuryMember member, SolutionView solution) =>
        solution.Solution.OwnerUserId == member.UserId
        || (member.Email.Length > 0 && solution.Members.Any(m => string.Equals(m.Email, member.Email, StringComparison.OrdinalIgnoreCase)));

    public bool IsConflicted(string userId, long solutionId) => Conflicts.Contains((userId, solutionId));

    public JurySheet? Sheet(string userId, long solutionId) => sheets.GetValueOrDefault((userId, solutionId));

    public IReadOnlyDictionary<long, int> ScoresOf(JurySheet sheet) => scores[sheet.Id].ToDictionary(s => s.CriterionId, s => s.Score);

    public decimal Total(JurySheet sheet) => JuryScoring.Total(JuryCriteria, new ScoreSheet(sheet.UserId, sheet.SolutionId, ScoresOf(sheet)));

    /// <summary>How many solutions the juror has to score (those they are not conflicted with) and how many they have.</summary>
    public (int Done, int Due) Progress(string userId)
    {
        var due = Solutions.Where(s => !IsConflicted(userId, s.Solution.Id)).ToList();
        return (due.Count(s => sheets.ContainsKey((userId, s.Solution.Id))), due.Count);
    }

    /// <summary>Whether the juror has scored every solution they may, and so sees the others' scores (and their own sheets are final).</summary>
    public bool MaySeeOthers(string userId) =>
        Solutions.Count > 0 && JuryScoring.MaySeeOthers(userId, Solutions.Select(s => s.Solution.Id), ScoreSheets, Conflicts);

    public RankedSolution? Standing(long solutionId) => Ranking.FirstOrDefault(r => r.SolutionId == solutionId);
}

/// <summary>
/// The jury of a challenge: staff appoint its members; each member declares their conflicts of interest and scores every
/// other solution on every criterion during the selection phase, without seeing the others until they have finished;
/// staff record the deliberation and publish the selection with its reasons.
/// </summary>
public sealed class JuryDesk(ICmsDbContext db, TimeProvider clock, IAuditLog audit, SolutionDesk solutionDesk)
{
    public static string Url(long challengeId) => ChallengeDesk.PublicUrl(challengeId) + "/jury";

    public static string SheetUrl(long challengeId, long solutionId) => Url(challengeId) + "/" + solutionId.ToString(CultureInfo.InvariantCulture);

    public static string AdminUrl(long challengeId) => ChallengeDesk.AdminUrl(challengeId) + "/jury";

    public async Task<JuryState?> LoadAsync(long challengeId, CancellationToken cancellationToken)
    {
        var challenge = await db.Set<Challenge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null)
        {
            return null;
        }

        var criteria = await db.Set<ChallengeCriterion>().AsNoTracking().Where(c => c.ChallengeId == challengeId).OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var solutions = await solutionDesk.OfAsync(challengeId, cancellationToken);
        var members = await db.Set<JuryMember>().AsNoTracking().Where(m => m.ChallengeId == challengeId).OrderBy(m => m.AppointedUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var sheets = await db.Set<JurySheet>().AsNoTracking().Where(s => s.ChallengeId == challengeId).ToListAsync(cancellationToken);
        var sheetIds = sheets.Select(s => s.Id).ToList();
        var scores = await db.Set<JuryScore>().AsNoTracking().Where(s => sheetIds.Contains(s.SheetId)).ToListAsync(cancellationToken);
        var declared = await db.Set<JuryConflict>().AsNoTracking().Where(c => c.ChallengeId == challengeId).OrderBy(c => c.DeclaredUtc).ToListAsync(cancellationToken);
        return new JuryState(challenge, criteria, solutions, members, sheets, scores, declared);
    }

    /// <summary>The jury of a published challenge as one of its members sees it; null when the account does not sit on it.</summary>
    public async Task<JuryState?> SeatAsync(long challengeId, string userId, CancellationToken cancellationToken) =>
        await LoadAsync(challengeId, cancellationToken) is { } jury && jury.Challenge.PublishedUtc is not null && jury.Member(userId) is not null ? jury : null;

    /// <summary>The challenges whose jury the account sits on, for its own pages.</summary>
    public async Task<IReadOnlyList<long>> SeatsOfAsync(string userId, CancellationToken cancellationToken) =>
        await db.Set<JuryMember>().AsNoTracking().Where(m => m.UserId == userId).Select(m => m.ChallengeId).ToListAsync(cancellationToken);

    public async Task<JuryProblem?> AppointAsync(JuryState jury, CmsUser? user, string organisation, string by, CancellationToken cancellationToken)
    {
        if (jury.Published)
        {
            return new(JuryRefusal.SelectionPublished);
        }

        if (user is null)
        {
            return new(JuryRefusal.NoAccount);
        }

        if (jury.Member(user.Id) is not null)
        {
            return new(JuryRefusal.AlreadyJuror);
        }

        var member = new JuryMember
        {
            ChallengeId = jury.Challenge.Id, UserId = user.Id, DisplayName = user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.UserName ?? "?",
            Email = user.Email ?? "", Organisation = organisation, AppointedUtc = clock.GetUtcNow(), AppointedBy = by,
        };
        db.Set<JuryMember>().Add(member);
        audit.Record("jury.appointed", Target(jury.Challenge.Id), new { member = user.Id });
        var values = InnovationNotifications.Values(jury.Challenge);
        var days = jury.Challenge.Calendar.Span(ChallengePhase.Selection);
        (values["from"], values["to"]) = (days?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), days?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Notify.User(db, user.Id, InnovationNotifications.Appointed, values, null, Url(jury.Challenge.Id), clock);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Removes a member appointed by mistake; one who has scored stays, so that the ranking keeps its sheets.</summary>
    public async Task<JuryProblem?> RemoveAsync(JuryState jury, long memberId, CancellationToken cancellationToken)
    {
        if (jury.Members.FirstOrDefault(m => m.Id == memberId) is not { } member)
        {
            return new(JuryRefusal.NotJuror);
        }

        if (jury.Published)
        {
            return new(JuryRefusal.SelectionPublished);
        }

        if (jury.ScoreSheets.Any(s => s.Juror == member.UserId))
        {
            return new(JuryRefusal.HasSheets);
        }

        var removed = await db.Set<JuryMember>().Where(m => m.Id == memberId).ExecuteDeleteAsync(cancellationToken);
        audit.Record("jury.removed", Target(jury.Challenge.Id), new { member = member.UserId });
        await db.SaveChangesAsync(cancellationToken);
        return removed == 1 ? null : new(JuryRefusal.Changed);
    }

    /// <summary>
    /// A juror declares a conflict of interest with a solution (a relative or colleague in the team, a stake in it): they
    /// will not score it, and a sheet they had sent for it is withdrawn. A declaration cannot be taken back.
    /// </summary>
    public async Task<JuryProblem?> DeclareAsync(JuryState jury, string userId, long solutionId, string reason, CancellationToken cancellationToken)
    {
        var problem = jury.Member(userId) is null ? JuryRefusal.NotJuror
            : jury.Published ? JuryRefusal.SelectionPublished
            : jury.Solution(solutionId) is null ? JuryRefusal.UnknownSolution
            : jury.IsConflicted(userId, solutionId) ? JuryRefusal.AlreadyDeclared
            : reason.Length == 0 ? JuryRefusal.ReasonNeeded
            : (JuryRefusal?)null;
        if (problem is { } refusal)
        {
            return new(refusal);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<JurySheet>().Where(s => s.SolutionId == solutionId && s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        db.Set<JuryConflict>().Add(new JuryConflict { ChallengeId = jury.Challenge.Id, SolutionId = solutionId, UserId = userId, Reason = reason, DeclaredUtc = clock.GetUtcNow() });
        audit.Record("jury.conflict-declared", Target(jury.Challenge.Id), new { solution = solutionId, juror = userId });
        if (await SaveAsync(cancellationToken) is { } changed)
        {
            return changed;
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Records a juror's sheet for a solution during the selection phase: every criterion scored 0–10. The juror may
    /// correct their sheets until they have scored every solution they may; from then on they see the others' scores and
    /// their own are final. <paramref name="revision"/> is the sheet's revision the form was read at (null for a first sheet).
    /// </summary>
    public async Task<JuryProblem?> ScoreAsync(JuryState jury, string userId, long solutionId, IReadOnlyDictionary<long, int> scores, string comment, int? revision, CancellationToken cancellationToken)
    {
        var existing = jury.Sheet(userId, solutionId);
        var problem = jury.Member(userId) is null ? new JuryProblem(JuryRefusal.NotJuror)
            : jury.Published ? new(JuryRefusal.SelectionPublished)
            : jury.Solution(solutionId) is null ? new(JuryRefusal.UnknownSolution)
            : !jury.Challenge.Calendar.JuryScores(clock.GetUtcNow()) ? new(JuryRefusal.NotScoringTime)
            : jury.IsConflicted(userId, solutionId) ? new(JuryRefusal.Conflicted)
            : jury.MaySeeOthers(userId) ? new(JuryRefusal.Final)
            : JuryScoring.CheckSheet(jury.JuryCriteria, new ScoreSheet(userId, solutionId, scores), conflicted: false) is { } sheetProblem ? new(JuryRefusal.Sheet, sheetProblem)
            : existing?.Revision != revision ? new(JuryRefusal.Changed)
            : null;
        if (problem is not null)
        {
            return problem;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        JurySheet sheet;
        if (existing is null)
        {
            sheet = new JurySheet { ChallengeId = jury.Challenge.Id, SolutionId = solutionId, UserId = userId };
            db.Set<JurySheet>().Add(sheet);
        }
        else
        {
            sheet = (await db.Set<JurySheet>().FirstOrDefaultAsync(s => s.Id == existing.Id, cancellationToken))!;
            if (sheet is null || sheet.Revision != revision)
            {
                return new(JuryRefusal.Changed);
            }

            sheet.Revision++;
            await db.Set<JuryScore>().Where(s => s.SheetId == sheet.Id).ExecuteDeleteAsync(cancellationToken);
        }

        (sheet.Comment, sheet.SubmittedUtc) = (comment, clock.GetUtcNow());
        if (await SaveAsync(cancellationToken) is { } changed)
        {
            return changed;
        }

        foreach (var (criterion, score) in scores)
        {
            db.Set<JuryScore>().Add(new JuryScore { SheetId = sheet.Id, TenantId = sheet.TenantId, CriterionId = criterion, Score = score });
        }

        audit.Record(existing is null ? "jury.scored" : "jury.rescored", Target(jury.Challenge.Id), new { solution = solutionId, juror = userId });
        if (await SaveAsync(cancellationToken) is { } clash)
        {
            return clash;
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Records the deliberation (its notes; which solutions are selected and why) once the call has closed, and with
    /// <paramref name="publish"/> publishes the selection, checked by <see cref="JuryScoring.CheckSelection"/>; a
    /// published selection is final. <paramref name="revision"/> is the challenge's revision the form was read at.
    /// </summary>
    public async Task<JuryProblem?> DeliberateAsync(JuryState jury, string notes, IReadOnlyList<SelectionDecision> decisions, bool publish, int revision, CancellationToken cancellationToken)
    {
        var phase = jury.Challenge.Calendar.PhaseOn(Cms.Core.Content.LocalTime.Date(clock.GetUtcNow()));
        var selected = decisions.Where(d => d.Selected).Select(d => d.SolutionId).ToHashSet();
        var problem = jury.Published ? new JuryProblem(JuryRefusal.SelectionPublished)
            : phase < ChallengePhase.Selection ? new(JuryRefusal.TooEarly)
            : decisions.Any(d => jury.Solution(d.SolutionId) is null) ? new(JuryRefusal.UnknownSolution)
            : jury.Challenge.Revision != revision ? new(JuryRefusal.Changed)
            : publish && JuryScoring.CheckSelection(jury.Ranking, selected, jury.Challenge.Seats,
                id => decisions.Any(d => d.SolutionId == id && (d.ReasonAr.Length > 0 || d.ReasonFr.Length > 0)), notes.Length > 0) is { } selection
                ? new(JuryRefusal.Selection, Selection: selection)
            : null;
        if (problem is not null)
        {
            return problem;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var challenge = await db.Set<Challenge>().FirstAsync(c => c.Id == jury.Challenge.Id, cancellationToken);
        if (challenge.Revision != revision)
        {
            return new(JuryRefusal.Changed);
        }

        challenge.DeliberationNotes = notes;
        challenge.Revision++;
        var ids = decisions.Select(d => d.SolutionId).ToList();
        foreach (var solution in await db.Set<Solution>().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken))
        {
            var decision = decisions.Last(d => d.SolutionId == solution.Id);
            (solution.Selected, solution.SelectionReasonAr, solution.SelectionReasonFr) = (decision.Selected, decision.ReasonAr, decision.ReasonFr);
        }

        if (publish)
        {
            challenge.SelectionPublishedUtc = clock.GetUtcNow();
            foreach (var view in jury.Solutions)
            {
                var decision = decisions.LastOrDefault(d => d.SolutionId == view.Solution.Id);
                var values = InnovationNotifications.Values(challenge);
                values["reason"] = new Dictionary<string, object?> { ["ar"] = decision?.ReasonAr.Length > 0 ? decision.ReasonAr : decision?.ReasonFr, ["fr"] = decision?.ReasonFr.Length > 0 ? decision.ReasonFr : decision?.ReasonAr };
                Notify.User(db, view.Solution.OwnerUserId, decision?.Selected == true ? InnovationNotifications.Selected : InnovationNotifications.NotSelected,
                    values, null, SolutionDesk.Url(challenge.Id), clock);
            }
        }

        audit.Record(publish ? "jury.selection-published" : "jury.deliberation-saved", Target(jury.Challenge.Id), new { selected = selected.Count });
        if (await SaveAsync(cancellationToken) is { } changed)
        {
            return changed;
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private async Task<JuryProblem?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // Two windows acting at once: the unique indexes and revisions keep one; the other is told to look again.
            db.ChangeTracker.Clear();
            return new(JuryRefusal.Changed);
        }
    }

    private static string Target(long challengeId) => "Challenge:" + challengeId.ToString(CultureInfo.InvariantCulture);
}
