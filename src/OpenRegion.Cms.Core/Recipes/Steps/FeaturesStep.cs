using System.Text.Json;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Cms.Core.Recipes.Steps;

/// <summary>{ "name": "features", "enable": ["OpenRegion.Pages"], "disable": [] } — dependencies are enabled too.</summary>
public sealed class FeaturesStep(ModuleCatalog modules) : IRecipeStep
{
    public string Name => "features";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        foreach (var property in new[] { "enable", "disable" })
        {
            foreach (var (item, path) in validation.Array(step, property, ""))
            {
                if (item.ValueKind != JsonValueKind.String || validation.Services.Modules.Find(item.GetString()!) is null)
                {
                    validation.Error(path, $"unknown feature {item.GetRawText()}; known features: {string.Join(", ", validation.Services.Modules.Modules.Select(m => m.Id))}.");
                }
            }
        }
    }

    public Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var tenant = context.Db.Set<Tenancy.Tenant>().Find(context.Tenant!.Id) ?? throw new InvalidOperationException("The tenant row is missing.");
        var features = new List<string>(tenant.EnabledFeatures);
        foreach (var id in modules.WithDependencies(Read(step, "enable")))
        {
            if (!features.Contains(id))
            {
                features.Add(id);
            }
        }

        features.RemoveAll(Read(step, "disable").Contains);
        tenant.EnabledFeatures = features;
        return Task.CompletedTask;
    }

    private static List<string> Read(JsonElement step, string property) =>
        step.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];
}
