using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Pages.Pages.Admin.Media;

/// <summary>
/// The tenant's media library: upload images (with their text alternative in each language of the site) and
/// documents, within type and size limits; copy the Markdown that shows or links them.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + PagesPermissions.Edit)]
[RequestSizeLimit(MediaRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaRules.MaxRequestBytes)]
public sealed class IndexModel(ICmsDbContext db, MediaStore store, TimeProvider clock, IAuditLog audit, TenantContext tenant, IStringLocalizer<PagesModule> T) : PageModel
{
    public const int PageSize = 40;

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public MediaKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public bool HasNext { get; private set; }

    public IReadOnlyList<string> Cultures => [.. tenant.Shell.Tenant.Cultures.Where(c => c is "ar" or "fr")];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var file = Input.File;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("Input.File", T["Choose a file to upload."]);
            return await InvalidAsync(cancellationToken);
        }

        var head = new byte[4096];
        int read;
        await using (var peek = file.OpenReadStream())
        {
            read = await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        var (problem, arguments, contentType, kind) = MediaRules.Check(file.FileName, file.Length, head.AsMemory(0, read));
        if (problem is not null)
        {
            ModelState.AddModelError("Input.File", T[problem, arguments]);
        }

        if (kind == MediaKind.Image)
        {
            foreach (var culture in Cultures)
            {
                if (string.IsNullOrWhiteSpace(culture == "ar" ? Input.AltAr : Input.AltFr))
                {
                    ModelState.AddModelError(culture == "ar" ? "Input.AltAr" : "Input.AltFr", T["Describe the image for readers who cannot see it (required for images)."]);
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(cancellationToken);
        }

        MediaItem? item, duplicate;
        await using (var content = file.OpenReadStream())
        {
            (item, duplicate) = await MediaLibrary.AddAsync(db, store, tenant.TenantId!, file.FileName, contentType, kind, file.Length, content,
                Clean(Input.AltAr), Clean(Input.AltFr), User.Identity?.Name, clock.GetUtcNow(), cancellationToken);
        }

        if (duplicate is not null)
        {
            ModelState.AddModelError("Input.File", T["This file is already in the library as “{0}”.", duplicate.FileName]);
            return await InvalidAsync(cancellationToken);
        }

        var added = item!;
        audit.Record("media.uploaded", $"Media:{added.FileName}", new { added.Kind, added.Size, added.ContentType });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            store.Delete(tenant.TenantId!, added.StoredPath);
            throw;
        }

        TempData["Saved"] = T["Uploaded: {0}", added.FileName].Value;
        return LocalRedirect(Url.Content("~/admin/media"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var marker = $"/media/{id}/";
        var filePart = $"\"FileMediaId\":{id.ToString(CultureInfo.InvariantCulture)}";
        var users = await db.Set<OpenRegion.Cms.Core.Content.ContentItem>().AsNoTracking()
            .Where(c => c.Body.Contains(marker) || c.PartsJson.Contains(filePart))
            .Select(c => c.Title).Take(5).ToListAsync(cancellationToken);
        if (users.Count > 0)
        {
            TempData["Error"] = T["“{0}” is still used by: {1}. Remove it from there first.", item.FileName, string.Join(" · ", users)].Value;
            return LocalRedirect(Url.Content("~/admin/media"));
        }

        db.Set<MediaItem>().Remove(item);
        audit.Record("media.deleted", $"Media:{item.FileName}", new { item.Kind, item.Size });
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(item.TenantId, item.StoredPath);
        TempData["Saved"] = T["Deleted: {0}", item.FileName].Value;
        return LocalRedirect(Url.Content("~/admin/media"));
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var query = db.Set<MediaItem>().AsNoTracking();
        if (Kind is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }

        var page = await query.OrderByDescending(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasNext = page.Count > PageSize;
        Items = [.. page.Take(PageSize)];
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed class UploadInput
    {
        public IFormFile? File { get; set; }

        [StringLength(500, ErrorMessage = "At most {1} characters.")]
        public string? AltAr { get; set; }

        [StringLength(500, ErrorMessage = "At most {1} characters.")]
        public string? AltFr { get; set; }
    }
}
