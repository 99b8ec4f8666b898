using System.Text.Json;

namespace OpenRegion.Cms.Core.Recipes;

/// <summary>Collects the errors of one step with the step's position, so messages name where they come from.</summary>
public sealed class RecipeStepValidation(int stepNumber, string stepName, string stepPath, RecipeScope scope, IRecipeServices services)
{
    private readonly List<RecipeError> _errors = [];

    public IReadOnlyList<RecipeError> Errors => _errors;

    public RecipeScope Scope { get; } = scope;

    public IRecipeServices Services { get; } = services;

    public void Error(string relativePath, string message) =>
        _errors.Add(new RecipeError(stepNumber, stepName, relativePath.Length == 0 ? stepPath : $"{stepPath}.{relativePath}", message));

    /// <summary>Reads a required string property, reporting it when absent or of the wrong kind.</summary>
    public string? RequireString(JsonElement element, string property, string path)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            Error(Join(path, property), "is required.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Error(Join(path, property), "must be a non-empty string.");
            return null;
        }

        return value.GetString();
    }

    /// <summary>Reads an optional array property; reports it when present and not an array.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement element, string property, string path, bool required = false)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(Join(path, property), "is required.");
            }

            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(Join(path, property), "must be an array.");
            return [];
        }

        return value.EnumerateArray().Select((item, index) => (item, $"{Join(path, property)}[{index}]")).ToList();
    }

    public static string Join(string path, string property) => path.Length == 0 ? property : $"{path}.{property}";
}
