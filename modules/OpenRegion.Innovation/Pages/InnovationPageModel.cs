using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Innovation.Pages;

/// <summary>What the lab's pages share: the reader's language, who acts, refusals beside their form, dates as people read them.</summary>
public abstract class InnovationPageModel : PageModel
{
    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>The signed-in account's id (pages that use it require an account).</summary>
    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    protected string By => User.Identity?.Name ?? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? ErrorFor { get; private set; }

    protected IActionResult Refused(string form, IReadOnlyList<string> errors)
    {
        (Errors, ErrorFor) = (errors, form);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>After a change: the message shown once on the next page, and a redirect to it (within the tenant).</summary>
    protected IActionResult Saved(string message, string url)
    {
        TempData["Saved"] = message;
        return LocalRedirect(Url.Content("~" + url));
    }

    /// <summary>The trimmed text ("" when empty), or an error naming the field when it is too long.</summary>
    public static string Text(string? value, int max, string field, IStringLocalizer T, List<string> errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > max)
        {
            errors.Add(T["{0}: at most {1} characters.", field, max]);
        }

        return text;
    }

    /// <summary>A score on 0–100 or a spread, to two places at most, with the reader's decimal sign.</summary>
    public string Points(decimal value) => PointsIn(value, Culture);

    public static string PointsIn(decimal value, string culture) => Math.Round(value, 2).ToString("0.##", LocalTime.Culture(culture));

    public string Day(DateOnly date) => date.ToString("d MMMM yyyy", LocalTime.Culture(Culture));
}
