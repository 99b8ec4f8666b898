using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Pages.Admin;

public sealed class IndexModel(TenantContext tenantContext) : PageModel
{
    public Tenant Tenant => tenantContext.Shell.Tenant;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Roles => User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
}
