using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Consultations.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Consultations.Pages.Consultations;

/// <summary>
/// Co-creation of a programme: the ideas proposed for each axis, most supported first, with the council's official
/// answer and the project an idea became; while open, a signed-in citizen proposes an idea or supports others'.
/// </summary>
[AllowAnonymous]
public sealed class IdeasModel(ICmsDbContext db, TimeProvider clock, ConsultationTexts texts, IStringLocalizer<ConsultationsModule> T) : PageModel
{
    public const int PerAxis = 50;

    public Consultation Consultation { get; private set; } = null!;

    public ConsultationPhase Phase { get; private set; }

    public IReadOnlyList<ConsultationSection> Axes { get; private set; } = [];

    public ILookup<long, Idea> ByAxis { get; private set; } = Array.Empty<Idea>().ToLookup(i => i.SectionId);

    public IReadOnlySet<long> MySupports { get; private set; } = new HashSet<long>();

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public long Axis { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostProposeAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (UserId is null)
        {
            return Challenge();
        }

        var errors = new List<string>();
        var title = T.Read(Title, Idea.MaxTitleLength, false, T["Your idea in a few words"], errors);
        var description = T.Read(Description, Idea.MaxDescriptionLength, true, T["Describe it"], errors);
        if (title.Length == 0 && errors.Count == 0)
        {
            errors.Add(T["Give your idea a title."]);
        }

        ContributionRefusal? refusal = null;
        Idea? idea = null;
        if (errors.Count == 0)
        {
            var name = await db.Set<CmsUser>().Where(u => u.Id == UserId).Select(u => u.DisplayName).FirstAsync(cancellationToken);
            (idea, refusal) = await Ideas.ProposeAsync(db, Consultation, Axis, UserId, name, title, description, clock, cancellationToken);
        }

        if (errors.Count > 0 || refusal is not null)
        {
            Errors = errors.Count > 0 ? errors : [texts.Refusal(refusal!.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Saved"] = T["Thank you: your idea is published. Others can support it; the council will answer."].Value;
        return LocalRedirect(Url.Content($"~/consultations/{Consultation.Slug}/ideas") + "#idea-" + idea!.Id.ToString(CultureInfo.InvariantCulture));
    }

    [Limited(LimitedAction.Sign)]
    public async Task<IActionResult> OnPostSupportAsync(string slug, long ideaId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (UserId is null)
        {
            return Challenge();
        }

        var (_, refusal) = await Ideas.ToggleSupportAsync(db, Consultation, ideaId, UserId, clock, cancellationToken);
        if (refusal is { } r)
        {
            Errors = [texts.Refusal(r)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return LocalRedirect(Url.Content($"~/consultations/{Consultation.Slug}/ideas") + "#idea-" + ideaId.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var consultation = await db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (consultation is null || !consultation.CollectsIdeas || consultation.PhaseAt(clock.GetUtcNow()) == ConsultationPhase.Draft)
        {
            return false;
        }

        Consultation = consultation;
        Phase = consultation.PhaseAt(clock.GetUtcNow());
        Axes = await db.Set<ConsultationSection>().AsNoTracking().Where(s => s.ConsultationId == consultation.Id).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var ideas = new List<Idea>();
        foreach (var axis in Axes)
        {
            ideas.AddRange(await db.Set<Idea>().AsNoTracking().Where(i => i.SectionId == axis.Id && i.ConsultationId == consultation.Id)
                .OrderByDescending(i => i.Supports).ThenBy(i => i.Id).Take(PerAxis).ToListAsync(cancellationToken));
        }

        ByAxis = ideas.ToLookup(i => i.SectionId);
        if (UserId is { } userId && ideas.Count > 0)
        {
            var shown = ideas.Select(i => i.Id).ToList();
            MySupports = (await db.Set<IdeaSupport>().AsNoTracking().Where(s => s.UserId == userId && shown.Contains(s.IdeaId)).Select(s => s.IdeaId).ToListAsync(cancellationToken)).ToHashSet();
        }

        return true;
    }

    public string StateName(IdeaState state) => texts.IdeaState(state);
}
