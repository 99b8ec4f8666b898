using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>The transparency space: the citizen's rights with this year's figures, and the national portals.</summary>
[AllowAnonymous]
public sealed class IndexModel(ICmsDbContext db, InformationDesk information, ComplaintDesk complaints, SessionDesk sessions, TenantContext tenant) : TransparencyPageModel
{
    public SessionDesk Sessions => sessions;

    public CouncilSession? NextSession { get; private set; }

    public Tenant Tenant => tenant.Shell.Tenant;

    public InformationDesk Information => information;

    public ComplaintDesk Complaints => complaints;

    public InformationReport Requests { get; private set; } = null!;

    public ComplaintReport ComplaintReport { get; private set; } = null!;

    public int Publications { get; private set; }

    public CitizenBudget? LatestBudget { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var year = information.Today.Year;
        Requests = information.Rules.Report(year, (await Registers.RequestsAsync(db, year, cancellationToken)).Select(l => l.Facts), information.Today);
        ComplaintReport = complaints.Rules.Report(year, (await Registers.ComplaintsAsync(db, year, cancellationToken)).Select(l => l.Facts), complaints.Today);
        var today = sessions.Today;
        NextSession = await db.Set<CouncilSession>().AsNoTracking().Where(s => s.OpensOn >= today).OrderBy(s => s.OpensOn).FirstOrDefaultAsync(cancellationToken);
        Publications = await Catalogue.Query(db, new CatalogueFilter()).CountAsync(cancellationToken);
        LatestBudget = await db.Set<CitizenBudget>().AsNoTracking().Where(b => b.PublishedUtc != null).OrderByDescending(b => b.Year).FirstOrDefaultAsync(cancellationToken);
        return Page();
    }
}
