using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Sms;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Account;

/// <summary>
/// The citizen's notification centre on this site: what they were told (newest first, unread marked), what they
/// follow, and how they want to be told (e-mail at once, daily or never; SMS; language).
/// </summary>
[Authorize]
public sealed class NotificationsModel(ICmsDbContext db, UserManager<CmsUser> users, TimeProvider clock, IEnumerable<IFollowSubjects> moduleSubjects, IStringLocalizer<HostStrings> T) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public PreferencesInput Preferences { get; set; } = new();

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public bool HasNext { get; private set; }

    public int Unread { get; private set; }

    public IReadOnlyList<(string Subject, string Label, string? Url)> Following { get; private set; } = [];

    public bool EmailConfirmed { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Preferences = new PreferencesInput
        {
            Email = user.EmailNotifications,
            Sms = user.SmsNotifications,
            Phone = user.PhoneNumber,
            Culture = user.PreferredCulture,
        };
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    /// <summary>Opens a notification: marks it read, then goes to what it is about.</summary>
    public async Task<IActionResult> OnGetOpenAsync(long id, CancellationToken cancellationToken)
    {
        var notification = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.UserId == UserId, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }

        notification.ReadUtc ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        var target = notification.Url is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? Url.Content("~" + url) : Url.Content("~/account/notifications");
        return LocalRedirect(target);
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.Set<Notification>().Where(n => n.UserId == UserId && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), cancellationToken);
        TempData["Saved"] = T["All notifications are marked as read."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnfollowAsync(string? subject, CancellationToken cancellationToken)
    {
        if (subject is { Length: > 0 } && await Follows.UnfollowAsync(db, UserId, subject, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Saved"] = T["You no longer follow it."].Value;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPreferencesAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(Preferences.Phone))
        {
            phone = PhoneNumbers.NormalizeMoroccanMobile(Preferences.Phone);
            if (phone is null)
            {
                ModelState.AddModelError("Preferences.Phone", T["Enter a Moroccan mobile number, e.g. 06 12 34 56 78."]);
            }
        }

        if (Preferences.Sms && phone is null && string.IsNullOrWhiteSpace(Preferences.Phone))
        {
            ModelState.AddModelError("Preferences.Phone", T["Give a mobile number to receive SMS."]);
        }

        if (!NotificationRenderer.Cultures.Contains(Preferences.Culture ?? ""))
        {
            ModelState.AddModelError("Preferences.Culture", T["Choose a language from the list."]);
        }

        if (!Enum.IsDefined(Preferences.Email))
        {
            ModelState.AddModelError("Preferences.Email", T["Choose how you want e-mails."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        user.EmailNotifications = Preferences.Email;
        user.SmsNotifications = Preferences.Sms;
        user.PreferredCulture = Preferences.Culture!;
        if (!string.Equals(user.PhoneNumber, phone, StringComparison.Ordinal))
        {
            user.PhoneNumber = phone;
            user.PhoneNumberConfirmed = false;
        }

        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", T["Your preferences could not be saved; please try again."]);
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        TempData["Saved"] = T["Your notification preferences are saved."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CmsUser user, CancellationToken cancellationToken)
    {
        EmailConfirmed = user.EmailConfirmed;
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == user.Id);
        Unread = await mine.CountAsync(n => n.ReadUtc == null, cancellationToken);
        var page = await mine.OrderByDescending(n => n.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasNext = page.Count > PageSize;
        Items = [.. page.Take(PageSize)];

        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var subjects = await db.Set<Follow>().AsNoTracking().Where(f => f.UserId == user.Id).OrderBy(f => f.CreatedUtc).Select(f => f.Subject).ToListAsync(cancellationToken);
        var sets = subjects.Where(s => s.StartsWith("content:", StringComparison.Ordinal)).Select(s => s[8..]).ToList();
        var items = await db.Set<ContentItem>().AsNoTracking().Where(c => sets.Contains(c.LocalizationSet)).ToListAsync(cancellationToken);
        var following = new List<(string Subject, string Label, string? Url)>(subjects.Count);
        foreach (var subject in subjects)
        {
            following.Add(await DescribeAsync(subject));
        }

        Following = following;

        async Task<(string, string, string?)> DescribeAsync(string subject)
        {
            if (subject.StartsWith("type:", StringComparison.Ordinal) && ContentTypes.Find(subject[5..]) is { } type)
            {
                return (subject, T["Everything new in: {0}", type.DisplayName(culture)].Value, type.PublicPrefix);
            }

            if (moduleSubjects.FirstOrDefault(m => m.Owns(subject)) is { } owner)
            {
                var described = await owner.DescribeAsync(db, subject, culture, cancellationToken);
                return (subject, described?.Label ?? subject, described?.Url);
            }

            var translations = items.Where(i => "content:" + i.LocalizationSet == subject).ToList();
            var item = translations.FirstOrDefault(i => i.Culture == culture) ?? translations.FirstOrDefault();
            return item is null
                ? (subject, subject, (string?)null)
                : (subject, item.Title, ContentTypes.UrlOf(item.ContentType, item.Slug));
        }
    }

    public sealed class PreferencesInput
    {
        public EmailNotifications Email { get; set; }

        public bool Sms { get; set; }

        [StringLength(20, ErrorMessage = "At most {1} characters.")]
        public string? Phone { get; set; }

        public string? Culture { get; set; }
    }
}
