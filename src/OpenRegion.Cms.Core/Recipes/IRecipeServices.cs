using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Recipes;

/// <summary>What steps may consult while validating: the modules and themes of the build and the existing tenants.</summary>
public interface IRecipeServices
{
    ModuleCatalog Modules { get; }

    IReadOnlyList<Tenant> ExistingTenants { get; }

    ThemeCatalog Themes { get; }

    bool RecipeExists(string name);
}
