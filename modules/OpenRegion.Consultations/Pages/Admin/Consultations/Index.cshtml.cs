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

namespace OpenRegion.Consultations.Pages.Admin.Consultations;

/// <summary>The tenant's consultations for staff, with their phase and counts, and a new one (titles and address; the rest on its page).</summary>
[Authorize(Policy = PermissionPolicy.Prefix + ConsultationsPermissions.Manage)]
public sealed class IndexModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, IStringLocalizer<ConsultationsModule> T) : PageModel
{
    public IReadOnlyList<(Consultation Consultation, ConsultationPhase Phase, int Contributions)> Consultations { get; private set; } = [];

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public string? TitleAr { get; set; }

    [BindProperty]
    public string? TitleFr { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = await db.Set<Consultation>().AsNoTracking().OrderByDescending(c => c.Id).Take(200).ToListAsync(cancellationToken);
        var counts = await db.Set<Contribution>().AsNoTracking().GroupBy(c => c.ConsultationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Consultations = [.. all.Select(c => (c, c.PhaseAt(now), counts.GetValueOrDefault(c.Id)))];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var titleAr = T.Read(TitleAr, 300, multiline: false, T["Title in Arabic"], errors);
        var titleFr = T.Read(TitleFr, 300, multiline: false, T["Title in French"], errors);
        if (titleAr.Length == 0 && titleFr.Length == 0)
        {
            errors.Add(T["Give the consultation a title, in Arabic or French."]);
        }

        var slug = string.IsNullOrWhiteSpace(Slug) ? Slugs.FromTitle(titleFr.Length > 0 ? titleFr : titleAr) : Slug.Trim();
        if (Slugs.Problem(slug) is { } problem)
        {
            errors.Add(T["Address: {0}", T[problem]]);
        }
        else if (await db.Set<Consultation>().AnyAsync(c => c.Slug == slug, cancellationToken))
        {
            errors.Add(T["Another consultation already has this address."]);
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var consultation = new Consultation { Slug = slug, TitleAr = titleAr, TitleFr = titleFr, CreatedUtc = clock.GetUtcNow() };
        db.Set<Consultation>().Add(consultation);
        audit.Record("consultation.created", "Consultation:" + slug, null);
        await db.SaveChangesAsync(cancellationToken);
        return LocalRedirect(Url.Content($"~/admin/consultations/{consultation.Id}"));
    }
}
