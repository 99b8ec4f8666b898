using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Recipes;

namespace OpenRegion.Innovation.Domain;

/// <summary>
/// Challenges and contests of the lab (demo data, or a lab moving its programme in):
/// <code>
/// { "name": "innovation", "tenant": "region" (optional),
///   "challenges": [ { "kind": "Challenge|Contest", "thematicAr", "thematicFr", "titleAr", "titleFr", "problemAr", "problemFr",
///     "contextAr", "contextFr", "eligibilityAr", "eligibilityFr", "supportAr", "supportFr", "seats": 3, "published": true,
///     "days": [-40, -10, 20, 40, 130, 160] (identification, call opens, call closes, selection ends, prototyping ends,
///     evaluation ends — days from the day the recipe runs), "criteria": [ { "nameAr", "nameFr", "weight": 40 } ],
///     "events": [ { "kind": "Masterclass", "titleAr", "titleFr", "placeAr", "placeFr", "descriptionAr", "descriptionFr",
///       "day": 4 (from the day the recipe runs), "start": "09:30", "end": "16:00" (Moroccan time), "capacity": 60 } ],
///     "criteriaOpinionSubjectFr": "…" (optional: the equality body's file, opened by the advisory-bodies step, that the
///     conditions and criteria were referred to) } ] }
/// </code>
/// Each challenge is checked by the same rules as one staff create; a refused one stops the recipe.
/// </summary>
public sealed class InnovationRecipeStep : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "innovation";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        foreach (var (element, path) in validation.Array(step, "challenges", "", required: true))
        {
            try
            {
                var spec = element.Deserialize<RecipeChallenge>(Json);
                if (spec is null || spec.Days is not { Length: 6 } || ChallengeDesk.Check(spec.ToChallenge(new DateOnly(2026, 12, 1)), spec.ToCriteria()) is not null)
                {
                    validation.Error(path, "a challenge has a kind, a title, a problem, six calendar days in order (the call open at least a week), 1 to 8 criteria weighted 1-100, and 1 to 50 seats.");
                }
                else if ((spec.Events ?? []).Any(e => e.ToEvent(new DateOnly(2026, 12, 1)) is not { } labEvent || labEvent.Check() is not null))
                {
                    validation.Error(path, "an event has a known kind, a title, a place, a start and an end (HH:mm, the end after the start) and 1 to 2,000 seats.");
                }
            }
            catch (JsonException ex)
            {
                validation.Error(path, "cannot be read: " + ex.Message);
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.Tenant is not { } tenant || (step.TryGetProperty("tenant", out var only) && only.GetString() != tenant.Id))
        {
            return;
        }

        var now = context.Clock.GetUtcNow();
        var today = LocalTime.Date(now);
        foreach (var spec in step.GetProperty("challenges").EnumerateArray().Select(e => e.Deserialize<RecipeChallenge>(Json)!))
        {
            var challenge = spec.ToChallenge(today);
            challenge.CreatedUtc = now;
            challenge.CreatedBy = "recipe";
            challenge.PublishedUtc = spec.Published ? now : null;
            if (spec.CriteriaOpinionSubjectFr is { Length: > 0 } subject)
            {
                challenge.CriteriaOpinionId = await context.Db.Set<Cms.Core.AdvisoryBodies.Opinion>().Where(o => o.SubjectFr == subject).Select(o => (long?)o.Id)
                    .FirstOrDefaultAsync(cancellationToken) ?? throw new InvalidOperationException("The innovation step names an equality body's file that the advisory-bodies step did not open: " + subject);
            }

            context.Db.Set<Challenge>().Add(challenge);
            await context.Db.SaveChangesAsync(cancellationToken);
            var position = 0;
            foreach (var criterion in spec.ToCriteria())
            {
                criterion.ChallengeId = challenge.Id;
                criterion.Position = ++position;
                context.Db.Set<ChallengeCriterion>().Add(criterion);
            }

            foreach (var labEvent in (spec.Events ?? []).Select(e => e.ToEvent(today)!))
            {
                (labEvent.ChallengeId, labEvent.CreatedUtc, labEvent.CreatedBy) = (challenge.Id, now, "recipe");
                context.Db.Set<LabEvent>().Add(labEvent);
            }

            await context.Db.SaveChangesAsync(cancellationToken);
        }
    }

    private sealed record RecipeCriterion(string? NameAr, string? NameFr, int Weight);

    private sealed record RecipeEvent(string? Kind, string? TitleAr, string? TitleFr, string? PlaceAr, string? PlaceFr, string? DescriptionAr, string? DescriptionFr,
        int Day, string? Start, string? End, int Capacity)
    {
        /// <summary>The event on its day and hours (Moroccan time), or null when its kind or hours cannot be read.</summary>
        public LabEvent? ToEvent(DateOnly today)
        {
            var day = today.AddDays(Day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return Enum.TryParse<LabEventKind>(Kind, out var kind) && Enum.IsDefined(kind)
                && LocalTime.TryParseInput(day + "T" + Start, out var starts) && starts is { } from && LocalTime.TryParseInput(day + "T" + End, out var ends) && ends is { } to
                ? new LabEvent
                {
                    Kind = kind, TitleAr = TitleAr ?? "", TitleFr = TitleFr ?? "", PlaceAr = PlaceAr ?? "", PlaceFr = PlaceFr ?? "", DescriptionAr = DescriptionAr ?? "",
                    DescriptionFr = DescriptionFr ?? "", StartsUtc = from, EndsUtc = to, Capacity = Capacity,
                }
                : null;
        }
    }

    private sealed record RecipeChallenge(string? Kind, string? ThematicAr, string? ThematicFr, string? TitleAr, string? TitleFr, string? ProblemAr, string? ProblemFr,
        string? ContextAr, string? ContextFr, string? EligibilityAr, string? EligibilityFr, string? SupportAr, string? SupportFr, int Seats, bool Published,
        int[]? Days, RecipeCriterion[]? Criteria, RecipeEvent[]? Events, string? CriteriaOpinionSubjectFr)
    {
        public Challenge ToChallenge(DateOnly today)
        {
            var days = Days is { Length: 6 } d ? d : [0, 0, 0, 0, 0, 0];
            return new Challenge
            {
                Kind = Enum.TryParse<ChallengeKind>(Kind, out var kind) ? kind : ChallengeKind.Challenge,
                ThematicAr = ThematicAr ?? "", ThematicFr = ThematicFr ?? "", TitleAr = TitleAr ?? "", TitleFr = TitleFr ?? "",
                ProblemAr = ProblemAr ?? "", ProblemFr = ProblemFr ?? "", ContextAr = ContextAr ?? "", ContextFr = ContextFr ?? "",
                EligibilityAr = EligibilityAr ?? "", EligibilityFr = EligibilityFr ?? "", SupportAr = SupportAr ?? "", SupportFr = SupportFr ?? "",
                IdentificationFrom = today.AddDays(days[0]), CallOpens = today.AddDays(days[1]), CallCloses = today.AddDays(days[2]),
                SelectionEnds = today.AddDays(days[3]), PrototypingEnds = today.AddDays(days[4]), EvaluationEnds = today.AddDays(days[5]), Seats = Seats,
            };
        }

        public IReadOnlyList<ChallengeCriterion> ToCriteria() =>
            [.. (Criteria ?? []).Select(c => new ChallengeCriterion { NameAr = c.NameAr ?? "", NameFr = c.NameFr ?? "", Weight = c.Weight })];
    }
}
