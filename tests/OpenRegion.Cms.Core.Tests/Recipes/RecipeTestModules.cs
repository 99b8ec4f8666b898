using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Cms.Core.Tests.Recipes;

/// <summary>A small module standing in for OpenRegion.Pages: one permission held by tenant admins and editors.</summary>
internal sealed class TestPagesModule : IModule
{
    public string Id => "Test.Pages";

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string> { ["fr"] = "Pages", ["ar"] = "الصفحات" };

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
        [new PermissionDefinition("Pages.Edit", "Edit pages", [CmsRoles.TenantAdmin, CmsRoles.Editor])];
}

/// <summary>A module that depends on <see cref="TestPagesModule"/>.</summary>
internal sealed class TestCommentsModule : IModule
{
    public string Id => "Test.Comments";

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string> { ["fr"] = "Commentaires" };

    public IReadOnlyList<string> Dependencies { get; } = ["Test.Pages"];

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
        [new PermissionDefinition("Comments.Moderate", "Moderate comments", [CmsRoles.Moderator])];
}
