using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Consultations.Pages.Consultations;

/// <summary>The tenant's consultations: open ones first, then those closed and those with their synthesis.</summary>
[AllowAnonymous]
public sealed class IndexModel(ICmsDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(Consultation Consultation, ConsultationPhase Phase)> Consultations { get; private set; } = [];

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = await db.Set<Consultation>().AsNoTracking().OrderByDescending(c => c.OpensUtc).Take(200).ToListAsync(cancellationToken);
        Consultations = [.. all.Select(c => (c, c.PhaseAt(now))).Where(p => p.Item2 != ConsultationPhase.Draft).OrderBy(p => p.Item2 == ConsultationPhase.Open ? 0 : 1)];
    }
}
