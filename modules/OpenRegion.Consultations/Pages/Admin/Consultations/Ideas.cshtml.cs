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
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Consultations.Domain;

namespace OpenRegion.Consultations.Pages.Admin.Consultations;

/// <summary>
/// The council's answers to the ideas of a co-creation, axis by axis, most supported first: a state, an official
/// answer in Arabic and/or French, and the project the idea became. The idea's author is told of the answer.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + ConsultationsPermissions.Manage)]
public sealed class IdeasModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, ConsultationTexts texts, IStringLocalizer<ConsultationsModule> T) : PageModel
{
    public Consultation Consultation { get; private set; } = null!;

    public IReadOnlyList<ConsultationSection> Axes { get; private set; } = [];

    public IReadOnlyList<Idea> All { get; private set; } = [];

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(long id, long ideaId, string? state, string? answerAr, string? answerFr, string? projectTitle, string? projectUrl, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var idea = await db.Set<Idea>().FirstOrDefaultAsync(i => i.Id == ideaId && i.ConsultationId == id, cancellationToken);
        if (idea is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        if (!Enum.TryParse<IdeaState>(state, out var newState) || !Enum.IsDefined(newState) || newState == IdeaState.Submitted)
        {
            errors.Add(T["Choose where the council stands on the idea."]);
        }

        var ar = T.Read(answerAr, Idea.MaxAnswerLength, true, T["Answer in Arabic"], errors);
        var fr = T.Read(answerFr, Idea.MaxAnswerLength, true, T["Answer in French"], errors);
        var title = T.Read(projectTitle, Idea.MaxProjectTitleLength, false, T["Project title"], errors);
        var url = T.Read(projectUrl, Idea.MaxProjectUrlLength, false, T["Link to the project"], errors);
        if (ar.Length == 0 && fr.Length == 0)
        {
            errors.Add(T["Write the council's answer, in Arabic or French."]);
        }

        if (url.Length > 0 && !Idea.IsSafeProjectUrl(url))
        {
            errors.Add(T["The link to the project is a page of this site (starting with /) or an https address."]);
        }

        if (newState == IdeaState.Implemented && url.Length == 0)
        {
            errors.Add(T["An idea that became a project links to it."]);
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var first = idea.AnsweredUtc is null;
        (idea.State, idea.AnswerAr, idea.AnswerFr) = (newState, ar, fr);
        (idea.ProjectTitle, idea.ProjectUrl) = (title.Length == 0 ? null : title, url.Length == 0 ? null : url);
        idea.AnsweredUtc = clock.GetUtcNow();
        var link = $"/consultations/{Consultation.Slug}/ideas#idea-{idea.Id.ToString(CultureInfo.InvariantCulture)}";
        Notify.User(db, idea.UserId, ConsultationNotifications.IdeaAnswered, new Dictionary<string, object?>
        {
            ["title"] = idea.Title,
            ["state"] = new Dictionary<string, object?> { ["ar"] = StateIn("ar", newState), ["fr"] = StateIn("fr", newState) },
        }, null, link, clock);
        audit.Record(first ? "consultation.idea-answered" : "consultation.idea-answer-corrected", "Consultation:" + Consultation.Slug, new { idea = idea.Id, state = newState.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        Cms.Core.Workflows.OutboxSignal.Pulse();
        TempData["Saved"] = T["Answer published; the idea's author is told."].Value;
        return LocalRedirect(Url.Content($"~/admin/consultations/{id}/ideas") + "#idea-" + idea.Id.ToString(CultureInfo.InvariantCulture));
    }

    private string StateIn(string culture, IdeaState state)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return texts.IdeaState(state);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.CollectsIdeas, cancellationToken) is not { } consultation)
        {
            return false;
        }

        Consultation = consultation;
        Axes = await db.Set<ConsultationSection>().AsNoTracking().Where(s => s.ConsultationId == id).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        All = await db.Set<Idea>().AsNoTracking().Where(i => i.ConsultationId == id).OrderByDescending(i => i.Supports).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        return true;
    }

    public string StateName(IdeaState state) => texts.IdeaState(state);
}
