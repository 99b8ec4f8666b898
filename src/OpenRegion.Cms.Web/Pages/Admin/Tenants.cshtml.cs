using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Admin;

[Authorize(Policy = PermissionPolicy.PlatformAdmin)]
public sealed class TenantsModel(TenantRegistry registry, TenantService tenants, TenantInitializer initializer, TenantContext current, IStringLocalizer<HostStrings> T) : PageModel
{
    public IReadOnlyList<Tenant> Tenants => registry.All;

    [BindProperty]
    public TenantInput Input { get; set; } = new();

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var definition = new TenantDefinition
            {
                Id = (Input.Id ?? "").Trim(),
                NameAr = Input.NameAr ?? "",
                NameFr = Input.NameFr ?? "",
                Kind = Input.Kind,
                ParentId = current.TenantId,
                Population = Input.Population,
                UrlPrefix = Input.UrlPrefix ?? "",
                HostNames = (Input.HostNames ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Recipe = "commune",
            };
            var tenant = await tenants.CreateAsync(definition, cancellationToken);
            var ok = await initializer.InitializeAsync(tenant.Id, cancellationToken);
            Message = ok ? T["The tenant {0} is running.", tenant.NameFr] : T["The tenant was created but its set-up failed; see the log."];
            IsError = !ok;
            Input = new TenantInput();
            ModelState.Clear();
        }
        catch (TenantValidationException ex)
        {
            IsError = true;
            Message = T[ex.Message];
            ModelState.AddModelError("Input." + ex.Field, Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
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

    public sealed class TenantInput
    {
        public string? Id { get; set; }

        public string? NameAr { get; set; }

        public string? NameFr { get; set; }

        public TenantKind Kind { get; set; } = TenantKind.Commune;

        public int? Population { get; set; }

        public string? UrlPrefix { get; set; }

        public string? HostNames { get; set; }
    }
}
