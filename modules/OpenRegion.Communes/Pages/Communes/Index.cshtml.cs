using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Communes.Pages.Communes;

[AllowAnonymous]
public sealed class IndexModel(TenantRegistry registry, TenantContext tenantContext) : PageModel
{
    public IReadOnlyList<Tenant> Communes { get; private set; } = [];

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public void OnGet()
    {
        var current = tenantContext.Shell.Tenant;
        // The region lists every commune of the platform; a province or commune lists those under it.
        Communes = registry.All
            .Where(t => t.State == TenantState.Running && t.Kind == TenantKind.Commune && (current.Kind == TenantKind.Region || t.ParentId == current.Id))
            .OrderBy(t => t.DisplayName(Culture), StringComparer.Create(CultureInfo.CurrentCulture, true))
            .ToList();
    }

    public string LinkTo(Tenant tenant) =>
        tenant.HostNames.FirstOrDefault(h => !h.StartsWith('*')) is { } host
            ? $"{Request.Scheme}://{host}/" + (tenant.UrlPrefix.Length > 0 ? tenant.UrlPrefix + "/" : "")
            : "/" + tenant.UrlPrefix + "/";
}
