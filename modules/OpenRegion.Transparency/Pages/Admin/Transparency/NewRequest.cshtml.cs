using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;
using OpenRegion.Transparency.Pages.Transparency;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>A request handed in at the office, posted or e-mailed: staff type the legal form; the receipt to hand or send back comes at once.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Information)]
public sealed class NewRequestModel(InformationDesk desk, TimeProvider clock, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public void OnGet() => Input.Language = Culture == "fr" ? "fr" : "ar";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var received = PaperReceipt(Input.Channel, Input.ReceivedOn, desk.Today, clock.GetUtcNow(), T["Choose how the request came: at the office, by post or by e-mail."], T, errors);

        var request = Input.Validate(T, errors);
        if (request is null || errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        request.Channel = Input.Channel;
        request.ReceivedUtc = received!.Value;
        request.RecordedBy = By;
        await desk.FileAsync(request, By, cancellationToken);
        TempData["Saved"] = T["Recorded under number {0}: give or send the requester this number and the answer's deadline, {1}.", request.Number, Day(desk.Rules.AnswerDue(request.Facts))].Value;
        return LocalRedirect(Url.Content("~" + InformationDesk.AdminUrl(request.Id)));
    }
}
