using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Admin;

[Authorize(Policy = PermissionPolicy.PlatformAdmin)]
public sealed class TenantsModel(TenantRegistry registry, TenantService tenants, TenantRemoval removal, ICmsDbContextFactory dbs, MediaStore store, IStringLocalizer<HostStrings> T) : PageModel
{
    /// <summary>The page of the list shown: searched, filtered, 25 at a time.</summary>
    public TenantPage Found { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyDictionary<string, TenantUsage> Usage { get; private set; } = new Dictionary<string, TenantUsage>();

    public long MemoryHeld(string tenantId) => registry.MemoryHeld(tenantId);

    public (int Loaded, long Bytes, long Budget) ShellMemory => registry.ShellMemory();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public TenantKind? KindFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public TenantState? StateFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is PageResult)
        {
            Found = TenantDirectory.Find(registry.All, Query, KindFilter, StateFilter, PageNumber);
            Usage = await TenantDirectory.UsageAsync(dbs, store, [.. Found.Tenants.Select(t => t.Id)], HttpContext.RequestAborted);
        }
    }

    /// <summary>The list's address with the current search and filters, at another page.</summary>
    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query, ["kind"] = KindFilter?.ToString(), ["state"] = StateFilter?.ToString(), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>A deleted tenant's final export, from the deployment's exports folder.</summary>
    public IActionResult OnGetFinalExport(string? file)
    {
        var path = removal.FinalExport(file);
        if (path is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return PhysicalFile(path, "application/zip", file);
    }

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(() => tenants.DisableAsync(id, cancellationToken), T["Tenant disabled."]);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(() => tenants.EnableAsync(id, cancellationToken), T["Tenant enabled."]);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string success)
    {
        try
        {
            await change();
            Message = success;
        }
        catch (TenantValidationException ex)
        {
            IsError = true;
            Message = T[ex.Message];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
