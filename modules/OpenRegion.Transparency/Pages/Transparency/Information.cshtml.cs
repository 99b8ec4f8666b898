using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>
/// One request as its requester follows it: the receipt (number, date, deadline), the extension and its reasons, the
/// answer with its grounds and document, then the complaint to the head of the body while its 20 working days run,
/// its answer and the way to the commission. Only the requester and the staff who answer requests see it.
/// </summary>
[Authorize]
public sealed class InformationModel(ICmsDbContext db, InformationDesk desk, MediaStore store, TenantContext tenant, TransparencyTexts texts, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public InformationRequest Info { get; private set; } = null!;

    public InformationDesk Desk => desk;

    public bool IsRequester => Info.RequesterUserId is { } id && id == UserId;

    [BindProperty]
    public string? ComplaintText { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, false, cancellationToken) ? Page() : NotFound();

    /// <summary>The answer's document, to the requester and staff only (never through the public media library).</summary>
    public async Task<IActionResult> OnGetDocumentAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, false, cancellationToken) || Info.AnswerDocumentPath is not { } path || store.Open(tenant.Shell.Id, path) is not { } stream)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(stream, Info.AnswerDocumentType ?? "application/octet-stream", Info.AnswerDocumentName ?? "document");
    }

    /// <summary>The requester complains to the head of the body (art 19).</summary>
    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostComplainAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, true, cancellationToken) || !IsRequester)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var text = Required(ComplaintText, InformationRequest.MaxTextLength, T["Your complaint"], T, errors);
        var refusal = text is null ? null : await desk.ComplainAsync(Info, text, By, cancellationToken);
        if (errors.Count > 0 || refusal is not null)
        {
            return Refused("complain", refusal is { } r ? texts.Refusal(r) : errors[0]);
        }

        TempData["Saved"] = T["Your complaint is registered; the head of the body must answer it within {0} days.", desk.Rules.Amounts.ComplaintAnswer].Value;
        return LocalRedirect(Url.Content("~" + InformationDesk.PublicUrl(id)));
    }

    private async Task<bool> LoadAsync(long id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Set<InformationRequest>().Where(r => r.Id == id);
        var request = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (request is null)
        {
            return false;
        }

        Info = request;
        return IsRequester || await MayAsync(TransparencyPermissions.Information);
    }
}
