using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;
using OpenRegion.Cms.Web.Tenancy;

namespace OpenRegion.Cms.Web.Pages.Admin;

/// <summary>
/// Onboarding a commune (or a province) in one guided page: names, province, population, address, colours, logo and
/// the e-mail of its administrator. Every field is checked before anything is created; then the site is created, its
/// recipe run, its appearance set and its administrator invited, and it is running when the page answers.
/// </summary>
[Authorize(Policy = PermissionPolicy.PlatformAdmin)]
// Above the logo's 1 MB, so that a photo sent by mistake gets the page's own message rather than a bare 413.
[RequestFormLimits(MultipartBodyLengthLimit = 8 * 1024 * 1024)]
[RequestSizeLimit(8 * 1024 * 1024)]
public sealed class OnboardingModel(
    TenantRegistry registry, TenantService tenants, TenantInitializer initializer, ICmsDbContextFactory dbs, MediaStore store, InvitationService invitations,
    TimeProvider clock, IHttpContextAccessor http, IStringLocalizer<HostStrings> T, ILogger<OnboardingModel> logger) : PageModel
{
    [BindProperty]
    public SiteInput Site { get; set; } = new();

    [BindProperty]
    public AppearanceInput Appearance { get; set; } = new();

    public bool IsError { get; private set; }

    /// <summary>The tenants a new one may belong to: provinces for a commune, regions for a province.</summary>
    public IEnumerable<Tenant> Parents(TenantKind kind) => registry.All.Where(t => t.Kind == kind).OrderBy(t => t.NameFr, StringComparer.Ordinal);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the checks below say what is wrong, in the visitor's language
        await registry.ReloadAsync(cancellationToken);
        var definition = Definition();
        void Problem(string field, string message) => ModelState.AddModelError(field, message);
        try
        {
            TenantDefinitionValidator.Validate(definition, registry.All);
        }
        catch (TenantValidationException ex)
        {
            Problem("Site." + ex.Field, T[ex.Message]);
        }

        var parent = registry.Find(Site.ParentId ?? "");
        if (Site.Kind == TenantKind.Commune && parent?.Kind != TenantKind.Province)
        {
            Problem("Site.ParentId", T["Choose the commune's province."]);
        }
        else if (Site.Kind == TenantKind.Province && parent?.Kind != TenantKind.Region)
        {
            Problem("Site.ParentId", T["Choose the province's region."]);
        }
        else if (Site.Kind == TenantKind.Region)
        {
            Problem("Site.Kind", T["Choose a level from the list."]);
        }

        if (Site.Kind == TenantKind.Commune && Site.Population is null)
        {
            Problem("Site.Population", T["Give the commune's population: it sets the number of signatures a petition needs."]);
        }

        var email = Site.AdminEmail?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > 256 || !MailAddress.TryCreate(email, out _)))
        {
            Problem("Site.AdminEmail", T["This e-mail address is not valid."]);
        }

        foreach (var (field, problem, arguments) in await Appearance.CheckAsync("Appearance.", cancellationToken))
        {
            Problem(field, T[problem, arguments]);
        }

        if (!ModelState.IsValid)
        {
            IsError = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var tenant = await tenants.CreateAsync(definition, cancellationToken);
        if (!await initializer.InitializeAsync(tenant.Id, cancellationToken))
        {
            TempData["Saved"] = T["The tenant was created but its set-up failed; see the log."].Value;
            return RedirectToPage("/Admin/Tenant", new { id = tenant.Id });
        }

        await using (var lease = dbs.ForTenant(tenant.Id))
        {
            await Appearance.ApplyAsync(lease.Db, store, tenant, User.Identity?.Name, clock.GetUtcNow(), cancellationToken);
            if (!string.IsNullOrEmpty(email))
            {
                var pending = invitations.Create(lease.Db, tenant, email, CmsRoles.TenantAdmin);
                new AuditLog(lease.Db, http, clock).Record("role.invited", email, new { Role = CmsRoles.TenantAdmin });
                await lease.Db.SaveChangesAsync(cancellationToken);
                try
                {
                    await invitations.SendAsync(pending, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The site is running; only the e-mail failed: say so, and where to send it again.
                    logger.LogError(ex, "The invitation of {Tenant}'s administrator could not be sent", tenant.Id);
                    TempData["Saved"] = T["The site {0} is running, but the invitation could not be sent to {1}: invite them again from the site's Users page.", tenant.NameFr, email].Value;
                    return RedirectToPage("/Admin/Tenant", new { id = tenant.Id });
                }
            }
        }

        await registry.ReloadAsync(cancellationToken); // the shell is read again with its appearance
        TempData["Saved"] = string.IsNullOrEmpty(email)
            ? T["The site {0} is running.", tenant.NameFr].Value
            : T["The site {0} is running. Its administrator is invited by e-mail at {1}.", tenant.NameFr, email].Value;
        return RedirectToPage("/Admin/Tenant", new { id = tenant.Id });
    }

    private TenantDefinition Definition() => new()
    {
        Id = (Site.Id ?? "").Trim(),
        NameAr = Site.NameAr ?? "",
        NameFr = Site.NameFr ?? "",
        Kind = Site.Kind,
        ParentId = Site.ParentId,
        Population = Site.Population,
        UrlPrefix = Site.UrlPrefix ?? "",
        HostNames = (Site.HostNames ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Recipe = Site.Kind == TenantKind.Province ? "province" : "commune",
    };

    public sealed class SiteInput
    {
        public string? Id { get; set; }

        public string? NameAr { get; set; }

        public string? NameFr { get; set; }

        public TenantKind Kind { get; set; } = TenantKind.Commune;

        public string? ParentId { get; set; }

        public int? Population { get; set; }

        public string? UrlPrefix { get; set; }

        public string? HostNames { get; set; }

        public string? AdminEmail { get; set; }
    }
}
