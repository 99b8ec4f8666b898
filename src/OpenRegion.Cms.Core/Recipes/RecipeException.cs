namespace OpenRegion.Cms.Core.Recipes;

/// <summary>A recipe was refused or failed; nothing of it was applied.</summary>
public sealed class RecipeException(string recipeName, IReadOnlyList<RecipeError> errors, Exception? inner = null)
    : Exception($"Recipe '{recipeName}' was not applied: " + string.Join("; ", errors), inner)
{
    public string RecipeName { get; } = recipeName;

    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
