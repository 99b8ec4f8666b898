using System.Text.Json;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Recipes.Steps;

/// <summary>
/// Platform recipes only. { "name": "tenants", "tenants": [ { "id", "nameAr", "nameFr", "kind", "parent",
/// "population", "prefix", "hosts": [], "recipe" } ] } — creates the tenants, Uninitialized; each then runs its own recipe.
/// </summary>
public sealed class TenantsStep : IRecipeStep
{
    public string Name => "tenants";

    public RecipeScope Scope => RecipeScope.Platform;

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        var accepted = new List<Tenant>(validation.Services.ExistingTenants);
        foreach (var (item, path) in validation.Array(step, "tenants", "", required: true))
        {
            TenantDefinition definition;
            try
            {
                definition = Read(item);
            }
            catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
            {
                validation.Error(path, $"cannot be read as a tenant: {ex.Message}");
                continue;
            }

            try
            {
                TenantDefinitionValidator.Validate(definition, accepted);
                accepted.Add(TenantService.ToTenant(definition, DateTimeOffset.MinValue));
            }
            catch (TenantValidationException ex)
            {
                validation.Error($"{path}.{RecipeProperty(ex.Field)}", ex.Message);
            }

            if (definition.Recipe is not null && !validation.Services.RecipeExists(definition.Recipe))
            {
                validation.Error($"{path}.recipe", $"no recipe named '{definition.Recipe}'.");
            }

            if (definition.ParentId is not null && accepted.All(t => t.Id != definition.ParentId))
            {
                validation.Error($"{path}.parent", $"no tenant '{definition.ParentId}'.");
            }
        }
    }

    public Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.GetProperty("tenants").EnumerateArray())
        {
            context.Db.Set<Tenant>().Add(TenantService.ToTenant(Read(item), context.Clock.GetUtcNow()));
        }

        return Task.CompletedTask;
    }

    /// <summary>The recipe's own name for a definition field, so an error points at what the author wrote.</summary>
    private static string RecipeProperty(string field) => field switch
    {
        "UrlPrefix" => "prefix",
        "HostNames" => "hosts",
        "Name" => "nameAr",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };

    private static TenantDefinition Read(JsonElement item) => new()
    {
        Id = item.GetProperty("id").GetString() ?? "",
        NameAr = item.GetProperty("nameAr").GetString() ?? "",
        NameFr = item.GetProperty("nameFr").GetString() ?? "",
        Kind = item.TryGetProperty("kind", out var kind) ? Enum.Parse<TenantKind>(kind.GetString() ?? "", ignoreCase: true) : TenantKind.Commune,
        ParentId = item.TryGetProperty("parent", out var parent) ? parent.GetString() : null,
        Population = item.TryGetProperty("population", out var population) ? population.GetInt32() : null,
        UrlPrefix = item.TryGetProperty("prefix", out var prefix) ? prefix.GetString() ?? "" : "",
        HostNames = item.TryGetProperty("hosts", out var hosts) ? hosts.EnumerateArray().Select(h => h.GetString() ?? "").ToList() : [],
        Recipe = item.TryGetProperty("recipe", out var recipe) ? recipe.GetString() : null,
    };
}
