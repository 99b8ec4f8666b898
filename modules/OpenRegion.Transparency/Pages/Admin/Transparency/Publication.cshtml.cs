using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>One publication for staff: correct its details (the file stays; a new version is a new publication), or withdraw it with the reason the public will read.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Publications)]
public sealed class PublicationAdminModel(ICmsDbContext db, PublicationDesk desk, TransparencyTexts texts, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public CatalogueEntry Entry { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public PublicationInput Input { get; set; } = new();

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = PublicationInput.Of(Entry.Publication);
        Revision = Entry.Publication.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(long id, CancellationToken cancellationToken)
    {
        var publication = await db.Set<Publication>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (publication is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        // A file stays the file: only a linked document's address may be corrected.
        Input.Url = publication.MediaId is null ? Input.Url : null;
        Input.ApplyTo(publication, desk.Today, T, errors);
        if (errors.Count == 0 && publication.Revision != Revision)
        {
            errors.Add(T["Someone else changed this document meanwhile: look at it again before acting."]);
        }

        if (errors.Count == 0 && await TryAsync(() => desk.CorrectAsync(publication, By, cancellationToken)) is { } refusal)
        {
            errors.Add(refusal);
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return await RefusedAsync(id, "save", errors, cancellationToken);
        }

        TempData["Saved"] = T["The corrections are saved."].Value;
        return LocalRedirect(Url.Content("~" + Catalogue.AdminUrl(id)));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken cancellationToken)
    {
        var publication = await db.Set<Publication>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (publication is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var reason = Optional(Reason, Publication.MaxSummaryLength, T["Reason"], T, errors);
        if (errors.Count == 0 && publication.Revision != Revision)
        {
            errors.Add(T["Someone else changed this document meanwhile: look at it again before acting."]);
        }

        if (errors.Count == 0 && await TryAsync(() => desk.WithdrawAsync(publication, reason, By, cancellationToken)) is { } refusal)
        {
            errors.Add(refusal);
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return await RefusedAsync(id, "withdraw", errors, cancellationToken);
        }

        TempData["Saved"] = T["The document is withdrawn from the catalogue."].Value;
        return LocalRedirect(Url.Content("~" + Catalogue.AdminUrl(id)));
    }

    private async Task<string?> TryAsync(Func<Task<PublicationRefusal?>> act)
    {
        try
        {
            return await act() is { } refusal ? texts.Refusal(refusal, desk.StatementMonths) : null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return T["Someone else changed this document meanwhile: look at it again before acting."];
        }
    }

    private async Task<IActionResult> RefusedAsync(long id, string form, List<string> errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        await LoadAsync(id, cancellationToken);
        return Refused(form, string.Join(" ", errors));
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var publication = await db.Set<Publication>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (publication is null)
        {
            return false;
        }

        Entry = (await Catalogue.WithFilesAsync(db, [publication], cancellationToken))[0];
        return true;
    }
}
