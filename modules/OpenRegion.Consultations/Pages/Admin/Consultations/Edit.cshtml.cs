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
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Consultations.Domain;

namespace OpenRegion.Consultations.Pages.Admin.Consultations;

/// <summary>
/// One consultation for staff: its texts and dates (it is public from its opening date), the draft's sections (added,
/// edited, withdrawn from comment with a public reason), the counts per section and channel, and once it has closed
/// the synthesis with the council's response to each section, published to everyone and told to its followers.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + ConsultationsPermissions.Manage)]
public sealed class EditModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, ConsultationTexts texts, IStringLocalizer<ConsultationsModule> T) : PageModel
{
    public const int MaxText = 20_000;

    public Consultation Consultation { get; private set; } = null!;

    public ConsultationPhase Phase { get; private set; }

    public IReadOnlyList<ConsultationSection> Sections { get; private set; } = [];

    public IReadOnlyDictionary<(long Section, ContributionChannel Channel), int> PerSection { get; private set; } = new Dictionary<(long, ContributionChannel), int>();

    public ConsultationStats Stats { get; private set; } = new(0, 0, 0, 0, 0);

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public DetailsInput Details { get; set; } = new();

    [BindProperty]
    public SectionInput Section { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Details = DetailsInput.From(Consultation);
        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var titleAr = T.Read(Details.TitleAr, 300, false, T["Title in Arabic"], errors);
        var titleFr = T.Read(Details.TitleFr, 300, false, T["Title in French"], errors);
        var summaryAr = T.Read(Details.SummaryAr, MaxText, true, T["Summary in Arabic"], errors);
        var summaryFr = T.Read(Details.SummaryFr, MaxText, true, T["Summary in French"], errors);
        if (titleAr.Length == 0 && titleFr.Length == 0)
        {
            errors.Add(T["Give the consultation a title, in Arabic or French."]);
        }

        var datesRead = LocalTime.TryParseInput(Details.Opens, out var opens) & LocalTime.TryParseInput(Details.Closes, out var closes);
        if (!datesRead)
        {
            errors.Add(T["Dates are a day and an hour, e.g. 2027-01-15 09:00."]);
        }
        else if (opens is not null && closes is not null && closes <= opens)
        {
            errors.Add(T["The consultation must close after it opens."]);
        }
        else if (opens is not null && closes is null)
        {
            errors.Add(T["Give the closing date too: citizens must know until when they can contribute."]);
        }

        if (errors.Count > 0)
        {
            return await RefuseAsync(errors, cancellationToken);
        }

        (Consultation.TitleAr, Consultation.TitleFr, Consultation.SummaryAr, Consultation.SummaryFr) = (titleAr, titleFr, summaryAr, summaryFr);
        (Consultation.OpensUtc, Consultation.ClosesUtc) = (opens, closes);
        Consultation.CollectsIdeas = Details.CollectsIdeas;
        audit.Record("consultation.updated", Target, new { Opens = opens?.ToString("O", CultureInfo.InvariantCulture), Closes = closes?.ToString("O", CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Saved."].Value;
        return Back();
    }

    public async Task<IActionResult> OnPostSectionAsync(long id, long? sectionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var titleAr = T.Read(Section.TitleAr, 300, false, T["Title in Arabic"], errors);
        var titleFr = T.Read(Section.TitleFr, 300, false, T["Title in French"], errors);
        var bodyAr = T.Read(Section.BodyAr, 50_000, true, T["Text in Arabic"], errors);
        var bodyFr = T.Read(Section.BodyFr, 50_000, true, T["Text in French"], errors);
        if (titleAr.Length == 0 && titleFr.Length == 0)
        {
            errors.Add(T["Give the section a title, in Arabic or French."]);
        }

        var section = sectionId is { } sid ? Sections.FirstOrDefault(s => s.Id == sid) : null;
        if (sectionId is not null && section is null)
        {
            return NotFound();
        }

        if (errors.Count > 0)
        {
            return await RefuseAsync(errors, cancellationToken);
        }

        if (section is null)
        {
            section = new ConsultationSection { ConsultationId = Consultation.Id, Position = Sections.Count == 0 ? 1 : Sections.Max(s => s.Position) + 1 };
            db.Set<ConsultationSection>().Add(section);
        }

        (section.TitleAr, section.TitleFr, section.BodyAr, section.BodyFr) = (titleAr, titleFr, bodyAr, bodyFr);
        audit.Record("consultation.section-saved", Target, new { section.TitleFr });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Section saved."].Value;
        return Back();
    }

    /// <summary>Withdraws a section from comment with a public reason, or (empty reason) opens it again.</summary>
    public async Task<IActionResult> OnPostHideAsync(long id, long sectionId, string? reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true) || Sections.FirstOrDefault(s => s.Id == sectionId) is not { } section)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var text = T.Read(reason, 1000, false, T["Reason"], errors);
        if (errors.Count > 0)
        {
            return await RefuseAsync(errors, cancellationToken);
        }

        section.HiddenReason = text.Length == 0 ? null : text;
        audit.Record(text.Length == 0 ? "consultation.section-reopened" : "consultation.section-withdrawn", Target, new { sectionId, reason = text });
        await db.SaveChangesAsync(cancellationToken);
        return Back();
    }

    /// <summary>The synthesis and the responses per section: saved as drafts until "publish", allowed once contributions have closed.</summary>
    public async Task<IActionResult> OnPostSynthesisAsync(long id, string? synthesisAr, string? synthesisFr, bool publish, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }

        var errors = new List<string>();
        if (Phase is not (ConsultationPhase.Closed or ConsultationPhase.Synthesis))
        {
            errors.Add(T["The synthesis is written once contributions have closed."]);
        }

        var ar = T.Read(synthesisAr, 50_000, true, T["Synthesis in Arabic"], errors);
        var fr = T.Read(synthesisFr, 50_000, true, T["Synthesis in French"], errors);
        var responses = new Dictionary<long, (string Ar, string Fr)>();
        foreach (var section in Sections)
        {
            responses[section.Id] = (T.Read(Request.Form[$"responseAr-{section.Id}"], MaxText, true, T["Response on {0}", section.Title(Culture)], errors),
                T.Read(Request.Form[$"responseFr-{section.Id}"], MaxText, true, T["Response on {0}", section.Title(Culture)], errors));
        }

        if (publish && ar.Length == 0 && fr.Length == 0)
        {
            errors.Add(T["Write the synthesis before publishing it."]);
        }

        if (errors.Count > 0)
        {
            return await RefuseAsync(errors, cancellationToken);
        }

        (Consultation.SynthesisAr, Consultation.SynthesisFr) = (ar, fr);
        foreach (var section in Sections)
        {
            (section.ResponseAr, section.ResponseFr) = responses[section.Id];
        }

        if (publish && Consultation.SynthesisPublishedUtc is null)
        {
            Consultation.SynthesisPublishedUtc = clock.GetUtcNow();
            var url = ConsultationEvents.Url(Consultation);
            Outbox.Raise(db, ConsultationEvents.SynthesisPublished, new ConsultationEvents.SynthesisPayload(Consultation.Id, Consultation.TitleAr, Consultation.TitleFr, url), clock);
            Notify.Followers(db, ConsultationEvents.Subject(Consultation.Id), ConsultationNotifications.Synthesis, new Dictionary<string, object?>
            {
                ["title"] = new Dictionary<string, object?> { ["ar"] = Consultation.Title("ar"), ["fr"] = Consultation.Title("fr") },
            }, url, clock);
            audit.Record("consultation.synthesis-published", Target, null);
        }
        else
        {
            audit.Record("consultation.synthesis-saved", Target, null);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = (publish ? T["The synthesis is published; the consultation's followers are told."] : T["Saved."]).Value;
        return Back();
    }

    private string Target => "Consultation:" + Consultation.Slug;

    private IActionResult Back() => LocalRedirect(Url.Content($"~/admin/consultations/{Consultation.Id}"));

    private async Task<IActionResult> RefuseAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var id = Consultation.Id;
        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken, bool tracked = false)
    {
        var consultations = tracked ? db.Set<Consultation>() : db.Set<Consultation>().AsNoTracking();
        if (await consultations.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } consultation)
        {
            return false;
        }

