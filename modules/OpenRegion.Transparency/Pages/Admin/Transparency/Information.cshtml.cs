using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;
using OpenRegion.Transparency.Pages;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>The requests staff must answer: open ones first by due date, then the rest, with the stage and the days left.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Information)]
public sealed class InformationListModel(ICmsDbContext db, InformationDesk desk) : TransparencyPageModel
{
    public InformationDesk Desk => desk;

    /// <summary>"open" (default: awaiting an answer or a complaint's answer) or "all".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public IReadOnlyList<InformationRequest> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Set<InformationRequest>().AsNoTracking();
        if (Show != "all")
        {
            query = query.Where(r => r.AnsweredOn == null || (r.ComplainedOn != null && r.ComplaintAnsweredOn == null));
        }

        var requests = await query.OrderByDescending(r => r.Id).Take(500).ToListAsync(cancellationToken);
        Requests = [.. requests.OrderBy(r => IsOpen(r) ? 0 : 1).ThenBy(r => IsOpen(r) ? Due(r) : DateOnly.MaxValue).ThenByDescending(r => r.Id)];
        return Page();
    }

    public static bool IsOpen(InformationRequest r) => r.AnsweredOn is null || (r.ComplainedOn is not null && r.ComplaintAnsweredOn is null);

    /// <summary>What is due next: the answer, or the answer to the complaint.</summary>
    public DateOnly Due(InformationRequest r) => r.AnsweredOn is null ? desk.Rules.AnswerDue(r.Facts) : desk.Rules.ComplaintAnswerDue(r.Facts) ?? DateOnly.MaxValue;
}
