using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Petitions.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Petitions.Pages.Petitions;

/// <summary>
/// A citizen verifies their identity against the roll this council imported: the identity card number and birth
/// date must match a line. The account then carries the card's fingerprint (never the number), the commune of
/// residence and whether they are on the electoral roll — enough to sign, here and on every site of the platform.
/// </summary>
[Authorize]
public sealed class IdentityModel(ICmsDbContext db, TimeProvider clock, VoterIdentity identity, PetitionSite site, PetitionTexts texts, IStringLocalizer<PetitionsModule> T) : PageModel
{
    public CmsUser Account { get; private set; } = null!;

    public PetitionSite Site => site;

    public string Culture { get; } = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string? Error { get; private set; }

    [BindProperty]
    public string? CardNumber { get; set; }

    [BindProperty]
    public string? BirthDate { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Account = await db.Set<CmsUser>().AsNoTracking().FirstAsync(u => u.Id == UserId, cancellationToken);

    [Limited(LimitedAction.Verify)]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        VerificationOutcome outcome;
        if (!Cms.Core.Identity.ElectoralRollCsv.TryDate(BirthDate, out var birth))
        {
            outcome = VerificationOutcome.NotOnRoll;
            Error = T["Give your birth date as on your identity card, e.g. 1990-03-21."];
        }
        else
        {
            outcome = await IdentityVerification.VerifyAsync(db, identity, UserId, CardNumber, birth, site.Shell.Id, clock, cancellationToken);
            Error = outcome == VerificationOutcome.Verified ? null : texts.Verification(outcome);
        }

        if (Error is not null)
        {
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Saved"] = texts.Verification(VerificationOutcome.Verified);
        return ReturnUrl is { Length: > 0 } back && Url.IsLocalUrl(back) ? LocalRedirect(back) : RedirectToPage();
    }
}
