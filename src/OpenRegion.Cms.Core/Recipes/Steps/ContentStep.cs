using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Media;

namespace OpenRegion.Cms.Core.Recipes.Steps;

/// <summary>
/// { "name": "content", "items": [ { "contentType": "News", "published": true, "publishedUtc": "2026-11-10T09:00:00+01:00",
///   "startsUtc": "…", "endsUtc": "…" (events),
///   "localizations": { "ar": { "title": "…", "slug": "…", "summary": "…", "location": "…", "body": "Markdown",
///   "file": "files/programme.odt" (documents: a file beside the recipes, added to the tenant's media library) }, "fr": { … } } } ] }
/// </summary>
public sealed class ContentStep(ContentSearchIndexer search) : IRecipeStep
{
    public static readonly IReadOnlySet<string> Cultures = new HashSet<string>(StringComparer.Ordinal) { "ar", "fr", "en", "zgh" };

    private static readonly string[] DateProperties = ["publishedUtc", "startsUtc", "endsUtc"];

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

            var type = validation.RequireString(item, "contentType", path);
            if (type is not null && ContentTypes.Find(type) is null)
            {
                validation.Error($"{path}.contentType", $"unknown content type; use one of {string.Join(", ", ContentTypes.All.Select(t => t.Name))}.");
            }

            foreach (var date in DateProperties)
            {
                if (item.TryGetProperty(date, out var value) && (value.ValueKind != JsonValueKind.String || !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
                {
                    validation.Error($"{path}.{date}", "must be a date and time with its offset, e.g. 2026-12-12T10:00:00+01:00.");
                }
            }

            if (ContentTypes.Find(type)?.IsEvent == true && !item.TryGetProperty("startsUtc", out _))
            {
                validation.Error($"{path}.startsUtc", "is required for an event.");
            }
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
                else if (ContentTypes.Find(type)?.HasSlug == true && (culture.Value.ValueKind != JsonValueKind.Object || !culture.Value.TryGetProperty("slug", out _)))
                {
                    validation.Error($"{culturePath}.slug", "is required: this content type has a public page.");
                }

                if (ContentTypes.Find(type)?.HasFile == true)
                {
                    var file = culture.Value.ValueKind == JsonValueKind.Object ? Text(culture.Value, "file") : null;
                    if (file is null)
                    {
                        validation.Error($"{culturePath}.file", "is required for a document: a file beside the recipes, e.g. files/programme.odt.");
                    }
                    else if (!RecipeFiles.IsPath(file))
                    {
                        validation.Error($"{culturePath}.file", "must be a relative path under the recipes folder, without '..'.");
                    }
                    else if (!MediaRules.Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                    {
                        validation.Error($"{culturePath}.file", $"has a type the media library does not accept; use one of {string.Join(", ", MediaRules.Extensions)}.");
                    }
                }

                var title = validation.RequireString(culture.Value, "title", culturePath);
                if (title is { Length: > 300 })
                {
                    validation.Error($"{culturePath}.title", "must have at most 300 characters.");
                }
            }
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Date(JsonElement element, string property) =>
        Text(element, property) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).ToUniversalTime() : null; // UTC: SQLite orders the stored values by their clock time.

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
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
            var publishedUtc = Date(item, "publishedUtc") ?? now;
            foreach (var culture in item.GetProperty("localizations").EnumerateObject())
            {
                var type = ContentTypes.Find(item.GetProperty("contentType").GetString())!;
                var parts = new ContentParts
                {
                    Summary = type.HasSummary ? Text(culture.Value, "summary") : null,
                    Location = type.IsEvent ? Text(culture.Value, "location") : null,
                    FileMediaId = type.HasFile ? await RecipeFiles.AddToMediaAsync(Text(culture.Value, "file")!, context, files, cancellationToken) : null,
                };
                var version = new ContentItemVersion
                {
                    Number = 1,
                    Title = culture.Value.GetProperty("title").GetString()!,
                    Slug = Text(culture.Value, "slug") ?? "",
                    Body = Text(culture.Value, "body") ?? "",
                    PartsJson = parts.ToJson(),
                    StartsUtc = type.IsEvent ? Date(item, "startsUtc") : null,
                    EndsUtc = type.IsEvent ? Date(item, "endsUtc") : null,
                    AuthorName = "recipe",
                    CreatedUtc = now,
                };
                var content = new ContentItem
                {
                    LocalizationSet = set,
                    ContentType = type.Name,
                    Culture = culture.Name,
                    Published = published,
                    PublishedUtc = published ? publishedUtc : null,
                    LatestVersion = 1,
                    PublishedVersion = published ? 1 : null,
                    TextChangedUtc = now,
                    CreatedUtc = now,
                    ModifiedUtc = now,
                };
                ContentEditor.CopyToItem(version, content);
                version.Item = content;
                context.Db.Set<ContentItem>().Add(content);
                context.Db.Set<ContentItemVersion>().Add(version);
                added.Add(content);
            }

            // For the other nodes' search indexes (they catch up from the outbox); no handler reacts to it.
            Workflows.Outbox.Raise(context.Db, ContentEvents.Imported, new ContentEvent(item.GetProperty("contentType").GetString()!, set, [.. item.GetProperty("localizations").EnumerateObject().Select(c => c.Name)]), context.Clock);
        }
    }
}
