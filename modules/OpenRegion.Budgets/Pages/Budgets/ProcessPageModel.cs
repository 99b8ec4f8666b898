using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
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

    /// <returns>False when there is no such public process on this tenant.</returns>
    protected async Task<bool> LoadProcessAsync(CancellationToken cancellationToken)
    {
        var slug = RouteData.Values["slug"] as string ?? "";
        var process = await db.Set<BudgetProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        Now = clock.GetUtcNow();
        if (process is null || process.PhaseAt(Now) == BudgetPhase.Draft)
        {
            return false;
        }

        Process = process;
        Phase = process.PhaseAt(Now);
        Budgets = await db.Set<Budget>().AsNoTracking().Where(b => b.ProcessId == process.Id).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        return true;
    }

    public string ProcessPath => Url.Content("~" + BudgetEvents.ProcessUrl(Process));
}
