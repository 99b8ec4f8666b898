using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Budgets.Domain;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Budgets.Pages.Budgets;

/// <summary>A page of one process, found by its address: the process, its budgets and its current phase. A process still in preparation is not public.</summary>
public abstract class ProcessPageModel(ICmsDbContext db, TimeProvider clock) : PageModel
{
    protected ICmsDbContext Db => db;

    protected TimeProvider Clock => clock;

    public BudgetProcess Process { get; private set; } = null!;

    public IReadOnlyList<Budget> Budgets { get; private set; } = [];

    public BudgetPhase Phase { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    protected string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Processes and ballots as staff last saved them (from memory, a few seconds at most).</summary>
    protected BudgetDefinitions BudgetDefinitions => HttpContext.RequestServices.GetRequiredService<BudgetDefinitions>();

    protected string Tenant => HttpContext.RequestServices.GetRequiredService<OpenRegion.Cms.Core.Tenancy.TenantContext>().Shell.Id;

    /// <returns>False when there is no such public process on this tenant.</returns>
    protected async Task<bool> LoadProcessAsync(CancellationToken cancellationToken)
    {
        var slug = RouteData.Values["slug"] as string ?? "";
        var definition = await BudgetDefinitions.ProcessAsync(db, Tenant, slug, cancellationToken);
        Now = clock.GetUtcNow();
        if (definition is null || definition.Process.PhaseAt(Now) == BudgetPhase.Draft)
        {
            return false;
        }

        Process = definition.Process;
        Phase = Process.PhaseAt(Now);
        Budgets = definition.Budgets;
        return true;
    }

    public string ProcessPath => Url.Content("~" + BudgetEvents.ProcessUrl(Process));
}
