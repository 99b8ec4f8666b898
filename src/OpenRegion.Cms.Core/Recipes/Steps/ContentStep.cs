using System.Text.Json;
using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Cms.Core.Recipes.Steps;

/// <summary>
/// { "name": "content", "items": [ { "contentType": "HomePage", "published": true,
///   "localizations": { "ar": { "title": "…", "slug": "…", "body": "Markdown" }, "fr": { … } } } ] }
/// </summary>
public sealed class ContentStep(ContentSearchIndexer search) : IRecipeStep
{
    public static readonly IReadOnlySet<string> Cultures = new HashSet<string>(StringComparer.Ordinal) { "ar", "fr", "en", "zgh" };

    public string Name => "content";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        foreach (var (item, path) in validation.Array(step, "items", "", required: true))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                validation.Error(path, "must be an object.");
                continue;
            }

            validation.RequireString(item, "contentType", path);
            if (!item.TryGetProperty("localizations", out var localizations) || localizations.ValueKind != JsonValueKind.Object || !localizations.EnumerateObject().Any())
            {
                validation.Error($"{path}.localizations", "is required and must map at least one culture to a title and body.");
                continue;
            }

            foreach (var culture in localizations.EnumerateObject())
            {
                var culturePath = $"{path}.localizations.{culture.Name}";
                if (!Cultures.Contains(culture.Name))
                {
                    validation.Error(culturePath, $"unknown culture; use one of {string.Join(", ", Cultures)}.");
                }

                if (culture.Value.ValueKind == JsonValueKind.Object && culture.Value.TryGetProperty("slug", out var slug)
                    && Slugs.Problem(slug.GetString()) is { } problem)
                {
                    validation.Error($"{culturePath}.slug", problem);
                }

                var title = validation.RequireString(culture.Value, "title", culturePath);
                if (title is { Length: > 300 })
                {
                    validation.Error($"{culturePath}.title", "must have at most 300 characters.");
                }
            }
        }
    }

    public Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var now = context.Clock.GetUtcNow();
        var added = new List<ContentItem>();
        context.AfterCommit(_ =>
        {
            added.ForEach(search.Update);
            return Task.CompletedTask;
        });
        foreach (var item in step.GetProperty("items").EnumerateArray())
        {
            var set = Guid.NewGuid().ToString("N");
            var published = !item.TryGetProperty("published", out var p) || p.ValueKind != JsonValueKind.False;
            foreach (var culture in item.GetProperty("localizations").EnumerateObject())
            {
                var content = new ContentItem
                {
                    LocalizationSet = set,
                    ContentType = item.GetProperty("contentType").GetString()!,
                    Culture = culture.Name,
                    Title = culture.Value.GetProperty("title").GetString()!,
                    Slug = culture.Value.TryGetProperty("slug", out var slug) ? slug.GetString() ?? "" : "",
                    Body = culture.Value.TryGetProperty("body", out var body) ? body.GetString() ?? "" : "",
                    Published = published,
                    CreatedUtc = now,
                    ModifiedUtc = now,
                };
                context.Db.Set<ContentItem>().Add(content);
                added.Add(content);
            }
        }

        return Task.CompletedTask;
    }
}
