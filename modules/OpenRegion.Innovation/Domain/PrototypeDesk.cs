using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Innovation;

namespace OpenRegion.Innovation.Domain;

/// <summary>Why the council's adoption of a solution is refused; nothing is recorded.</summary>
public enum AdoptionProblem
{
    NotSelected,
    DayInFuture,
    DayBeforeSelection,
    ReferenceNeeded,
}

/// <summary>A selected solution on the showcase: its challenge, its team, its prototype's reports (latest first).</summary>
public sealed record ShowcaseEntry(Challenge Challenge, SolutionView Solution, IReadOnlyList<PrototypeReport> Reports)
{
    public PrototypeReport? Latest => Reports.Count > 0 ? Reports[0] : null;
}

/// <summary>
/// A challenge's figures for its evaluation: people who took part (team members, and those who attended its events, each
/// counted once), solutions submitted and selected, prototypes tested, solutions the council adopted.
/// </summary>
public sealed record LabIndicators(int Participants, int Solutions, int Selected, int PrototypesTested, int Adopted);

/// <summary>
/// After the selection: selected teams report their prototype's milestones during prototyping and evaluation; staff record
/// the council's adoption of a solution; the public follows them on the showcase, with each challenge's indicators.
/// </summary>
public sealed class PrototypeDesk(ICmsDbContext db, TimeProvider clock, IAuditLog audit, SolutionDesk solutions)
{
    public const string ShowcaseUrl = "/innovation/showcase";

    public static string Url(long challengeId) => ChallengeDesk.PublicUrl(challengeId) + "/prototype";

    public async Task<IReadOnlyList<PrototypeReport>> ReportsAsync(long solutionId, CancellationToken cancellationToken) =>
        [.. (await ReportsAsync([solutionId], cancellationToken))[solutionId]];

    /// <summary>The reports of several solutions in one query, latest first for each.</summary>
    public async Task<ILookup<long, PrototypeReport>> ReportsAsync(IReadOnlyCollection<long> solutionIds, CancellationToken cancellationToken) =>
        (await db.Set<PrototypeReport>().AsNoTracking().Where(r => solutionIds.Contains(r.SolutionId)).OrderByDescending(r => r.ReportedUtc).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken)).ToLookup(r => r.SolutionId);

    /// <summary>A milestone of the team's prototype, by the account that submitted the solution; checked by <see cref="PrototypeReport.Check"/>.</summary>
    public async Task<ReportProblem?> ReportAsync(Challenge challenge, Solution solution, PrototypeStage stage, int progress, string textAr, string textFr, string by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (PrototypeReport.Check(challenge, solution, stage, progress, textAr, textFr, now) is { } problem)
        {
            return problem;
        }

        db.Set<PrototypeReport>().Add(new PrototypeReport
        {
            ChallengeId = challenge.Id, SolutionId = solution.Id, Stage = stage, Progress = progress, TextAr = textAr, TextFr = textFr, ReportedUtc = now, ReportedBy = by,
        });
        audit.Record("prototype.reported", "Solution:" + solution.Id.ToString(CultureInfo.InvariantCulture), new { stage, progress });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Records that the council adopted a selected solution on <paramref name="day"/> by the act <paramref name="reference"/> (or corrects it).</summary>
    public async Task<AdoptionProblem?> AdoptAsync(Challenge challenge, long solutionId, DateOnly day, string reference, CancellationToken cancellationToken)
    {
        var solution = await db.Set<Solution>().FirstOrDefaultAsync(s => s.Id == solutionId && s.ChallengeId == challenge.Id, cancellationToken);
        var problem = solution is null || !solution.Selected || challenge.SelectionPublishedUtc is not { } published ? AdoptionProblem.NotSelected
            : day > LocalTime.Date(clock.GetUtcNow()) ? AdoptionProblem.DayInFuture
            : day < LocalTime.Date(published) ? AdoptionProblem.DayBeforeSelection
            : reference.Length == 0 ? AdoptionProblem.ReferenceNeeded
            : (AdoptionProblem?)null;
        if (problem is not null)
        {
            return problem;
        }

        (solution!.AdoptedOn, solution.AdoptionReference) = (day, reference);
        audit.Record("solution.adopted", "Solution:" + solutionId.ToString(CultureInfo.InvariantCulture), new { day, reference });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The selected solutions of every challenge whose selection is published, latest challenges first, with each challenge's indicators.</summary>
    public async Task<(IReadOnlyList<ShowcaseEntry> Entries, IReadOnlyDictionary<long, LabIndicators> Indicators)> ShowcaseAsync(CancellationToken cancellationToken)
    {
        var challenges = await db.Set<Challenge>().AsNoTracking().Where(c => c.PublishedUtc != null && c.SelectionPublishedUtc != null)
            .OrderByDescending(c => c.SelectionPublishedUtc).ToListAsync(cancellationToken);
        var entries = new List<ShowcaseEntry>();
        var indicators = new Dictionary<long, LabIndicators>();
        foreach (var challenge in challenges)
        {
            var views = await solutions.OfAsync(challenge.Id, cancellationToken);
            var selected = views.Where(s => s.Solution.Selected).ToList();
            var reports = await ReportsAsync([.. selected.Select(s => s.Solution.Id)], cancellationToken);
            entries.AddRange(selected.Select(view => new ShowcaseEntry(challenge, view, [.. reports[view.Solution.Id]])));
            indicators[challenge.Id] = await IndicatorsAsync(challenge.Id, views, cancellationToken);
        }

        return (entries, indicators);
    }

    public async Task<LabIndicators> IndicatorsAsync(long challengeId, CancellationToken cancellationToken) =>
        await IndicatorsAsync(challengeId, await solutions.OfAsync(challengeId, cancellationToken), cancellationToken);

    /// <summary>The indicators of a challenge whose solutions the caller has already read.</summary>
    public async Task<LabIndicators> IndicatorsAsync(long challengeId, IReadOnlyList<SolutionView> views, CancellationToken cancellationToken)
    {
        var people = views.SelectMany(v => v.Members.Select(m => m.Email is { Length: > 0 } email ? "@" + email.ToLowerInvariant() : TextFold.Fold(m.Name))).ToHashSet();
        var eventIds = await db.Set<LabEvent>().AsNoTracking().Where(e => e.ChallengeId == challengeId).Select(e => e.Id).ToListAsync(cancellationToken);
        var attendees = await db.Set<LabEventRegistration>().AsNoTracking().Where(r => eventIds.Contains(r.EventId) && r.Attended).Select(r => r.Email).ToListAsync(cancellationToken);
        people.UnionWith(attendees.Select(email => "@" + email.ToLowerInvariant()));
        var ids = views.Select(v => v.Solution.Id).ToList();
        var tested = await db.Set<PrototypeReport>().AsNoTracking().Where(r => ids.Contains(r.SolutionId) && r.Stage == PrototypeStage.Tested).Select(r => r.SolutionId).Distinct().CountAsync(cancellationToken);
        return new LabIndicators(people.Count, views.Count, views.Count(v => v.Solution.Selected), tested, views.Count(v => v.Solution.AdoptedOn is not null));
    }
}
