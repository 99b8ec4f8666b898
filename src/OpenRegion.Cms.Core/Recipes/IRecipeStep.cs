using System.Text.Json;

namespace OpenRegion.Cms.Core.Recipes;

/// <summary>
/// A kind of recipe step. Validation sees the whole recipe before anything runs; execution happens inside the
/// recipe's transaction, so a step must not cause side effects outside the database (use
/// <see cref="RecipeExecutionContext.AfterCommit"/> for e-mail and the like).
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    RecipeScope Scope => RecipeScope.Tenant;

    void Validate(JsonElement step, RecipeStepValidation validation);

    Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken);
}
