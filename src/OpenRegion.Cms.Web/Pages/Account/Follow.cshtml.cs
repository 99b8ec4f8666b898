using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Account;

/// <summary>Follow or stop following a section or an item of this site (the form of the "follow" control).</summary>
[Authorize]
public sealed class FollowModel(ICmsDbContext db, TimeProvider clock, IEnumerable<IFollowSubjects> moduleSubjects, IStringLocalizer<HostStrings> T) : PageModel
{
    public IActionResult OnGet() => Redirect(Url.Content("~/account/notifications"));

    public async Task<IActionResult> OnPostAsync(string? subject, bool follow, string? returnUrl, CancellationToken cancellationToken)
    {
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl! : Url.Content("~/account/notifications");
        if (!await CanFollowAsync(subject, cancellationToken))
        {
            TempData["Error"] = T["This cannot be followed."].Value;
            return LocalRedirect(back);
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        if (follow)
        {
            await Follows.FollowAsync(db, userId, subject!, clock, cancellationToken);
        }
        else
        {
            await Follows.UnfollowAsync(db, userId, subject!, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same follow sent twice at once (a double tap): the first one is kept.
        }

        return LocalRedirect(back);
    }

    private async Task<bool> CanFollowAsync(string? subject, CancellationToken cancellationToken)
    {
        if (Follows.IsValidSubject(subject))
        {
            return !subject!.StartsWith("content:", StringComparison.Ordinal)
                || await db.Set<ContentItem>().AnyAsync(c => c.LocalizationSet == subject.Substring(8) && c.Published, cancellationToken);
        }

        var owner = subject is { Length: > 0 and <= Follow.MaxSubjectLength } ? moduleSubjects.FirstOrDefault(m => m.Owns(subject)) : null;
        return owner is not null && await owner.DescribeAsync(db, subject!, "ar", cancellationToken) is not null;
    }
}
