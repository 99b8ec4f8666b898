using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Budgets.Domain;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Budgets.Pages.Budgets;

/// <summary>
/// The results once voting has closed: per budget, the ballots, the projects funded by the rule fixed before the
/// vote, every project's votes, the budget used, a map of the winners that have a place, the files to recount them,
/// and a check of one's receipt code.
/// </summary>
[AllowAnonymous]
public sealed class ResultsModel(ICmsDbContext db, TimeProvider clock, BudgetOutcomes outcomes, TenantContext tenant) : ProcessPageModel(db, clock)
{
    public IReadOnlyList<BudgetOutcome> Outcomes { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "receipt")]
    public string? Receipt { get; set; }

    /// <summary>The budget whose ballots hold the receipt asked about; null when none does (or none was asked).</summary>
    public Budget? ReceiptBudget { get; private set; }

    public bool Open => Phase >= BudgetPhase.Results;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProcessAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!Open)
        {
            return Page();
        }

        var list = new List<BudgetOutcome>();
        foreach (var budget in Budgets)
        {
            if (await outcomes.ForAsync(Db, tenant.Shell.Id, budget, cancellationToken) is { } outcome)
            {
                list.Add(outcome);
            }
        }

        Outcomes = list;
        if (Receipt is { Length: > 0 and <= 20 } code)
        {
            code = code.Trim().ToUpperInvariant();
            var budgetIds = Budgets.Select(b => b.Id).ToList();
            var budgetId = await Db.Set<Ballot>().AsNoTracking().Where(b => b.ReceiptCode == code && budgetIds.Contains(b.BudgetId)).Select(b => (long?)b.BudgetId).FirstOrDefaultAsync(cancellationToken);
            ReceiptBudget = Budgets.FirstOrDefault(b => b.Id == budgetId);
        }

        return Page();
    }

    /// <summary>Winners with a place, as points of a small map: x, y in a 600 × 360 box (equirectangular around their centre).</summary>
    public static IReadOnlyList<(ProjectOutcome Outcome, double X, double Y)> MapPoints(BudgetOutcome outcome)
    {
        var placed = outcome.Projects.Where(p => p.Selected && p.Project.Latitude is not null && p.Project.Longitude is not null).ToList();
        if (placed.Count == 0)
        {
            return [];
        }

        var lats = placed.Select(p => p.Project.Latitude!.Value).ToList();
        var lons = placed.Select(p => p.Project.Longitude!.Value).ToList();
        var scale = Math.Cos((lats.Min() + lats.Max()) / 2 * Math.PI / 180);
        var width = Math.Max((lons.Max() - lons.Min()) * scale, 0.002);
        var height = Math.Max(lats.Max() - lats.Min(), 0.002);
        var factor = Math.Min(520 / width, 280 / height);
        var cx = (lons.Max() + lons.Min()) / 2;
        var cy = (lats.Max() + lats.Min()) / 2;
        return [.. placed.Select(p => (p, 300 + (p.Project.Longitude!.Value - cx) * scale * factor, 180 - (p.Project.Latitude!.Value - cy) * factor))];
    }
}
