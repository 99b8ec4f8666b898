using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Templates;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Pages.Pages.Admin.Templates;

/// <summary>The templates a tenant admin may rewrite, and whether this site uses its own text or the default.</summary>
[Authorize(Policy = PermissionPolicy.ManageTenant)]
public sealed class IndexModel(TenantContext tenant) : PageModel
{
    public IReadOnlyList<(LiquidTemplateDefinition Definition, bool Customized)> Templates { get; private set; } = [];

    public void OnGet() =>
        Templates = [.. LiquidTemplates.Definitions.Select(d => (d, LiquidTemplates.IsCustomized(tenant.Shell, d.Name)))];
}
