using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Pages.Pages.Admin.Pages;

[Authorize(Policy = PermissionPolicy.Prefix + PagesPermissions.Edit)]
public sealed class IndexModel(ICmsDbContext db) : PageModel
{
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await db.Set<ContentItem>().AsNoTracking()
            .Where(c => c.ContentType == "HomePage" || c.ContentType == "Page")
            .OrderBy(c => c.ContentType).ThenBy(c => c.LocalizationSet).ThenBy(c => c.Culture)
            .ToListAsync(cancellationToken);
}
