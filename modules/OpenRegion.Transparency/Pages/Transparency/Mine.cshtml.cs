using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>The signed-in citizen's own requests and complaints on this site, newest first, with where each stands.</summary>
[Authorize]
public sealed class MineModel(ICmsDbContext db, InformationDesk information, ComplaintDesk complaints) : TransparencyPageModel
{
    public InformationDesk Information => information;

    public ComplaintDesk ComplaintsDesk => complaints;

    public IReadOnlyList<InformationRequest> Requests { get; private set; } = [];

    public IReadOnlyList<Complaint> Complaints { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = UserId;
        Requests = await db.Set<InformationRequest>().AsNoTracking().Where(r => r.RequesterUserId == user).OrderByDescending(r => r.Id).Take(200).ToListAsync(cancellationToken);
        Complaints = await db.Set<Complaint>().AsNoTracking().Where(c => c.ComplainantUserId == user).OrderByDescending(c => c.Id).Take(200).ToListAsync(cancellationToken);
        return Page();
    }
}
