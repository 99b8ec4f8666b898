using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>
/// One complaint as its complainant follows it: the acknowledgement, the answer deadline, what the council asks to
/// complete it (and the form to send it), then the answer or the ground for not processing it. Only the complainant
/// and the staff who handle complaints see it.
/// </summary>
[Authorize]
public sealed class ComplaintPageModel(ICmsDbContext db, ComplaintDesk desk, TransparencyTexts texts, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public Complaint Complaint { get; private set; } = null!;

    public ComplaintDesk Desk => desk;

    public bool IsComplainant => Complaint.ComplainantUserId is { } id && id == UserId;

    [BindProperty]
    public string? Complement { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, false, cancellationToken) ? Page() : NotFound();

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostComplementAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, true, cancellationToken) || !IsComplainant)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var text = Optional(Complement, Complaint.MaxTextLength, T["What completes the complaint"], T, errors);
        var refusal = errors.Count > 0 ? null : await desk.ReceiveComplementAsync(Complaint, text, By, cancellationToken);
        if (errors.Count > 0 || refusal is not null)
        {
            return Refused("complement", refusal is { } r ? texts.Refusal(r) : errors[0]);
        }

        TempData["Saved"] = T["Thank you: your complaint is complete. The answer is due by {0}.", Day(desk.Rules.AnswerDue(Complaint.Facts)!.Value)].Value;
        return LocalRedirect(Url.Content("~" + ComplaintDesk.PublicUrl(id)));
    }

    private async Task<bool> LoadAsync(long id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Set<Complaint>().Where(c => c.Id == id);
        var complaint = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (complaint is null)
        {
            return false;
        }

        Complaint = complaint;
        return IsComplainant || await MayAsync(TransparencyPermissions.Complaints);
    }
}
