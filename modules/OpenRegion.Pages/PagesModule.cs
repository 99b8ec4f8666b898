using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Pages;

/// <summary>Static pages of a tenant (and its home page text), written in Markdown per culture.</summary>
public sealed class PagesModule : IModule
{
    public const string FeatureId = "OpenRegion.Pages";

    public string Id => FeatureId;

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["ar"] = "الصفحات",
        ["fr"] = "Pages",
        ["en"] = "Pages",
    };

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(PagesPermissions.Edit, "Edit pages and the home page", [CmsRoles.TenantAdmin, CmsRoles.Editor]),
    ];

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; } =
    [
        new("Pages", "/admin/pages", PagesPermissions.Edit, 10),
    ];
}
