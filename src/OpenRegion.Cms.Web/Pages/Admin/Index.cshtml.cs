using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Pages.Admin;

public sealed class IndexModel(TenantContext tenantContext, ICmsDbContext db, TimeProvider clock) : PageModel
{
    public Tenant Tenant => tenantContext.Shell.Tenant;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Roles => User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    /// <summary>Open deadlines of the tenant whose day has passed.</summary>
    public int OverdueDeadlines { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        OverdueDeadlines = await db.Set<Deadline>().CountAsync(d => d.CompletedUtc == null && d.DueUtc < now, cancellationToken);
    }
}
