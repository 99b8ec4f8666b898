using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Pages.Admin;

public sealed class IndexModel(TenantContext tenantContext, ICmsDbContext db, TimeProvider clock, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel
{
    public Tenant Tenant => tenantContext.Shell.Tenant;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Roles => User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    /// <summary>Open deadlines of the tenant whose day has passed.</summary>
    public int OverdueDeadlines { get; private set; }

    /// <summary>For tenant admins: events that failed for good (waiting on /admin/events to be replayed).</summary>
    public int FailedEvents { get; private set; }

    /// <summary>For tenant admins: rule runs that failed in the last seven days.</summary>
    public int FailedRuleRuns { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        OverdueDeadlines = await db.Set<Deadline>().CountAsync(d => d.CompletedUtc == null && d.DueUtc < now, cancellationToken);
        if ((await authorization.AuthorizeAsync(User, OpenRegion.Cms.Core.Security.PermissionPolicy.ManageTenant)).Succeeded)
        {
            FailedEvents = await db.Set<OpenRegion.Cms.Core.Workflows.OutboxMessage>().CountAsync(m => m.Status == OpenRegion.Cms.Core.Workflows.OutboxStatus.DeadLettered, cancellationToken);
            var since = now.AddDays(-7);
            FailedRuleRuns = await db.Set<OpenRegion.Cms.Core.Workflows.Rules.RuleRun>().CountAsync(r => r.Outcome == OpenRegion.Cms.Core.Workflows.Rules.RuleRunOutcome.Failed && r.StartedUtc >= since, cancellationToken);
        }
    }
}
