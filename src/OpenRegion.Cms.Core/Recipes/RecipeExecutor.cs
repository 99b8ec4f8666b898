using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Recipes;

/// <summary>
/// Validates a whole recipe before running anything, then runs its steps in one transaction:
/// a recipe is applied entirely or not at all.
/// </summary>
public sealed class RecipeExecutor(
    IEnumerable<IRecipeStep> steps,
    RecipeLibrary library,
    ModuleCatalog modules,
    TenantRegistry registry,
    ThemeCatalog themes,
    ICmsDbContextFactory dbFactory,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<RecipeExecutor> logger)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<string> StepNames => _steps.Keys;

    /// <summary>Replaces {{tenant.*}} placeholders, JSON-escaping the values, so one commune recipe serves every commune.</summary>
    public static string Substitute(string json, Tenant? tenant)
    {
        if (tenant is null)
        {
            return json;
        }

        static string Escape(string value) => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        return json
            .Replace("{{tenant.id}}", Escape(tenant.Id), StringComparison.Ordinal)
            .Replace("{{tenant.nameAr}}", Escape(tenant.NameAr), StringComparison.Ordinal)
            .Replace("{{tenant.nameFr}}", Escape(tenant.NameFr), StringComparison.Ordinal)
            .Replace("{{tenant.population}}", (tenant.Population ?? 0).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    public IReadOnlyList<RecipeError> Validate(string json, RecipeScope scope) => Parse(json, scope, out _).Errors;

    public Task RunNamedAsync(string recipeName, Tenant? tenant, CancellationToken cancellationToken = default) =>
        RunAsync(recipeName, library.Read(recipeName), tenant, null, cancellationToken);

    /// <param name="beforeCommit">Runs inside the transaction after the last step (e.g. to mark the tenant Running).</param>
    public async Task RunAsync(string recipeName, string json, Tenant? tenant, Func<ICmsDbContext, Task>? beforeCommit, CancellationToken cancellationToken = default)
    {
        var scope = tenant is null ? RecipeScope.Platform : RecipeScope.Tenant;
        var parsed = Parse(Substitute(json, tenant), scope, out var document);
        if (parsed.Errors.Count > 0)
        {
            throw new RecipeException(recipeName, parsed.Errors);
        }

        using (document)
        {
            await using var lease = tenant is null ? dbFactory.ForPlatform() : dbFactory.ForTenant(tenant.Id);
            var db = lease.Db;
            var context = new RecipeExecutionContext(db, tenant, services, clock);
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                for (var i = 0; i < parsed.Steps.Count; i++)
                {
                    var (step, element) = parsed.Steps[i];
                    try
                    {
                        await step.ExecuteAsync(element, context, cancellationToken);
                        await db.SaveChangesAsync(cancellationToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        await transaction.RollbackAsync(CancellationToken.None);
                        var error = ex is RecipeException re ? re.Errors : [new RecipeError(i + 1, step.Name, $"$.steps[{i}]", ex.GetBaseException().Message)];
                        throw new RecipeException(recipeName, error, ex);
                    }
                }

                if (beforeCommit is not null)
                {
                    await beforeCommit(db);
                    await db.SaveChangesAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            logger.LogInformation("Recipe {Recipe} applied to {Tenant} ({Steps} steps)", recipeName, tenant?.Id ?? "platform", parsed.Steps.Count);
            foreach (var action in context.AfterCommitActions)
            {
                try
                {
                    await action(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The recipe is committed; a failed notification must not undo it, but the operator must hear of it.
                    logger.LogError(ex, "An after-commit action of recipe {Recipe} failed", recipeName);
                }
            }
        }
    }

    private ParsedRecipe Parse(string json, RecipeScope scope, out JsonDocument? document)
    {
        var errors = new List<RecipeError>();
        var parsedSteps = new List<(IRecipeStep, JsonElement)>();
        document = null;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber + 1;
            var position = ex.BytePositionInLine + 1;
            errors.Add(new RecipeError(null, null, "$", $"is not valid JSON (line {line}, position {position})."));
            return new ParsedRecipe(errors, parsedSteps);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new RecipeError(null, null, "$", "must be a JSON object."));
            return new ParsedRecipe(errors, parsedSteps);
        }

        if (!root.TryGetProperty("steps", out var stepsElement) || stepsElement.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new RecipeError(null, null, "$.steps", "is required and must be an array."));
            return new ParsedRecipe(errors, parsedSteps);
        }

        var services = new RecipeServices(modules, registry.All, themes, library);
        var index = 0;
        foreach (var element in stepsElement.EnumerateArray())
        {
            var path = $"$.steps[{index}]";
            var number = index + 1;
            index++;
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String)
            {
                errors.Add(new RecipeError(number, null, $"{path}.name", "every step needs a \"name\" string."));
                continue;
            }

            var name = nameElement.GetString()!;
            if (!_steps.TryGetValue(name, out var step))
            {
                errors.Add(new RecipeError(number, name, $"{path}.name", $"unknown step; known steps: {string.Join(", ", _steps.Keys.Order(StringComparer.Ordinal))}."));
                continue;
            }

            if (step.Scope != scope)
            {
                errors.Add(new RecipeError(number, name, $"{path}.name", step.Scope == RecipeScope.Platform
                    ? "this step belongs to platform recipes, not to a tenant's."
                    : "this step sets up a tenant and cannot run in a platform recipe."));
                continue;
            }

            var validation = new RecipeStepValidation(number, name, path, scope, services);
            step.Validate(element, validation);
            errors.AddRange(validation.Errors);
            parsedSteps.Add((step, element));
        }

        return new ParsedRecipe(errors, parsedSteps);
    }

    private sealed record ParsedRecipe(IReadOnlyList<RecipeError> Errors, IReadOnlyList<(IRecipeStep Step, JsonElement Element)> Steps);

    private sealed class RecipeServices(ModuleCatalog modules, IReadOnlyList<Tenant> tenants, ThemeCatalog themes, RecipeLibrary library) : IRecipeServices
    {
        public ModuleCatalog Modules { get; } = modules;

        public IReadOnlyList<Tenant> ExistingTenants { get; } = tenants;

        public ThemeCatalog Themes { get; } = themes;

        public bool RecipeExists(string name) => library.Exists(name);
    }
}
