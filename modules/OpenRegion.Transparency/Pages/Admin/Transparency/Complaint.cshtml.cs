using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>
/// Handling one complaint: ask within 15 days for what is missing (the 60 days stop until it comes), record a
/// complement that came on paper, answer, or decline on a ground of the decree — naming the competent body when the
/// matter is not the council's. A refused step shows why and keeps what was typed; nothing is stored.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Complaints)]
public sealed class ComplaintAdminModel(ICmsDbContext db, ComplaintDesk desk, TransparencyTexts texts, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public Complaint Complaint { get; private set; } = null!;

    public ComplaintDesk Desk => desk;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public ComplaintGround? Ground { get; set; }

    [BindProperty]
    public string? CompetentBody { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostComplementAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "complement", Wrap(desk.AskComplementAsync), () => T["The complainant is asked for what is missing; the deadline stops until it comes."], cancellationToken);

    public Task<IActionResult> OnPostReceivedAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "received", Wrap(desk.ReceiveComplementAsync), () => T["The complement is recorded; the answer is due by {0}.", Day(desk.Rules.AnswerDue(Complaint.Facts)!.Value)], cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "answer", Wrap(desk.AnswerAsync), () => T["The answer is recorded and sent to the complainant."], cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "decline", async (complaint, text, by, token) =>
        {
            var errors = new List<string>();
            var body = Optional(CompetentBody, Complaint.MaxSubjectLength, T["Competent body"], T, errors);
            return errors.Count > 0 ? errors[0]
                : await desk.DeclineAsync(complaint, Ground is { } g && Enum.IsDefined(g) ? g : null, body, text, by, token) is { } refusal ? texts.Refusal(refusal) : null;
        }, () => T["The complaint is closed without processing; the complainant is told the ground."], cancellationToken);

    private async Task<IActionResult> ActAsync(long id, string form, Func<Complaint, string?, string, CancellationToken, Task<string?>> act, Func<string> done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }

        string? error;
        var errors = new List<string>();
        var text = Optional(Text, Complaint.MaxTextLength, T["Text"], T, errors);
        try
        {
            error = errors.Count > 0 ? errors[0] : await act(Complaint, text, By, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            error = T["Someone else acted on this complaint meanwhile: look at it again before acting."];
        }

        if (error is not null)
        {
            await LoadAsync(id, cancellationToken);
            return Refused(form, error);
        }

        TempData["Saved"] = done();
        return LocalRedirect(Url.Content("~" + ComplaintDesk.AdminUrl(id)));
    }

    private Func<Complaint, string?, string, CancellationToken, Task<string?>> Wrap(Func<Complaint, string?, string, CancellationToken, Task<ComplaintRefusal?>> step) =>
        async (complaint, text, by, token) => await step(complaint, text, by, token) is { } refusal ? texts.Refusal(refusal) : null;

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken, bool tracked = false)
    {
        if (!tracked)
        {
            db.ChangeTracker.Clear();
        }

        var query = db.Set<Complaint>().Where(c => c.Id == id);
        Complaint = (await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken))!;
        return Complaint is not null;
    }
}
