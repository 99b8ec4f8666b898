using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Consultations.Domain;

namespace OpenRegion.Consultations.Pages.Admin.Consultations;

/// <summary>
/// The consultation's optional survey: staff add questions (single or multiple choice, scale, ranking, free text)
/// and see the results as they come in. A question that has answers can no longer be changed or removed, so that
/// nobody's answer ends up under a question they did not see.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + ConsultationsPermissions.Manage)]
public sealed class SurveyModel(ICmsDbContext db, IAuditLog audit, ConsultationTexts texts, IStringLocalizer<ConsultationsModule> T) : PageModel
{
    public Consultation Consultation { get; private set; } = null!;

    public IReadOnlyList<QuestionResult> Results { get; private set; } = [];

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public QuestionInput Input { get; set; } = new();

    public sealed class QuestionInput
    {
        public QuestionKind Kind { get; set; }

        public string? PromptAr { get; set; }

        public string? PromptFr { get; set; }

        public string? OptionsAr { get; set; }

        public string? OptionsFr { get; set; }

        public string? ScaleMin { get; set; } = "1";

        public string? ScaleMax { get; set; } = "5";

        public string? MaxChoices { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var question = Read(errors);
        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        question.ConsultationId = Consultation.Id;
        question.Position = Results.Count == 0 ? 1 : Results.Max(r => r.Question.Position) + 1;
        db.Set<SurveyQuestion>().Add(question);
        audit.Record("consultation.question-added", "Consultation:" + Consultation.Slug, new { question.Kind, question.PromptFr });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Question added."].Value;
        return LocalRedirect(Url.Content($"~/admin/consultations/{Consultation.Id}/survey"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, long questionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Results.FirstOrDefault(r => r.Question.Id == questionId) is not { } result)
        {
            return NotFound();
        }

        if (result.Tally.Respondents > 0 || await db.Set<SurveyAnswer>().AnyAsync(a => a.QuestionId == questionId, cancellationToken))
        {
            return Refuse([T["This question has answers: it stays, so that nobody's answer is lost."]]);
        }

        db.Set<SurveyQuestion>().Remove(await db.Set<SurveyQuestion>().FirstAsync(q => q.Id == questionId, cancellationToken));
        audit.Record("consultation.question-removed", "Consultation:" + Consultation.Slug, new { result.Question.PromptFr });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Question removed."].Value;
        return LocalRedirect(Url.Content($"~/admin/consultations/{Consultation.Id}/survey"));
    }

    private SurveyQuestion Read(List<string> errors)
    {
        var question = new SurveyQuestion { Kind = Input.Kind };
        if (!Enum.IsDefined(Input.Kind))
        {
            errors.Add(T["Choose the kind of question."]);
        }

        question.PromptAr = T.Read(Input.PromptAr, SurveyQuestion.MaxPromptLength, false, T["Question in Arabic"], errors);
        question.PromptFr = T.Read(Input.PromptFr, SurveyQuestion.MaxPromptLength, false, T["Question in French"], errors);
        if (question.PromptAr.Length == 0 && question.PromptFr.Length == 0)
        {
            errors.Add(T["Write the question, in Arabic or French."]);
        }

        if (question.HasOptions)
        {
            var limit = SurveyQuestion.MaxOptions * (SurveyQuestion.MaxOptionLength + 1);
            question.OptionsAr = string.Join('\n', SurveyQuestion.Lines(T.Read(Input.OptionsAr, limit, true, T["Options in Arabic"], errors)));
            question.OptionsFr = string.Join('\n', SurveyQuestion.Lines(T.Read(Input.OptionsFr, limit, true, T["Options in French"], errors)));
            var ar = SurveyQuestion.Lines(question.OptionsAr);
            var fr = SurveyQuestion.Lines(question.OptionsFr);
            if (question.OptionCount is < 2 or > SurveyQuestion.MaxOptions)
            {
                errors.Add(T["Give from 2 to {0} options, one per line.", SurveyQuestion.MaxOptions]);
            }
            else if (ar.Count > 0 && fr.Count > 0 && ar.Count != fr.Count)
            {
                errors.Add(T["The Arabic and French options must be the same number, line by line."]);
            }

            if (ar.Concat(fr).Any(o => o.Length > SurveyQuestion.MaxOptionLength))
            {
                errors.Add(T["An option has at most {0} characters.", SurveyQuestion.MaxOptionLength]);
            }
        }

        if (question.Kind == QuestionKind.Scale)
        {
            if (int.TryParse(Input.ScaleMin, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var min)
                && int.TryParse(Input.ScaleMax, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var max) && min >= 0 && max > min && max - min <= 10)
            {
                (question.ScaleMin, question.ScaleMax) = (min, max);
            }
            else
            {
                errors.Add(T["A scale goes from 0 or more to a higher number, with at most 11 steps (e.g. 1 to 5)."]);
            }
        }

        if (question.Kind == QuestionKind.MultipleChoice && !string.IsNullOrWhiteSpace(Input.MaxChoices))
        {
            if (int.TryParse(Input.MaxChoices, NumberStyles.None, CultureInfo.InvariantCulture, out var most) && most >= 1 && most <= question.OptionCount)
            {
                question.MaxChoices = most;
            }
            else
            {
                errors.Add(T["The number of options one may tick is from 1 to the number of options."]);
            }
        }

        return question;
    }

    private PageResult Refuse(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } consultation)
        {
            return false;
        }

        Consultation = consultation;
        Results = await Surveys.ResultsAsync(db, id, cancellationToken);
        return true;
    }

    public string KindName(QuestionKind kind) => texts.Kind(kind);
}
