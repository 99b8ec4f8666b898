namespace OpenRegion.Cms.Core.Recipes;

/// <summary>One thing wrong with a recipe: the step (1-based index and name) and the JSON path at fault.</summary>
public sealed record RecipeError(int? StepNumber, string? StepName, string JsonPath, string Message)
{
    public override string ToString() =>
        StepNumber is null ? $"{JsonPath}: {Message}" : $"step {StepNumber} ({StepName ?? "?"}) at {JsonPath}: {Message}";
}
