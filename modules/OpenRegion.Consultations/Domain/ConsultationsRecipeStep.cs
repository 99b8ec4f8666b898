using System.Text.Json;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Recipes;

namespace OpenRegion.Consultations.Domain;

/// <summary>
/// Consultations from a recipe (demo data, or a council starting with one under way):
/// <code>
/// { "name": "consultations", "tenant": "beni-mellal" (optional),
///   "consultations": [ { "slug", "titleAr", "titleFr", "summaryAr", "summaryFr", "opens": -10, "closes": 20, "collectsIdeas": true,
///     "sections": [ { "titleAr", "titleFr", "bodyAr", "bodyFr" } ],
///     "workshops": [ { "title", "daysAgo", "place", "participants" } ],
///     "questions": [ { "kind": "SingleChoice|MultipleChoice|Scale|Ranking|FreeText", "promptAr", "promptFr", "optionsAr": [], "optionsFr": [], "scaleMin", "scaleMax", "maxChoices" } ] } ] }
/// </code>
/// Dates are days from the day the recipe runs (at 9:00, Moroccan time).
/// </summary>
public sealed class ConsultationsRecipeStep : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public string Name => "consultations";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        foreach (var (element, path) in validation.Array(step, "consultations", "", required: true))
        {
            RecipeConsultation? spec;
            try
            {
                spec = element.Deserialize<RecipeConsultation>(Json);
            }
            catch (JsonException ex)
            {
                validation.Error(path, "is not a consultation: " + ex.Message);
                continue;
            }

            if (spec is null)
            {
                validation.Error(path, "must be an object.");
                continue;
            }

            if (Slugs.Problem(spec.Slug) is { } problem)
            {
                validation.Error(path + ".slug", problem);
            }

            if (string.IsNullOrWhiteSpace(spec.TitleAr) && string.IsNullOrWhiteSpace(spec.TitleFr))
            {
                validation.Error(path + ".titleAr", "a consultation needs a title (titleAr or titleFr).");
            }

            if (spec.Closes <= spec.Opens)
            {
                validation.Error(path + ".closes", "must come after opens.");
            }

            if (spec.Sections is not { Count: > 0 } || spec.Sections.Any(s => string.IsNullOrWhiteSpace(s.TitleAr) && string.IsNullOrWhiteSpace(s.TitleFr)))
            {
                validation.Error(path + ".sections", "at least one section, each with a title.");
            }

            if (spec.Questions?.Any(q => !Enum.IsDefined(q.Kind) || (string.IsNullOrWhiteSpace(q.PromptAr) && string.IsNullOrWhiteSpace(q.PromptFr))
                || (q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Ranking && Math.Max(q.OptionsAr?.Count ?? 0, q.OptionsFr?.Count ?? 0) < 2)) == true)
            {
                validation.Error(path + ".questions", "each question needs a kind, a prompt, and at least two options for choices and rankings.");
            }

            if (spec.Workshops?.Any(w => string.IsNullOrWhiteSpace(w.Title) || w.Participants < 1 || w.DaysAgo < 0) == true)
            {
                validation.Error(path + ".workshops", "each workshop needs a title, a number of participants and a day in the past.");
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
        var today = LocalTime.Date(now);
        DateTimeOffset Day(int offset) => LocalTime.At(today.AddDays(offset), new TimeOnly(9, 0));
        foreach (var element in step.GetProperty("consultations").EnumerateArray())
        {
            var spec = element.Deserialize<RecipeConsultation>(Json)!;
            var consultation = new Consultation
            {
                Slug = spec.Slug!, TitleAr = spec.TitleAr ?? "", TitleFr = spec.TitleFr ?? "", SummaryAr = spec.SummaryAr ?? "", SummaryFr = spec.SummaryFr ?? "",
                OpensUtc = Day(spec.Opens), ClosesUtc = Day(spec.Closes), CollectsIdeas = spec.CollectsIdeas, CreatedUtc = now,
            };
            context.Db.Set<Consultation>().Add(consultation);
            await context.Db.SaveChangesAsync(cancellationToken);
            var position = 0;
            foreach (var section in spec.Sections!)
            {
                context.Db.Set<ConsultationSection>().Add(new ConsultationSection
                {
                    ConsultationId = consultation.Id, Position = ++position, TitleAr = section.TitleAr ?? "", TitleFr = section.TitleFr ?? "", BodyAr = section.BodyAr ?? "", BodyFr = section.BodyFr ?? "",
                });
            }

            var rank = 0;
            foreach (var question in spec.Questions ?? [])
            {
                context.Db.Set<SurveyQuestion>().Add(new SurveyQuestion
                {
                    ConsultationId = consultation.Id, Position = ++rank, Kind = question.Kind, PromptAr = question.PromptAr ?? "", PromptFr = question.PromptFr ?? "",
                    OptionsAr = string.Join('\n', question.OptionsAr ?? []), OptionsFr = string.Join('\n', question.OptionsFr ?? []),
                    ScaleMin = question.ScaleMin ?? 1, ScaleMax = question.ScaleMax ?? 5, MaxChoices = question.MaxChoices,
                });
            }

            foreach (var workshop in spec.Workshops ?? [])
            {
                context.Db.Set<Workshop>().Add(new Workshop
                {
                    ConsultationId = consultation.Id, Title = workshop.Title!, Place = workshop.Place ?? "", Participants = workshop.Participants, HeldOn = today.AddDays(-workshop.DaysAgo), CreatedUtc = now,
                });
            }
        }

        await context.Db.SaveChangesAsync(cancellationToken);
    }

    private sealed record RecipeSection(string? TitleAr, string? TitleFr, string? BodyAr, string? BodyFr);

    private sealed record RecipeWorkshop(string? Title, int DaysAgo, string? Place, int Participants);

    private sealed record RecipeQuestion(QuestionKind Kind, string? PromptAr, string? PromptFr, List<string>? OptionsAr, List<string>? OptionsFr, int? ScaleMin, int? ScaleMax, int? MaxChoices);

    private sealed record RecipeConsultation(string? Slug, string? TitleAr, string? TitleFr, string? SummaryAr, string? SummaryFr, int Opens, int Closes, List<RecipeSection>? Sections, List<RecipeWorkshop>? Workshops, bool CollectsIdeas = false, List<RecipeQuestion>? Questions = null);
}
