using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Workflows.Rules;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Admin;

/// <summary>The tenant's rules (when this happens, if that holds, do this) and the history of their runs.</summary>
[Authorize(Policy = PermissionPolicy.ManageTenant)]
public sealed class RulesModel(ICmsDbContext db, EventCatalog catalog, IAuditLog audit, IStringLocalizer<HostStrings> T) : PageModel
{
    public const int RunsShown = 100;

    /// <summary>Show the runs of this rule only.</summary>
    [BindProperty(SupportsGet = true, Name = "rule")]
    public long? RuleId { get; set; }

    public IReadOnlyList<WorkflowRule> Rules { get; private set; } = [];

    public IReadOnlyList<RuleRun> Runs { get; private set; } = [];

    public EventCatalog Catalog => catalog;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rules = await db.Set<WorkflowRule>().AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var runs = db.Set<RuleRun>().AsNoTracking();
        if (RuleId is { } id)
        {
            runs = runs.Where(r => r.RuleId == id);
        }

        Runs = await runs.OrderByDescending(r => r.Id).Take(RunsShown).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostToggleAsync(long id, CancellationToken cancellationToken)
    {
        var rule = await db.Set<WorkflowRule>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return NotFound();
        }

        rule.Enabled = !rule.Enabled;
        audit.Record(rule.Enabled ? "rule.enabled" : "rule.disabled", $"rule:{rule.Id}", new { rule.Name });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = (rule.Enabled ? T["The rule “{0}” is on.", rule.Name] : T["The rule “{0}” is off.", rule.Name]).Value;
        return RedirectToPage();
    }
}
