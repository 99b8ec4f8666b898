using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Media;

namespace OpenRegion.Innovation.Domain;

/// <summary>Why a solution is refused; nothing is stored.</summary>
public enum SolutionRefusal
{
    CallNotOpen,
    TitleNeeded,
    DescriptionNeeded,
    TeamNameNeeded,
    Team,
    NegativeBudget,
    Changed,
    TooManyFiles,
    FilesTooLarge,
}

/// <summary>A solution with its team, in order, and its files.</summary>
public sealed record SolutionView(Solution Solution, IReadOnlyList<SolutionMember> Members, IReadOnlyList<SolutionAttachment> Files);

/// <summary>
/// Teams submit a solution to a challenge while its call is open, and edit it until the call closes (the last second
/// of its last day, Moroccan time): one solution per account and challenge, its team checked by <see cref="TeamRules"/>.
/// </summary>
public sealed class SolutionDesk(ICmsDbContext db, TimeProvider clock, IAuditLog audit, MediaStore store)
{
    public static string Url(long challengeId) => ChallengeDesk.PublicUrl(challengeId) + "/solution";

    public Task<SolutionView?> MineAsync(long challengeId, string userId, CancellationToken cancellationToken) =>
        FindAsync(db.Set<Solution>().AsNoTracking().Where(s => s.ChallengeId == challengeId && s.OwnerUserId == userId), cancellationToken);

    public async Task<IReadOnlyList<SolutionView>> OfAsync(long challengeId, CancellationToken cancellationToken)
    {
        var solutions = await db.Set<Solution>().AsNoTracking().Where(s => s.ChallengeId == challengeId).OrderBy(s => s.SubmittedUtc).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var ids = solutions.Select(s => s.Id).ToList();
        var members = (await db.Set<SolutionMember>().AsNoTracking().Where(m => ids.Contains(m.SolutionId)).OrderBy(m => m.Position).ToListAsync(cancellationToken)).ToLookup(m => m.SolutionId);
        var files = (await db.Set<SolutionAttachment>().AsNoTracking().Where(f => ids.Contains(f.SolutionId)).OrderBy(f => f.Id).ToListAsync(cancellationToken)).ToLookup(f => f.SolutionId);
        return [.. solutions.Select(s => new SolutionView(s, [.. members[s.Id]], [.. files[s.Id]]))];
    }

    public static (SolutionRefusal Refusal, TeamProblem? Team, int Member)? Check(Challenge challenge, Solution solution, IReadOnlyList<TeamMember> members, DateTimeOffset nowUtc) =>
        !challenge.Calendar.AcceptsSolutions(nowUtc) || challenge.PublishedUtc is null ? (SolutionRefusal.CallNotOpen, null, 0)
        : solution.TeamName.Length == 0 ? (SolutionRefusal.TeamNameNeeded, null, 0)
        : solution.TitleAr.Length == 0 && solution.TitleFr.Length == 0 ? (SolutionRefusal.TitleNeeded, null, 0)
        : solution.DescriptionAr.Length == 0 && solution.DescriptionFr.Length == 0 ? (SolutionRefusal.DescriptionNeeded, null, 0)
        : solution.Budget < 0 ? (SolutionRefusal.NegativeBudget, null, 0)
        : TeamRules.Check(members) is { } team ? (SolutionRefusal.Team, team.Problem, team.Member)
        : null;

    /// <summary>
    /// Submits the account's solution, or replaces its text and team when it has one (<paramref name="revision"/> must be
    /// the one the form was read at), adding the files <paramref name="sent"/> and removing those listed in
    /// <paramref name="remove"/>. The call is checked at the instant of saving; a refused save stores no file.
    /// </summary>
    public async Task<(SolutionRefusal Refusal, TeamProblem? Team, int Member)?> SaveAsync(Challenge challenge, string userId, Solution input, IReadOnlyList<TeamMember> members, int? revision,
        CancellationToken cancellationToken, IReadOnlyList<IncomingFile>? sent = null, IReadOnlyCollection<long>? remove = null)
    {
        var now = clock.GetUtcNow();
        if (Check(challenge, input, members, now) is { } refusal)
        {
            return refusal;
        }

        sent ??= [];
        remove ??= [];
        var saved = new List<string>();
        try
        {
            var result = await SaveAsync(challenge, userId, input, members, revision, sent, remove, now, saved, cancellationToken);
            if (result is null)
            {
                saved.Clear();
            }

            return result;
        }
        finally
        {
            foreach (var path in saved)
            {
                store.Delete(db.TenantId!, path); // files of a save that did not happen
            }
        }
    }

