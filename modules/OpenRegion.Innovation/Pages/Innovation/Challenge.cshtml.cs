using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Innovation;

/// <summary>One challenge: the problem, its context, who may take part, what is offered, the calendar with today's phase, and the jury's criteria with their weights.</summary>
[AllowAnonymous]
public sealed class ChallengeModel(ChallengeDesk desk, JuryDesk juries, PrototypeDesk prototypes, EventDesk events, Cms.Core.Data.ICmsDbContext db) : InnovationPageModel
{
    public ChallengeView View { get; private set; } = null!;

    /// <summary>How many solutions teams have submitted so far.</summary>
    public int Submitted { get; private set; }

    /// <summary>Once the jury's selection is published: the jury as it stands (selected solutions, their standing, the members' number).</summary>
    public JuryState? Jury { get; private set; }

    /// <summary>Whether the signed-in account sits on this challenge's jury (its page is linked).</summary>
    public bool IsJuror { get; private set; }

    public IEnumerable<SolutionView> Selected => Jury is null ? [] :
        Jury.Ranking.Select(r => Jury.Solution(r.SolutionId)!).Where(s => s.Solution.Selected);

    /// <summary>The challenge's coming events.</summary>
    public IReadOnlyList<EventView> Events { get; private set; } = [];

    /// <summary>The challenge's figures, once the call has closed.</summary>
    public LabIndicators? Indicators { get; private set; }

    /// <summary>The latest milestone of each selected solution's prototype.</summary>
    public Dictionary<long, PrototypeReport> Latest { get; } = [];

    /// <summary>Whether the signed-in account's solution is among the selected (its prototype page is linked).</summary>
    public bool OwnsSelected => Selected.Any(s => s.Solution.OwnerUserId == UserId);

    public static IReadOnlyList<ChallengePhase> Steps { get; } =
        [ChallengePhase.ProblemIdentification, ChallengePhase.CallForSolutions, ChallengePhase.Selection, ChallengePhase.Prototyping, ChallengePhase.Evaluation];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(id, drafts: false, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Submitted = await db.Set<Solution>().CountAsync(s => s.ChallengeId == id, cancellationToken);
        IsJuror = UserId.Length > 0 && await db.Set<JuryMember>().AnyAsync(m => m.ChallengeId == id && m.UserId == UserId, cancellationToken);
        Jury = view.Challenge.SelectionPublishedUtc is null ? null : await juries.LoadAsync(id, cancellationToken);
        Events = await events.AllAsync(id, past: false, UserId.Length > 0 ? UserId : null, cancellationToken);
        if (view.Phase >= ChallengePhase.Selection)
        {
            Indicators = Jury is { } known ? await prototypes.IndicatorsAsync(id, known.Solutions, cancellationToken) : await prototypes.IndicatorsAsync(id, cancellationToken);
        }

        var reports = await prototypes.ReportsAsync([.. Selected.Select(s => s.Solution.Id)], cancellationToken);
        foreach (var latest in reports.Select(r => r.First()))
        {
            Latest[latest.SolutionId] = latest;
        }
        return Page();
    }

    /// <summary>A criterion's share of the total, in whole percent.</summary>
    public int Share(ChallengeCriterion criterion) =>
        (int)Math.Round(100m * criterion.Weight / Math.Max(1, View.Criteria.Sum(c => c.Weight)), MidpointRounding.AwayFromZero);
}
