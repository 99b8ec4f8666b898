using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Budgets.Pages.Budgets;

/// <summary>A process: its calendar, its rules, its budgets and their projects, and what a citizen can do now.</summary>
[AllowAnonymous]
public sealed class ProcessModel(ICmsDbContext db, TimeProvider clock, MarkdownRenderer markdown, TenantRegistry registry) : ProcessPageModel(db, clock)
{
    public string DescriptionHtml { get; private set; } = "";

    public IReadOnlyList<BudgetProject> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProcessAsync(cancellationToken))
        {
            return NotFound();
        }

        DescriptionHtml = markdown.ToSafeHtml(Process.Description(Culture));
        var budgetIds = Budgets.Select(b => b.Id).ToList();
        Projects = await Db.Set<BudgetProject>().AsNoTracking()
            .Where(p => budgetIds.Contains(p.BudgetId) && p.State != ProjectState.Withdrawn)
            .OrderBy(p => p.State == ProjectState.Unfeasible).ThenBy(p => p.Id).Take(1000).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The communes a budget is open to, by name; empty when every resident of the territory may vote.</summary>
    public IReadOnlyList<string> Communes(Budget budget) =>
        [.. (System.Text.Json.JsonSerializer.Deserialize<List<string>>(budget.EligibleCommunesJson) ?? [])
            .Select(id => registry.Find(id)?.DisplayName(Culture) ?? id)];
}
