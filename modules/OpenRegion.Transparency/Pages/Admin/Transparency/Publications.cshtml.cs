using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>
/// The catalogue for staff: every publication (withdrawn ones too), the financial statements of each year against
/// their deadline, and a new publication — a file checked by content, or the address of an official site.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Publications)]
[RequestSizeLimit(MediaRules.MaxDocumentBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaRules.MaxDocumentBytes + 1024 * 1024)]
public sealed class PublicationsAdminModel(ICmsDbContext db, PublicationDesk desk, MediaStore store, TenantContext tenant, TransparencyTexts texts, TimeProvider clock, IStringLocalizer<TransparencyModule> T)
    : TransparencyPageModel
{
    public IReadOnlyList<Publication> Publications { get; private set; } = [];

    public IReadOnlyList<StatementsStatus> Statements { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public DateOnly Today => desk.Today;

    [BindProperty]
    public PublicationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var publication = new Publication();
        Input.ApplyTo(publication, desk.Today, T, errors);
        var file = Request.HasFormContentType ? Request.Form.Files.FirstOrDefault(f => f.Name == "document" && f.Length > 0) : null;
        if (file is not null)
        {
            var (problem, arguments, _, _) = await MediaUploads.CheckAsync(file, cancellationToken);
            if (problem is not null)
            {
                errors.Add($"{file.FileName}: {T[problem, arguments]}");
            }
        }

        if (errors.Count == 0 && PublicationRules.Check(publication, file is not null, desk.Today) is { } refusal)
        {
            errors.Add(texts.Refusal(refusal, desk.StatementMonths));
        }

        if (errors.Count > 0)
        {
            if (file is not null)
            {
                errors.Add(T["For your safety, files are not kept when the form comes back: choose them again."]);
            }

            return await RefusedAsync(errors, cancellationToken);
        }

        var saved = new List<string>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            MediaItem? media = null;
            if (file is not null)
            {
                media = await MediaUploads.StoreAsync(db, store, tenant.Shell.Id, file, publication.TitleAr, publication.TitleFr, By, clock.GetUtcNow(), saved, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (await desk.PublishAsync(publication, media, By, cancellationToken) is { } late)
            {
                throw new InvalidOperationException(late.ToString());
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            foreach (var path in saved)
            {
                store.Delete(tenant.Shell.Id, path);
            }

            throw;
        }

        TempData["Saved"] = T["The document is published in the catalogue."].Value;
        return LocalRedirect(Url.Content("~/admin/publications"));
    }

    private async Task<IActionResult> RefusedAsync(List<string> errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        await LoadAsync(cancellationToken);
        return Refused("publication", string.Join(" ", errors));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Publications = await db.Set<Publication>().AsNoTracking().OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id).Take(500).ToListAsync(cancellationToken);
        Statements = await Catalogue.StatementsAsync(db, desk.StatementMonths, cancellationToken);
    }
}
