using System.Text.Json;

namespace OpenRegion.Cms.Core.Recipes.Steps;

/// <summary>{ "name": "theme", "theme": "OpenRegion.Theme.Region" }</summary>
public sealed class ThemeStep : IRecipeStep
{
    public string Name => "theme";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        var theme = validation.RequireString(step, "theme", "");
        if (theme is not null && !validation.Services.Themes.Contains(theme))
        {
            validation.Error("theme", $"unknown theme '{theme}'; known themes: {string.Join(", ", validation.Services.Themes.Names)}.");
        }
    }

    public Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var tenant = context.Db.Set<Tenancy.Tenant>().Find(context.Tenant!.Id) ?? throw new InvalidOperationException("The tenant row is missing.");
        tenant.Theme = step.GetProperty("theme").GetString()!;
        return Task.CompletedTask;
    }
}