        Consultation = consultation;
        Phase = consultation.PhaseAt(clock.GetUtcNow());
        var sections = tracked ? db.Set<ConsultationSection>() : db.Set<ConsultationSection>().AsNoTracking();
        Sections = await sections.Where(s => s.ConsultationId == id).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var counts = await ConsultationQueries.CountsAsync(db, id, cancellationToken);
        (PerSection, Stats) = (counts.PerSection, counts.Stats);
        return true;
    }

    public string PhaseName => texts.Phase(Phase);

    public sealed class DetailsInput
    {
        public string? TitleAr { get; set; }

        public string? TitleFr { get; set; }

        public string? SummaryAr { get; set; }

        public string? SummaryFr { get; set; }

        public string? Opens { get; set; }

        public string? Closes { get; set; }

        public bool CollectsIdeas { get; set; }

        public static DetailsInput From(Consultation c) => new()
        {
            TitleAr = c.TitleAr, TitleFr = c.TitleFr, SummaryAr = c.SummaryAr, SummaryFr = c.SummaryFr, Opens = LocalTime.ToInput(c.OpensUtc), Closes = LocalTime.ToInput(c.ClosesUtc),
            CollectsIdeas = c.CollectsIdeas,
        };
    }

    public sealed class SectionInput
    {
        public string? TitleAr { get; set; }

        public string? TitleFr { get; set; }

        public string? BodyAr { get; set; }

        public string? BodyFr { get; set; }
    }
}
