using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
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
/// Answering one request: the requester's details (the legal form), the deadline, then the steps the law allows —
/// one extension with its reasons, the answer (full, partial or refused, with the art 7 exceptions it rests on, a
/// text and a document), a complaint received on paper, and the head of the body's answer to the complaint.
/// A refused step shows why and keeps what was typed; nothing is stored.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Information)]
[RequestSizeLimit(MediaRules.MaxDocumentBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaRules.MaxDocumentBytes + 1024 * 1024)]
public sealed class RequestAdminModel(ICmsDbContext db, InformationDesk desk, MediaStore store, TenantContext tenant, TransparencyTexts texts, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public InformationRequest Info { get; private set; } = null!;

    public InformationDesk Desk => desk;

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public InformationOutcome? Outcome { get; set; }

    [BindProperty]
    public List<InformationException> Grounds { get; set; } = [];

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostExtendAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "extend", async () =>
        {
            var errors = new List<string>();
            var reason = Optional(Reason, InformationRequest.MaxTextLength, T["Reasons for the extension"], T, errors);
            return errors.Count > 0 ? errors[0] : Refusal(await desk.ExtendAsync(Info, reason, By, cancellationToken));
        }, () => T["The deadline is extended to {0}; the requester is told with your reasons.", Day(desk.Rules.AnswerDue(Info.Facts))], cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "answer", async () =>
        {
            var errors = new List<string>();
            var text = Required(Answer, InformationRequest.MaxTextLength, T["The answer"], T, errors);
            if (Outcome is not { } outcome || !Enum.IsDefined(outcome))
            {
                errors.Add(T["Choose whether the information is given in full, in part, or refused."]);
                outcome = InformationOutcome.Full;
            }

            var file = Request.HasFormContentType ? Request.Form.Files.GetFile("document") : null;
            string? contentType = null;
            if (file is { Length: > 0 })
            {
                var (problem, arguments, type, _) = await MediaUploads.CheckAsync(file, cancellationToken);
                if (problem is not null)
                {
                    errors.Add($"{file.FileName}: {T[problem, arguments]}");
                }

                contentType = type;
            }

            if (errors.Count > 0)
            {
                return string.Join(" ", errors);
            }

            // The rules first, so that a refused answer leaves no file behind.
            if (desk.Rules.CheckAnswer(Info.Facts, desk.Today, outcome, Grounds) is { } refusal)
            {
                return texts.Refusal(refusal);
            }

            StoredDocument? document = null;
            if (file is { Length: > 0 })
            {
                await using var stream = file.OpenReadStream();
                var (path, _) = await store.SaveAsync(tenant.Shell.Id, Path.GetExtension(file.FileName), stream, DateTimeOffset.UtcNow, cancellationToken);
                document = new StoredDocument(path, Path.GetFileName(file.FileName), contentType!);
            }

            try
            {
                return Refusal(await desk.AnswerAsync(Info, outcome, Grounds, text!, document, By, cancellationToken));
            }
            catch
            {
                if (document is not null)
                {
                    store.Delete(tenant.Shell.Id, document.Path);
                }

                throw;
            }
        }, () => T["The answer is recorded and sent to the requester."], cancellationToken);

    /// <summary>A complaint to the head of the body that came on paper.</summary>
    public Task<IActionResult> OnPostComplaintAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "complaint", async () =>
        {
            var errors = new List<string>();
            var text = Required(Text, InformationRequest.MaxTextLength, T["The complaint"], T, errors);
            return errors.Count > 0 ? errors[0] : Refusal(await desk.ComplainAsync(Info, text!, By, cancellationToken));
        }, () => T["The complaint is recorded; it must be answered by {0}.", Day(desk.Rules.ComplaintAnswerDue(Info.Facts)!.Value)], cancellationToken);

    public Task<IActionResult> OnPostComplaintAnswerAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "complaint-answer", async () =>
        {
            var errors = new List<string>();
            var text = Required(Text, InformationRequest.MaxTextLength, T["The head of the body's answer"], T, errors);
            return errors.Count > 0 ? errors[0] : Refusal(await desk.AnswerComplaintAsync(Info, text!, By, cancellationToken));
        }, () => T["The answer to the complaint is recorded and sent to the requester."], cancellationToken);

    private string? Refusal(InformationRefusal? refusal) => refusal is { } r ? texts.Refusal(r) : null;

    private async Task<IActionResult> ActAsync(long id, string form, Func<Task<string?>> act, Func<string> done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }

        string? error;
        try
        {
            error = await act();
        }
        catch (DbUpdateConcurrencyException)
        {
            error = T["Someone else acted on this request meanwhile: look at it again before acting."];
        }

        if (error is not null)
        {
            await LoadAsync(id, cancellationToken);
            return Refused(form, error);
        }

        TempData["Saved"] = done();
        return LocalRedirect(Url.Content("~" + InformationDesk.AdminUrl(id)));
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken, bool tracked = false)
    {
        if (!tracked)
        {
            db.ChangeTracker.Clear();
        }

        var query = db.Set<InformationRequest>().Where(r => r.Id == id);
        Info = (await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken))!;
        return Info is not null;
    }
}
