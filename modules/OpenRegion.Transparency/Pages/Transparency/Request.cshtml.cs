using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>
/// The legal form of a request for information, online: the requester signs in so the answer reaches them and only
/// them; the receipt (number, date, deadline) comes at once on the next page, and by notification.
/// </summary>
[Authorize]
public sealed class RequestModel(InformationDesk desk, TimeProvider clock, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public InformationDesk Desk => desk;

    public void OnGet()
    {
        Input.Language = Culture == "fr" ? "fr" : "ar";
        Input.Email = User.FindFirstValue(ClaimTypes.Email);
    }

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var request = Input.Validate(T, errors);
        if (request is null)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        request.Channel = ReceiptChannel.Online;
        request.ReceivedUtc = clock.GetUtcNow();
        request.RequesterUserId = UserId;
        await desk.FileAsync(request, By, cancellationToken);
        return LocalRedirect(Url.Content("~" + InformationDesk.PublicUrl(request.Id)));
    }
}
