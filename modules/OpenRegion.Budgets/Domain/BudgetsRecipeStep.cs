using System.Globalization;
using System.Text.Json;
using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Recipes;

namespace OpenRegion.Budgets.Domain;

/// <summary>
/// Sets up participatory budgets from a recipe (demo data, or a commune starting with its own):
/// <code>
/// { "name": "budgets", "tenant": "beni-mellal" (optional: only on this tenant),
///   "processes": [ { "slug": "…", "titleAr": "…", "titleFr": "…", "descriptionAr": "Markdown", "descriptionFr": "…",
///     "countingRule": "greedy" | "greedy-no-skip" | "mes",
///     "phases": { "information": -60, "proposals": -45, "review": -20, "voting": -5, "votingEnds": 25, "followUp": 90 },
///     "budgets": [ { "nameAr": "…", "nameFr": "…", "amount": 330000, "ballot": "Knapsack", "minProjects": 1, "maxProjects": 3,
///       "minSpendPercent": 50, "points": 10, "maxPointsPerProject": 5, "eligibleCommunes": ["beni-mellal"],
///       "projects": [ { "titleAr": "…", "titleFr": "…", "descriptionAr": "…", "descriptionFr": "…", "cost": 40000,
///         "category": "environment", "place": "…", "latitude": 32.33, "longitude": -6.35, "state": "Feasible", "reason": "…" } ] } ] } ] }
/// </code>
/// A phase date is a number of days from the day the recipe runs (at 9:00, Moroccan time) or a date with its offset.
/// </summary>
public sealed class BudgetsRecipeStep : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] Phases = ["information", "proposals", "review", "voting", "votingEnds", "followUp"];

    public string Name => "budgets";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        foreach (var (element, path) in validation.Array(step, "processes", "", required: true))
        {
            RecipeProcess? process;
            try
            {
                process = element.Deserialize<RecipeProcess>(Json);
            }
            catch (JsonException ex)
            {
                validation.Error(path, "is not a process: " + ex.Message);
                continue;
            }

            if (process is null)
            {
                validation.Error(path, "must be an object.");
                continue;
            }

            if (Slugs.Problem(process.Slug) is { } problem)
            {
                validation.Error(path + ".slug", problem);
            }

            if (string.IsNullOrWhiteSpace(process.TitleAr) && string.IsNullOrWhiteSpace(process.TitleFr))
            {
                validation.Error(path + ".titleAr", "a process needs a title (titleAr or titleFr).");
            }

            if (process.CountingRule is not (null or "greedy" or "greedy-no-skip" or "mes"))
            {
                validation.Error(path + ".countingRule", "must be greedy, greedy-no-skip or mes.");
            }

            var dates = Dates(process, DateTimeOffset.UnixEpoch, out var dateProblem);
            if (dateProblem is not null)
            {
                validation.Error(path + ".phases", dateProblem);
            }
            else if (BudgetDates.Problem(dates) is { } order)
            {
                validation.Error(path + ".phases", order);
            }

            if (process.Budgets is not { Count: > 0 })
            {
                validation.Error(path + ".budgets", "a process needs at least one budget.");
                continue;
            }

            for (var b = 0; b < process.Budgets.Count; b++)
            {
                var budget = process.Budgets[b];
                var budgetPath = $"{path}.budgets[{b}]";
                if (budget.Amount <= 0)
                {
                    validation.Error(budgetPath + ".amount", "must be more than 0.");
                }

                if (!Enum.TryParse<BallotKind>(budget.Ballot, ignoreCase: true, out var kind))
                {
                    validation.Error(budgetPath + ".ballot", "must be Approval, Knapsack, Cumulative, ChooseOne or Ranking.");
                }
                else if (budget.ToBudget(kind).Rule.Check() is { Count: > 0 } errors)
                {
                    validation.Error(budgetPath, errors[0].Message);
                }

                for (var p = 0; p < (budget.Projects?.Count ?? 0); p++)
                {
                    var project = budget.Projects![p];
                    var projectPath = $"{budgetPath}.projects[{p}]";
                    if (string.IsNullOrWhiteSpace(project.TitleAr) && string.IsNullOrWhiteSpace(project.TitleFr))
                    {
                        validation.Error(projectPath, "a project needs a title.");
                    }

                    if (project.Cost <= 0)
                    {
                        validation.Error(projectPath + ".cost", "must be more than 0.");
                    }

                    if (!Enum.TryParse<ProjectState>(project.State ?? "Feasible", ignoreCase: true, out _))
                    {
                        validation.Error(projectPath + ".state", "must be Proposed, Feasible, Unfeasible, Withdrawn or Selected.");
                    }
                }
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
        foreach (var element in step.GetProperty("processes").EnumerateArray())
        {
            var spec = element.Deserialize<RecipeProcess>(Json)!;
            var dates = Dates(spec, now, out _);
            var process = new BudgetProcess
            {
                Slug = spec.Slug, TitleAr = spec.TitleAr ?? "", TitleFr = spec.TitleFr ?? "", DescriptionAr = spec.DescriptionAr ?? "", DescriptionFr = spec.DescriptionFr ?? "",
                CountingRule = spec.CountingRule ?? "greedy", CreatedUtc = now,
                InformationStartsUtc = dates[0], ProposalsStartsUtc = dates[1], ReviewStartsUtc = dates[2], VotingStartsUtc = dates[3], VotingEndsUtc = dates[4], FollowUpStartsUtc = dates[5],
            };
            context.Db.Set<BudgetProcess>().Add(process);
            await context.Db.SaveChangesAsync(cancellationToken);
            foreach (var spec2 in spec.Budgets!)
            {
                var budget = spec2.ToBudget(Enum.Parse<BallotKind>(spec2.Ballot!, ignoreCase: true));
                budget.ProcessId = process.Id;
                context.Db.Set<Budget>().Add(budget);
                await context.Db.SaveChangesAsync(cancellationToken);
                foreach (var project in spec2.Projects ?? [])
                {
                    context.Db.Set<BudgetProject>().Add(new BudgetProject
                    {
                        BudgetId = budget.Id, TitleAr = project.TitleAr ?? "", TitleFr = project.TitleFr ?? "", DescriptionAr = project.DescriptionAr ?? "", DescriptionFr = project.DescriptionFr ?? "",
                        Cost = project.Cost, Category = project.Category, Place = project.Place, Latitude = project.Latitude, Longitude = project.Longitude,
                        State = Enum.Parse<ProjectState>(project.State ?? "Feasible", ignoreCase: true), ReviewReason = project.Reason, CreatedUtc = now,
                    });
                }
            }

            await BudgetEvents.ScheduleAsync(context.Db, process, context.Clock, cancellationToken);
        }
    }

    /// <summary>The six phase dates in order (null when not given).</summary>
    private static DateTimeOffset?[] Dates(RecipeProcess process, DateTimeOffset now, out string? problem)
    {
        problem = null;
        var dates = new DateTimeOffset?[Phases.Length];
        var today = LocalTime.Date(now);
        for (var i = 0; i < Phases.Length; i++)
        {
            if (process.Phases is null || !process.Phases.TryGetValue(Phases[i], out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var days) && Math.Abs(days) <= 3650)
            {
                dates[i] = LocalTime.At(today.AddDays(days), new TimeOnly(9, 0));
            }
            else if (value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates[i] = date.ToUniversalTime();
            }
            else
            {
                problem = $"{Phases[i]} must be a number of days from today or a date with its offset, e.g. 2027-03-01T09:00:00+01:00.";
            }
        }

        return dates;
    }

    private sealed record RecipeProcess(string Slug, string? TitleAr, string? TitleFr, string? DescriptionAr, string? DescriptionFr, string? CountingRule, Dictionary<string, JsonElement>? Phases, List<RecipeBudget>? Budgets);

    private sealed record RecipeBudget(string? NameAr, string? NameFr, decimal Amount, string? Ballot, int? MinProjects, int? MaxProjects, int? MinSpendPercent, int? Points, int? MaxPointsPerProject, List<string>? EligibleCommunes, List<RecipeProject>? Projects)
    {
        public Budget ToBudget(BallotKind kind) => new()
        {
            NameAr = NameAr ?? "", NameFr = NameFr ?? "", Amount = Amount, BallotKind = kind, MinProjects = MinProjects ?? 1, MaxProjects = MaxProjects,
            MinSpendPercent = MinSpendPercent, Points = Points ?? 0, MaxPointsPerProject = MaxPointsPerProject, EligibleCommunesJson = JsonSerializer.Serialize(EligibleCommunes ?? []),
        };
    }

    private sealed record RecipeProject(string? TitleAr, string? TitleFr, string? DescriptionAr, string? DescriptionFr, decimal Cost, string? Category, string? Place, double? Latitude, double? Longitude, string? State, string? Reason);
}
