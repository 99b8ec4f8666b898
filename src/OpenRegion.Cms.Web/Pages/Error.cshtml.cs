using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages;

[IgnoreAntiforgeryToken]
[AllowAnonymous]
public sealed class ErrorModel(IStringLocalizer<HostStrings> T) : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private IActionResult Show(int code)
    {
        // Only reached through re-execution; a visitor typing /error/404 gets a plain 404 too.
        var status = code is >= 400 and < 600 ? code : 404;
        (Title, Message) = status switch
        {
            404 => (T["Page not found"].Value, T["This page does not exist or is no longer available."].Value),
            403 => (T["Access denied"].Value, T["Your account does not have access to this page on this site."].Value),
            >= 500 => (T["Something went wrong"].Value, T["The error has been recorded. Please try again in a moment."].Value),
            _ => (T["The request could not be handled"].Value, T["Please check what you entered and try again."].Value),
        };
        Response.StatusCode = status;
        return Page();
    }
}
