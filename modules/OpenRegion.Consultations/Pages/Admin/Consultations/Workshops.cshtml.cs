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
/// The in-person side of a consultation: staff record each workshop (date, place, number of participants) and what
/// was said there, section by section, so that the page and the synthesis count both channels side by side.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + ConsultationsPermissions.Manage)]
public sealed class WorkshopsModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, ConsultationTexts texts, Microsoft.Extensions.Caching.Memory.IMemoryCache cache, Cms.Core.Tenancy.TenantContext tenant, IStringLocalizer<ConsultationsModule> T) : PageModel
{
    public Consultation Consultation { get; private set; } = null!;

    public IReadOnlyList<Workshop> Workshops { get; private set; } = [];

    public IReadOnlyList<ConsultationSection> Sections { get; private set; } = [];

    public IReadOnlyDictionary<long, int> Recorded { get; private set; } = new Dictionary<long, int>();

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostWorkshopAsync(long id, string? title, string? heldOn, string? place, string? participants, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var name = T.Read(title, 300, false, T["Title"], errors);
        var where = T.Read(place, 300, false, T["Place"], errors);
        if (name.Length == 0)
        {
            errors.Add(T["Give the workshop a title, e.g. \"Meeting at the commune's hall\"."]);
        }

        if (!DateOnly.TryParseExact(heldOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date > LocalTime.Date(clock.GetUtcNow()))
        {
            errors.Add(T["Give the day the workshop was held (today or before)."]);
        }

        if (!int.TryParse(participants?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 100_000)
        {
            errors.Add(T["The number of participants is a whole number from 1 to 100,000."]);
        }

        if (errors.Count > 0)
        {
            return await RefuseAsync(errors, cancellationToken);
        }

        db.Set<Workshop>().Add(new Workshop { ConsultationId = Consultation.Id, Title = name, HeldOn = date, Place = where, Participants = count, RecordedBy = User.Identity?.Name, CreatedUtc = clock.GetUtcNow() });
        audit.Record("consultation.workshop-recorded", "Consultation:" + Consultation.Slug, new { name, count });
        await db.SaveChangesAsync(cancellationToken);
        ConsultationQueries.Forget(cache, tenant.Shell.Id, Consultation.Id);
        TempData["Saved"] = T["Workshop recorded. Now record what was said, section by section."].Value;
        return LocalRedirect(Url.Content($"~/admin/consultations/{Consultation.Id}/workshops"));
    }

    public async Task<IActionResult> OnPostContributionAsync(long id, long workshopId, long sectionId, string? body, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var workshop = Workshops.FirstOrDefault(w => w.Id == workshopId);
        if (workshop is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var text = T.Read(body, Contribution.MaxBodyLength, true, T["What was said"], errors);
        if (text.Length == 0 && errors.Count == 0)
        {
            errors.Add(T["Write what was said."]);
        }

        if (errors.Count > 0)
        {
            return await RefuseAsync(errors, cancellationToken);
        }

        var (_, refusal) = await Contributing.PostAsync(db, Consultation, new Contributing.Post(sectionId, null, null, workshop.Title, text, ContributionChannel.Workshop, workshop.Id), clock, cancellationToken);
        if (refusal is { } r)
        {
            return await RefuseAsync([texts.Refusal(r)], cancellationToken);
        }

        ConsultationQueries.Forget(cache, tenant.Shell.Id, Consultation.Id);
        TempData["Saved"] = T["Contribution recorded."].Value;
        return LocalRedirect(Url.Content($"~/admin/consultations/{Consultation.Id}/workshops"));
    }

    private async Task<IActionResult> RefuseAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(Consultation.Id, cancellationToken);
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
        Workshops = await db.Set<Workshop>().AsNoTracking().Where(w => w.ConsultationId == id).OrderBy(w => w.HeldOn).ToListAsync(cancellationToken);
        Sections = await db.Set<ConsultationSection>().AsNoTracking().Where(s => s.ConsultationId == id).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        Recorded = await db.Set<Contribution>().AsNoTracking().Where(c => c.ConsultationId == id && c.WorkshopId != null)
            .GroupBy(c => c.WorkshopId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return true;
    }
}
