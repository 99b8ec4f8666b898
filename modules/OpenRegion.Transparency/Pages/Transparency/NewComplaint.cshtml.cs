using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>Filing a complaint online: the acknowledgement (number, date, answer deadline) comes at once on the next page and by notification.</summary>
[Authorize]
public sealed class NewComplaintModel(ComplaintDesk desk, TimeProvider clock, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public ComplaintInput Input { get; set; } = new();

    public ComplaintDesk Desk => desk;

    public void OnGet()
    {
        Input.Language = Culture == "fr" ? "fr" : "ar";
        Input.Email = User.FindFirstValue(ClaimTypes.Email);
    }

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var complaint = Input.Validate(T, errors);
        if (complaint is null)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        complaint.Channel = ReceiptChannel.Online;
        complaint.ReceivedUtc = clock.GetUtcNow();
        complaint.ComplainantUserId = UserId;
        await desk.FileAsync(complaint, By, cancellationToken);
        return LocalRedirect(Url.Content("~" + ComplaintDesk.PublicUrl(complaint.Id)));
    }
}
