using System.Text.Json;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Recipes;

namespace OpenRegion.Petitions.Domain;

/// <summary>
/// Petitions from a recipe — demo data, or those a council received on paper before it used the platform:
/// <code>
/// { "name": "petitions", "tenant": "beni-mellal" (optional: only on this tenant),
///   "petitions": [ { "title": "…", "reasons": "…", "objectives": "…", "language": "ar" | "fr", "proxyName": "…",
///     "openedDaysAgo": 12 } ] }
/// </code>
/// They open for signatures (filed at the council's office: no account of the platform is their filer).
/// </summary>
public sealed class PetitionsRecipeStep : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "petitions";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        foreach (var (element, path) in validation.Array(step, "petitions", "", required: true))
        {
            RecipePetition? petition;
            try
            {
                petition = element.Deserialize<RecipePetition>(Json);
            }
            catch (JsonException ex)
            {
                validation.Error(path, "is not a petition: " + ex.Message);
                continue;
            }

            if (petition is null)
            {
                validation.Error(path, "must be an object.");
                continue;
            }

            foreach (var (field, value, max) in new[] { ("title", petition.Title, Petition.MaxTitleLength), ("reasons", petition.Reasons, Petition.MaxTextLength), ("objectives", petition.Objectives, Petition.MaxTextLength), ("proxyName", petition.ProxyName, Petition.MaxNameLength) })
            {
                if (string.IsNullOrWhiteSpace(value) || value.Length > max)
                {
                    validation.Error($"{path}.{field}", $"is required, at most {max} characters.");
                }
            }

            if (petition.Language is not ("ar" or "fr"))
            {
                validation.Error(path + ".language", "must be ar or fr.");
            }

            if (petition.OpenedDaysAgo is < 0 or > 3650)
            {
                validation.Error(path + ".openedDaysAgo", "must be a number of days from 0 to 3650.");
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        if (step.TryGetProperty("tenant", out var only) && only.GetString() != context.Tenant?.Id)
        {
            return;
        }

        var now = context.Clock.GetUtcNow();
        foreach (var element in step.GetProperty("petitions").EnumerateArray())
        {
            var spec = element.Deserialize<RecipePetition>(Json)!;
            var opened = now.AddDays(-spec.OpenedDaysAgo);
            var petition = new Petition
            {
                Title = spec.Title!.Trim(), Reasons = spec.Reasons!.Trim(), Objectives = spec.Objectives!.Trim(), Language = spec.Language!, ProxyName = spec.ProxyName!.Trim(),
                Filer = PetitionFiler.Citizens, FilerUserId = "", State = PetitionState.Collecting, CreatedUtc = opened, OpenedUtc = opened,
            };
            context.Db.Set<Petition>().Add(petition);
            await context.Db.SaveChangesAsync(cancellationToken);
            context.Db.Set<PetitionStep>().Add(new PetitionStep { PetitionId = petition.Id, State = PetitionState.Collecting, AtUtc = opened });
        }

        await context.Db.SaveChangesAsync(cancellationToken);
    }

    private sealed record RecipePetition(string? Title, string? Reasons, string? Objectives, string? Language, string? ProxyName, int OpenedDaysAgo);
}
