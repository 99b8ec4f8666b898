using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Pages.Pages.Admin.Pages;

[Authorize(Policy = PermissionPolicy.Prefix + PagesPermissions.Edit)]
public sealed class EditModel(ICmsDbContext db, IAuditLog audit, TimeProvider clock, ContentVersions versions, ContentSearchIndexer search, IStringLocalizer<PagesModule> T) : PageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public string Culture { get; private set; } = "ar";

    /// <summary>What another editor saved meanwhile, shown beside the editor's own text after a conflict.</summary>
    public ContentItem? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        // The tenant filter makes another tenant's item invisible: its id answers 404 like a missing one.
        var item = await db.Set<ContentItem>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Culture = item.Culture;
        Input = new EditInput { Title = item.Title, Body = item.Body, Published = item.Published, Version = item.ModifiedUtc.UtcTicks };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Culture = item.Culture;
        if (string.IsNullOrWhiteSpace(Input.Title))
        {
            ModelState.AddModelError("Input.Title", T["The title is required."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (item.ModifiedUtc.UtcTicks != Input.Version)
        {
            return Conflict(item);
        }

        // The version the editor started from is what the database must still hold when this save lands.
        db.Entry(item).Property(i => i.ModifiedUtc).OriginalValue = new DateTimeOffset(Input.Version, TimeSpan.Zero);
        item.Title = Input.Title!.Trim();
        item.Body = Input.Body ?? "";
        item.Published = Input.Published;
        item.ModifiedUtc = clock.GetUtcNow();
        audit.Record("content.updated", $"{item.ContentType}:{item.Id}", new { item.Culture, item.Title, item.Published });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Set<ContentItem>().AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
            return Conflict(current);
        }

        versions.Bump(item.TenantId);
        search.Update(item);
        TempData["Saved"] = item.Title;
        return LocalRedirect(Url.Content("~/admin/pages"));
    }

    /// <summary>Keeps the editor's text in the form, shows the other version, and lets a second save overwrite knowingly.</summary>
    private PageResult Conflict(ContentItem current)
    {
        Theirs = current;
        Input.Version = current.ModifiedUtc.UtcTicks;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, T["Someone else saved this page while you were editing it. Your text is kept below; compare it with theirs, then save again to replace it."]);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    public sealed class EditInput
    {
        /// <summary>The item's last-modified time (UTC ticks) when the editor opened it.</summary>
        public long Version { get; set; }

        [StringLength(300, ErrorMessage = "At most {1} characters.")]
        public string? Title { get; set; }

        [StringLength(100_000, ErrorMessage = "At most {1} characters.")]
        public string? Body { get; set; }

        public bool Published { get; set; }
    }
}
