using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;
using OpenRegion.Cms.Web.Tenancy;

namespace OpenRegion.Cms.Web.Pages.Admin;

/// <summary>
/// One tenant for the platform administrator: its usage; its names, population and address; disable or enable; an
/// export to download; deletion with the identifier typed and a final export kept.
/// </summary>
[Authorize(Policy = PermissionPolicy.PlatformAdmin)]
[RequestFormLimits(MultipartBodyLengthLimit = 8 * 1024 * 1024)]
public sealed class TenantModel(
    TenantRegistry registry, TenantService tenants, TenantExporter exporter, TenantRemoval removal, ICmsDbContextFactory dbs, MediaStore store, IAuditLog audit, ICmsDbContext db,
    IStringLocalizer<HostStrings> T) : PageModel
{
    public Tenant Site { get; private set; } = null!;

    public Tenant? Parent => Site.ParentId is { } id ? registry.Find(id) : null;

    public IReadOnlyList<Tenant> Children { get; private set; } = [];

    public TenantUsage? Usage { get; private set; }

    /// <summary>The memory its cached state holds (0: released, it loads again on its next visit).</summary>
    public long MemoryHeld => registry.MemoryHeld(Site.Id);

    [BindProperty]
    public DetailsInput Details { get; set; } = new();

    [BindProperty]
    public string? Confirmation { get; set; }

    [BindProperty]
    public AppearanceInput Appearance { get; set; } = new();

    /// <summary>The site's logo address (tenant-relative), if it has one.</summary>
    public string? Logo { get; private set; }

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        if (!Load())
        {
            context.Result = NotFound();
            return;
        }

        var executed = await next();
        if (executed.Result is PageResult)
        {
            Load();
            Usage = (await TenantDirectory.UsageAsync(dbs, store, [Site.Id], HttpContext.RequestAborted)).GetValueOrDefault(Site.Id);
            if (await registry.GetShellAsync(Site.Id, HttpContext.RequestAborted) is { } shell)
            {
                Logo = TenantAppearance.LogoOf(shell);
                if (context.HandlerMethod?.Name != nameof(OnPostAppearanceAsync))
                {
                    Appearance = AppearanceInput.Of(shell);
                }
            }
        }
    }

    private bool Load()
    {
        var id = RouteData.Values["id"] as string ?? "";
        Site = registry.Find(id)!;
        Children = registry.All.Where(t => t.ParentId == id).OrderBy(t => t.NameFr, StringComparer.Ordinal).ToList();
        return Site is not null;
    }

    public void OnGet()
    {
        Details = DetailsInput.Of(Site);
    }

    public async Task<IActionResult> OnPostDetailsAsync(CancellationToken cancellationToken)
    {
        // A population that is not a number binds as none: it must not wipe the one the commune has.
        if (ModelState[$"{nameof(Details)}.{nameof(DetailsInput.Population)}"]?.Errors.Count > 0 || Site.Kind == TenantKind.Commune && Details.Population is null)
        {
            return Refused("Details.Population", new TenantValidationException("Population", "Give the commune's population: it sets the number of signatures a petition needs."));
        }

        try
        {
            await tenants.UpdateDetailsAsync(Site.Id, Details.NameAr ?? "", Details.NameFr ?? "", Details.Population, Details.UrlPrefix ?? "",
                (Details.HostNames ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), cancellationToken);
            TempData["Saved"] = T["Saved."].Value;
            return RedirectToPage(new { id = Site.Id });
        }
        catch (TenantValidationException ex)
        {
            return Refused("Details." + ex.Field, ex);
        }
    }

    public async Task<IActionResult> OnPostAppearanceAsync([FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var problems = await Appearance.CheckAsync("Appearance.", cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var (field, problem, arguments) in problems)
            {
                ModelState.AddModelError(field, T[problem, arguments]);
            }

            IsError = true;
            Message = T["Nothing was changed. Correct the fields below:"] + " " + string.Join(" ", problems.Select(p => T[p.Problem, p.Arguments].Value));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await using (var lease = dbs.ForTenant(Site.Id))
        {
            await Appearance.ApplyAsync(lease.Db, store, Site, User.Identity?.Name, clock.GetUtcNow(), cancellationToken);
        }

        audit.Record("tenant.appearance", Site.Id);
        await db.SaveChangesAsync(cancellationToken);
        await registry.ReloadAsync(cancellationToken);
        TempData["Saved"] = T["Saved."].Value;
        return RedirectToPage(new { id = Site.Id });
    }

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) => StateAsync(() => tenants.DisableAsync(Site.Id, cancellationToken), T["Tenant disabled."]);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) => StateAsync(() => tenants.EnableAsync(Site.Id, cancellationToken), T["Tenant enabled."]);

    /// <summary>
    /// The whole tenant as an archive. It is written to a temporary file first, so a failure is an error page and not a
    /// truncated download; the file is gone once sent.
    /// </summary>
    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (Site.State is not (TenantState.Running or TenantState.Disabled))
        {
            return Refused("", new TenantValidationException("State", "Only a running or disabled tenant can be exported: finish its set-up first."));
        }

        Directory.CreateDirectory(removal.ExportFolder);
        var temporary = Path.Combine(removal.ExportFolder, $".download-{Guid.NewGuid():N}.zip");
        var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await exporter.ExportAsync(Site.Id, file, cancellationToken);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        file.Position = 0;
        audit.Record("tenant.exported", Site.Id);
        await db.SaveChangesAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(file, "application/zip", $"{Site.Id}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.zip");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        try
        {
            var removed = await removal.DeleteAsync(Site.Id, Confirmation, cancellationToken);
            TempData["Saved"] = T["The tenant {0} is deleted. Its final export is kept as {1} (SHA-256 {2}).", Site.NameFr, removed.ExportFile, removed.Sha256].Value;
            TempData["FinalExport"] = removed.ExportFile;
            return RedirectToPage("/Admin/Tenants");
        }
        catch (TenantValidationException ex)
        {
            return Refused(nameof(Confirmation), ex);
        }
    }

    private async Task<IActionResult> StateAsync(Func<Task> change, string success)
    {
        try
        {
            await change();
            TempData["Saved"] = success;
            return RedirectToPage(new { id = Site.Id });
        }
        catch (TenantValidationException ex)
        {
            return Refused("", ex);
        }
    }

    private PageResult Refused(string field, TenantValidationException ex)
    {
        IsError = true;
        Message = T[ex.Message];
        ModelState.AddModelError(field, Message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public sealed class DetailsInput
    {
        public string? NameAr { get; set; }

        public string? NameFr { get; set; }

        public int? Population { get; set; }

        public string? UrlPrefix { get; set; }

        public string? HostNames { get; set; }

        public static DetailsInput Of(Tenant tenant) => new()
        {
            NameAr = tenant.NameAr, NameFr = tenant.NameFr, Population = tenant.Population, UrlPrefix = tenant.UrlPrefix, HostNames = string.Join(", ", tenant.HostNames),
        };
    }
}
