using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;
using OpenRegion.Transparency.Pages.Transparency;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>A complaint handed in at the office, posted or e-mailed, entered in the electronic register by staff.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Complaints)]
public sealed class NewComplaintAdminModel(ComplaintDesk desk, TimeProvider clock, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public ComplaintInput Input { get; set; } = new();

    public void OnGet() => Input.Language = Culture == "fr" ? "fr" : "ar";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var received = PaperReceipt(Input.Channel, Input.ReceivedOn, desk.Today, clock.GetUtcNow(), T["Choose how the complaint came: at the office, by post or by e-mail."], T, errors);

        var complaint = Input.Validate(T, errors);
        if (complaint is null || errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        complaint.Channel = Input.Channel;
        complaint.ReceivedUtc = received!.Value;
        complaint.RecordedBy = By;
        await desk.FileAsync(complaint, By, cancellationToken);
        TempData["Saved"] = T["Entered in the register under number {0}: give or send the complainant this acknowledgement.", complaint.Number].Value;
        return LocalRedirect(Url.Content("~" + ComplaintDesk.AdminUrl(complaint.Id)));
    }
}
