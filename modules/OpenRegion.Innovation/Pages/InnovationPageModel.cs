using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Innovation.Pages;

/// <summary>What the lab's pages share: the reader's language, who acts, refusals beside their form, dates as people read them.</summary>
public abstract class InnovationPageModel : PageModel
{
    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    protected string By => User.Identity?.Name ?? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? ErrorFor { get; private set; }

    protected IActionResult Refused(string form, IReadOnlyList<string> errors)
    {
        (Errors, ErrorFor) = (errors, form);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string Day(DateOnly date) => date.ToString("d MMMM yyyy", LocalTime.Culture(Culture));
}
