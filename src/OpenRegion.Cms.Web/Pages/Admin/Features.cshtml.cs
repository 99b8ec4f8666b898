using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Admin;

[Authorize(Policy = PermissionPolicy.ManageTenant)]
public sealed class FeaturesModel(TenantContext tenant, TenantRegistry registry, TenantService tenants, ModuleCatalog modules, IStringLocalizer<HostStrings> T) : PageModel
{
    public IReadOnlyList<IModule> Modules => modules.Modules;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    private IReadOnlyList<string> _enabled = [];

    public bool IsEnabled(string id) => _enabled.Contains(id);

    public void OnGet() => _enabled = tenant.Shell.Tenant.EnabledFeatures;

    public async Task<IActionResult> OnPostAsync(string? feature, bool enable, CancellationToken cancellationToken)
    {
        try
        {
            if (feature is null || modules.Find(feature) is null)
            {
                throw new TenantValidationException("Feature", "Unknown feature.");
            }

            await tenants.SetFeatureAsync(tenant.TenantId!, feature, enable, cancellationToken);
            Message = enable ? T["Feature enabled."] : T["Feature disabled."];
        }
        catch (TenantValidationException ex)
        {
            IsError = true;
            Message = T[ex.Message];
        }

        _enabled = registry.Find(tenant.TenantId!)?.EnabledFeatures ?? [];
        return Page();
    }
}
