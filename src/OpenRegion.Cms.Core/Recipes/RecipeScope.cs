namespace OpenRegion.Cms.Core.Recipes;

/// <summary>Whether a recipe sets up one tenant or the platform (creating tenants).</summary>
public enum RecipeScope
{
    Tenant,
    Platform,
}
