using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Cms.Web.Pages.Admin;

[Authorize(Policy = PermissionPolicy.ManageTenant)]
public sealed class AuditModel(ICmsDbContext db) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.OccurredUtc).ThenByDescending(a => a.Id).Take(200).ToListAsync(cancellationToken);
}
