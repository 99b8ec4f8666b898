using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Pages;

/// <summary>
/// The tenant's content: static pages, the home page text, and the editor every content type is written in
/// (side by side per culture, with versions, preview, scheduling).
/// </summary>
public sealed class PagesModule : IModule
{
    public const string FeatureId = "OpenRegion.Pages";

    public string Id => FeatureId;

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["ar"] = "الصفحات",
        ["fr"] = "Pages",
        ["en"] = "Pages",
        ["zgh"] = "ⵜⴰⵙⵏⵉⵡⵉⵏ",
    };

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(PagesPermissions.Edit, "Write, publish and withdraw content: pages, news, events, the home page text", [CmsRoles.TenantAdmin, CmsRoles.Editor]),
    ];

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; } =
    [
        new("Content", "/admin/content", PagesPermissions.Edit, 10),
        new("Media library", "/admin/media", PagesPermissions.Edit, 11),
        new("Templates", "/admin/templates", "Tenant.Manage", 12),
    ];

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/media/{id:long}/{name}", (HttpContext context, long id) => MediaEndpoint.ServeAsync(context, id)).AllowAnonymous();
}
