using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Recipes;
using OpenRegion.Cms.Core.Recipes.Steps;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Domain;

/// <summary>
/// Documents already published (demo data, or a council moving its archive in) and citizen budgets:
/// <code>
/// { "name": "publications", "tenant": "region" (optional),
///   "documents": [ { "category": "FinancialStatements", "table": 3, "titleAr", "titleFr", "summaryAr", "summaryFr",
///     "year": 1 (the period is a whole year, this one plus the offset) or "from": "2022-01-01", "to": "2027-12-31",
///     "actDaysAgo": 50, "publishedDaysAgo": 45, "language": "ArabicAndFrench", "file": "files/x.csv" or "url": "https://…" } ],
///   "citizenBudgets": [ { "year": 1, "titleAr", "titleFr", "introAr", "introFr", "adoptedDaysAgo": 50, "file": "files/lines.csv", "published": true } ] }
/// </code>
/// Files lie beside the recipes and go to the tenant's media library, checked like uploads; a citizen budget's file is
/// read like the one staff load, and a single bad line stops the recipe. Days are counted back from the day the recipe
/// runs, so the demo's deadlines stay current.
/// </summary>
public sealed class PublicationsRecipeStep : IRecipeStep
{
    public string Name => "publications";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        foreach (var (element, path) in validation.Array(step, "documents", "", required: false))
        {
            var spec = TransparencyRecipeStep.Read<RecipeDocument>(element, path, validation);
            if (spec is null)
            {
                continue;
            }

            var publication = spec.ToPublication(new DateOnly(2026, 12, 31));
            if (publication is null || (spec.File is { } file && !RecipeFiles.IsPath(file))
                || PublicationRules.Check(publication, spec.File is not null, new DateOnly(2026, 12, 31)) is not null)
            {
                validation.Error(path, "a document has a category (and a table 1-7 for the financial statements), a title, a year or from/to dates, a language, and a file beside the recipes or an https url.");
            }
        }

        foreach (var (element, path) in validation.Array(step, "citizenBudgets", "", required: false))
        {
            var spec = TransparencyRecipeStep.Read<RecipeBudget>(element, path, validation);
            if (spec is not null && (spec.File is not { } file || !RecipeFiles.IsPath(file) || (string.IsNullOrWhiteSpace(spec.TitleAr) && string.IsNullOrWhiteSpace(spec.TitleFr))))
            {
                validation.Error(path, "a citizen budget has a year offset, a title and the file of its lines beside the recipes.");
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.Tenant is not { } tenant || (step.TryGetProperty("tenant", out var only) && only.GetString() != tenant.Id))
        {
            return;
        }

        var db = context.Db;
        var now = context.Clock.GetUtcNow();
        var today = LocalTime.Date(now);
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
        var years = new HashSet<int>();
        foreach (var spec in step.TryGetProperty("documents", out var d) ? d.EnumerateArray().Select(e => e.Deserialize<RecipeDocument>(TransparencyRecipeStep.Json)!) : [])
        {
            var publication = spec.ToPublication(today)!;
            if (spec.File is { } file)
            {
                publication.MediaId = await RecipeFiles.AddToMediaAsync(file, context, files, cancellationToken);
                publication.Format = Catalogue.FormatOf(file);
            }
            else
            {
                publication.Format = "HTML";
            }

            publication.CreatedUtc = now;
            publication.CreatedBy = "recipe";
            publication.Index();
            db.Set<Publication>().Add(publication);
            years.Add(publication.Year);
        }

        await db.SaveChangesAsync(cancellationToken);
        var shell = new TenantShell(tenant, new Dictionary<string, string>(), new Dictionary<string, IReadOnlySet<string>>());
        foreach (var year in years)
        {
            await PublicationDesk.FollowStatementsAsync(db, shell, year, "recipe", context.Clock, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        var folder = context.Services.GetRequiredService<RecipeLibrary>().Directory;
        foreach (var spec in step.TryGetProperty("citizenBudgets", out var b) ? b.EnumerateArray().Select(e => e.Deserialize<RecipeBudget>(TransparencyRecipeStep.Json)!) : [])
        {
            using var reader = new StreamReader(Path.Combine(folder, spec.File!), new UTF8Encoding(false, throwOnInvalidBytes: true));
            var (lines, problems) = CitizenBudgetCsv.Read(reader);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"The citizen budget file '{spec.File}': line {problems[0].Line}, {problems[0].Error} ({problems[0].Value}).");
            }

            var budget = new CitizenBudget
            {
                Year = today.Year + spec.Year, TitleAr = spec.TitleAr ?? "", TitleFr = spec.TitleFr ?? "", IntroAr = spec.IntroAr ?? "", IntroFr = spec.IntroFr ?? "",
                AdoptedOn = spec.AdoptedDaysAgo is { } adopted ? today.AddDays(-adopted) : null, CreatedUtc = now, CreatedBy = "recipe", LinesUpdatedUtc = now,
                PublishedUtc = spec.Published ? now : null,
            };
            db.Set<CitizenBudget>().Add(budget);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var line in lines)
            {
                line.BudgetId = budget.Id;
            }

            db.Set<CitizenBudgetLine>().AddRange(lines);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private sealed record RecipeDocument(string? Category, int? Table, string? TitleAr, string? TitleFr, string? SummaryAr, string? SummaryFr, int? Year, DateOnly? From, DateOnly? To,
        int? ActDaysAgo, int PublishedDaysAgo, string? Language, string? File, string? Url)
    {
        public Publication? ToPublication(DateOnly today)
        {
            if (!Enum.TryParse<PublicationCategory>(Category, out var category) || !Enum.TryParse<PublicationLanguage>(Language, out var language)
                || (Year is null && (From is null || To is null)) || PublishedDaysAgo < 0)
            {
                return null;
            }

            var year = today.Year + (Year ?? 0);
            return new Publication
            {
                Category = category, Table = Table is { } table ? (FinancialTable)table : null, TitleAr = TitleAr ?? "", TitleFr = TitleFr ?? "",
                SummaryAr = SummaryAr ?? "", SummaryFr = SummaryFr ?? "", Language = language, Url = Url,
                PeriodFrom = Year is null ? From!.Value : new DateOnly(year, 1, 1), PeriodTo = Year is null ? To!.Value : new DateOnly(year, 12, 31),
                ActOn = ActDaysAgo is { } act ? today.AddDays(-act) : null, PublishedOn = today.AddDays(-PublishedDaysAgo),
            };
        }
    }

    private sealed record RecipeBudget(int Year, string? TitleAr, string? TitleFr, string? IntroAr, string? IntroFr, int? AdoptedDaysAgo, string? File, bool Published);
}