    private async Task<(SolutionRefusal Refusal, TeamProblem? Team, int Member)?> SaveAsync(Challenge challenge, string userId, Solution input, IReadOnlyList<TeamMember> members, int? revision,
        IReadOnlyList<IncomingFile> sent, IReadOnlyCollection<long> remove, DateTimeOffset now, List<string> saved, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var solution = await db.Set<Solution>().FirstOrDefaultAsync(s => s.ChallengeId == challenge.Id && s.OwnerUserId == userId, cancellationToken);
        if (solution is null ? revision is not null : solution.Revision != revision)
        {
            return (SolutionRefusal.Changed, null, 0);
        }

        var files = solution is null ? [] : await db.Set<SolutionAttachment>().Where(f => f.SolutionId == solution.Id).ToListAsync(cancellationToken);
        var dropped = files.Where(f => remove.Contains(f.Id)).ToList();
        if (SolutionFiles.CheckLimits([.. files.Except(dropped)], sent) is { } tooMuch)
        {
            return (tooMuch, null, 0);
        }

        if (solution is null)
        {
            solution = new Solution { ChallengeId = challenge.Id, OwnerUserId = userId, SubmittedUtc = now };
            db.Set<Solution>().Add(solution);
        }
        else
        {
            solution.Revision++;
            await db.Set<SolutionMember>().Where(m => m.SolutionId == solution.Id).ExecuteDeleteAsync(cancellationToken);
        }

        (solution.TeamName, solution.TitleAr, solution.TitleFr, solution.DescriptionAr, solution.DescriptionFr, solution.Budget) =
            (input.TeamName, input.TitleAr, input.TitleFr, input.DescriptionAr, input.DescriptionFr, input.Budget);
        solution.UpdatedUtc = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same account submitting twice at once: the unique index keeps one; the other is told to look again.
            return (SolutionRefusal.Changed, null, 0);
        }

        var position = 0;
        foreach (var member in members)
        {
            db.Set<SolutionMember>().Add(new SolutionMember
            {
                SolutionId = solution.Id, TenantId = solution.TenantId, Position = ++position, Name = member.Name.Trim(), Role = member.Role.Trim(),
                Email = string.IsNullOrWhiteSpace(member.Email) ? null : member.Email.Trim(),
            });
        }

        db.Set<SolutionAttachment>().RemoveRange(dropped);
        await SolutionFiles.AddAsync(db, store, db.TenantId!, solution, sent, now, saved, cancellationToken);
        audit.Record(solution.Revision == 0 ? "solution.submitted" : "solution.edited", "Solution:" + solution.Id.ToString(CultureInfo.InvariantCulture),
            new { challenge = challenge.Id, members = members.Count, filesAdded = sent.Count, filesRemoved = dropped.Count });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var file in dropped)
        {
            store.Delete(db.TenantId!, file.StoredPath);
        }

        return null;
    }

    private async Task<SolutionView?> FindAsync(IQueryable<Solution> query, CancellationToken cancellationToken)
    {
        var solution = await query.FirstOrDefaultAsync(cancellationToken);
        if (solution is null)
        {
            return null;
        }

        var members = await db.Set<SolutionMember>().AsNoTracking().Where(m => m.SolutionId == solution.Id).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        var files = await db.Set<SolutionAttachment>().AsNoTracking().Where(f => f.SolutionId == solution.Id).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        return new SolutionView(solution, members, files);
    }
}
