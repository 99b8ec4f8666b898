using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Recipes.Steps;

/// <summary>{ "name": "settings", "settings": { "Key": any JSON value } }</summary>
public sealed class SettingsStep : IRecipeStep
{
    public string Name => "settings";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        if (!step.TryGetProperty("settings", out var settings) || settings.ValueKind != JsonValueKind.Object)
        {
            validation.Error("settings", "is required and must be an object.");
            return;
        }

        foreach (var property in settings.EnumerateObject())
        {
            if (property.Name.Length is 0 or > 200)
            {
                validation.Error($"settings.{property.Name}", "a setting key must have 1 to 200 characters.");
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var set = context.Db.Set<TenantSetting>();
        foreach (var property in step.GetProperty("settings").EnumerateObject())
        {
            var existing = await set.FirstOrDefaultAsync(s => s.Key == property.Name, cancellationToken);
            if (existing is null)
            {
                set.Add(new TenantSetting { Key = property.Name, ValueJson = property.Value.GetRawText() });
            }
            else
            {
                existing.ValueJson = property.Value.GetRawText();
            }
        }
    }
}
