using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Pages.Pages.Admin.Content;

/// <summary>The latest version of one translation as citizens would see it once published; for editors only.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + PagesPermissions.Edit)]
public sealed class PreviewModel(ICmsDbContext db, ContentEditor editor, MarkdownRenderer markdown) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ContentItemVersion Version { get; private set; } = null!;

    public ContentParts Parts { get; private set; } = new();

    public string BodyHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string set, string culture, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().FirstOrDefaultAsync(c => c.LocalizationSet == set && c.Culture == culture, cancellationToken);
        var version = item is null ? null : (await editor.LatestAsync([item], cancellationToken)).FirstOrDefault();
        if (item is null || version is null)
        {
            return NotFound();
        }

        Item = item;
        Version = version;
        Parts = ContentParts.Parse(version.PartsJson);
        BodyHtml = markdown.BodyToSafeHtml(version.Body, version.PartsJson);
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Page();
    }
}
