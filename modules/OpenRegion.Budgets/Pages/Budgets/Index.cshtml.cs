using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Budgets.Pages.Budgets;

/// <summary>The tenant's participatory budgets: those running first, then past ones.</summary>
[AllowAnonymous]
public sealed class IndexModel(ICmsDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(BudgetProcess Process, BudgetPhase Phase, decimal Total)> Processes { get; private set; } = [];

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var processes = await db.Set<BudgetProcess>().AsNoTracking().OrderByDescending(p => p.Id).Take(200).ToListAsync(cancellationToken);
        var ids = processes.Select(p => p.Id).ToList();
        var totals = (await db.Set<Budget>().AsNoTracking().Where(b => ids.Contains(b.ProcessId)).Select(b => new { b.ProcessId, b.Amount }).ToListAsync(cancellationToken))
            .GroupBy(b => b.ProcessId).ToDictionary(g => g.Key, g => g.Sum(b => b.Amount));
        Processes = [.. processes
            .Select(p => (p, p.PhaseAt(now), totals.GetValueOrDefault(p.Id)))
            .Where(p => p.Item2 != BudgetPhase.Draft)
            .OrderBy(p => p.Item2 is BudgetPhase.Results or BudgetPhase.FollowUp ? 1 : 0).ThenByDescending(p => p.p.VotingStartsUtc ?? p.p.CreatedUtc)];
    }
}
