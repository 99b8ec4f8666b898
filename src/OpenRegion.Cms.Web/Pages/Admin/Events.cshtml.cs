using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Admin;

/// <summary>
/// The tenant's events and timers as the dispatcher sees them: what failed for good (dead letters, with the
/// error, to replay once the cause is fixed), what is waiting (timers, retries), what was delivered lately.
/// </summary>
[Authorize(Policy = PermissionPolicy.ManageTenant)]
public sealed class EventsModel(ICmsDbContext db, IAuditLog audit, TimeProvider clock, IStringLocalizer<HostStrings> T) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "show")]
    public string Show { get; set; } = "failed";

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await db.Set<OutboxMessage>().AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query = db.Set<OutboxMessage>().AsNoTracking();
        Messages = Show switch
        {
            "pending" => await query.Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id).Take(PageSize).ToListAsync(cancellationToken),
            "done" => await query.Where(m => m.Status == OutboxStatus.Done).OrderByDescending(m => m.Id).Take(PageSize).ToListAsync(cancellationToken),
            _ => await query.Where(m => m.Status == OutboxStatus.DeadLettered).OrderByDescending(m => m.Id).Take(PageSize).ToListAsync(cancellationToken),
        };
    }

    public async Task<IActionResult> OnPostReplayAsync(long id, CancellationToken cancellationToken)
    {
        // Tenant-scoped: another tenant's message id is simply not found.
        if (!await Outbox.ReplayAsync(db, id, clock, cancellationToken))
        {
            TempData["Error"] = T["This event is no longer waiting to be replayed."].Value;
            return RedirectToPage(new { show = "failed" });
        }

        audit.Record("event.replayed", $"outbox:{id}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["The event will be delivered again in a moment."].Value;
        return RedirectToPage(new { show = "pending" });
    }
}
