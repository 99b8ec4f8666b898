using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>The electronic register of complaints as staff work it: open ones first by due date (those awaiting a complement after), then the closed.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Complaints)]
public sealed class ComplaintListModel(ICmsDbContext db, ComplaintDesk desk) : TransparencyPageModel
{
    public ComplaintDesk Desk => desk;

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public IReadOnlyList<Complaint> Complaints { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Set<Complaint>().AsNoTracking();
        if (Show != "all")
        {
            query = query.Where(c => c.AnsweredOn == null);
        }

        var complaints = await query.OrderByDescending(c => c.Id).Take(500).ToListAsync(cancellationToken);
        Complaints = [.. complaints.OrderBy(c => c.AnsweredOn is null ? 0 : 1).ThenBy(c => desk.Rules.AnswerDue(c.Facts) ?? DateOnly.MaxValue).ThenByDescending(c => c.Id)];
        return Page();
    }
}
