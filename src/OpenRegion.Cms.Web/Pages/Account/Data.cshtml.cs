using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Privacy;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Account;

/// <summary>
/// "My data": what the platform holds about the signed-in citizen on every site, a download of all of it (JSON), and
/// the erasure of their account — with what stays counted and what the administration keeps, said before they confirm.
/// </summary>
[Authorize]
public sealed class DataModel(UserManager<CmsUser> users, SignInManager<CmsUser> signIn, ICmsDbContextFactory dbs, ICmsDbContext db, TenantContext tenant,
    TenantRegistry registry, ContentVersions versions, TimeProvider clock, ILogger<DataModel> logger, IStringLocalizer<HostStrings> T) : PageModel
{
    public CmsUser Account { get; private set; } = null!;

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<ErasureBlocker> Blockers { get; private set; } = [];

    public int RetentionDays { get; private set; } = Retention.DefaultDays;

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public bool Understood { get; set; }

    public string? Error { get; private set; }

    public string SiteName(string tenantId) =>
        registry.Find(tenantId) is { } site ? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar" ? site.NameAr : site.NameFr) : tenantId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await LoadAsync(user, cancellationToken);
        return Page();
    }

    /// <summary>Everything, as one JSON file to keep.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await using var lease = dbs.ForPlatform();
        var now = clock.GetUtcNow();
        var json = await PersonalData.ExportAsync(lease.Db, user, now, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(json, "application/json; charset=utf-8", $"openregion-my-data-{now:yyyy-MM-dd}.json");
    }

    [Limited(LimitedAction.Login)]
    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var now = clock.GetUtcNow();
        await using var lease = dbs.ForPlatform();
        var blockers = await PersonalData.BlockersAsync(lease.Db, user, now, cancellationToken);
        if (blockers.Count > 0)
        {
            Error = T["Your account cannot be erased yet: see what must end first."];
        }
        else if (!Understood)
        {
            Error = T["Tick the box to confirm that you understand what erasing your account does."];
        }
        else if (string.IsNullOrEmpty(Password) || !await users.CheckPasswordAsync(user, Password))
        {
            Error = T["This is not your password. Nothing was erased."];
        }

        if (Error is not null)
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        // The account is loaded again in the platform context that erases it (the one above belongs to Identity's store).
        var account = await lease.Db.Set<CmsUser>().FindAsync([user.Id], cancellationToken);
        if (account is null)
        {
            return Challenge();
        }

        var erased = await PersonalData.EraseAsync(lease.Db, account, now, cancellationToken);

        // Cached pages of those sites may show the name: they are made again.
        foreach (var site in erased.Sites)
        {
            versions.Bump(site);
        }

        // The site keeps a trace that an account was erased here, with counts only: nobody, no address.
        db.Set<AuditEntry>().Add(new AuditEntry { OccurredUtc = now, Action = "privacy.account-erased", DetailsJson = JsonSerializer.Serialize(erased.Rows) });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("An account was erased from tenant {Tenant}: {Rows} rows deleted or unlinked on {Sites} sites", tenant.TenantId ?? "-", erased.Rows.Values.Sum(), erased.Sites.Count);

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Erased");
    }

    private async Task LoadAsync(CmsUser user, CancellationToken cancellationToken)
    {
        Account = user;
        await using var lease = dbs.ForPlatform();
        Counts = await PersonalData.CountAsync(lease.Db, user, cancellationToken);
        Blockers = await PersonalData.BlockersAsync(lease.Db, user, clock.GetUtcNow(), cancellationToken);
        RetentionDays = await Retention.DaysAsync(db, cancellationToken);
    }
}
