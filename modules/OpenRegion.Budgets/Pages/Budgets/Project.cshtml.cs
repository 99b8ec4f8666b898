using Microsoft.AspNetCore.Authorization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;

namespace OpenRegion.Budgets.Pages.Budgets;

/// <summary>One project: what it is, where, what it costs, the review's answer with its reasons, and once funded its execution.</summary>
[AllowAnonymous]
public sealed class ProjectModel(ICmsDbContext db, TimeProvider clock) : ProcessPageModel(db, clock)
{
    public BudgetProject Project { get; private set; } = null!;

    public Budget Budget { get; private set; } = null!;

    public string? Proposer { get; private set; }

    public IReadOnlyList<MediaItem> Photos { get; private set; } = [];

    public IReadOnlyList<BudgetMilestone> Milestones { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadProcessAsync(cancellationToken))
        {
            return NotFound();
        }

        var budgetIds = Budgets.Select(b => b.Id).ToList();
        var project = await Db.Set<BudgetProject>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && budgetIds.Contains(p.BudgetId), cancellationToken);
        if (project is null)
        {
            return NotFound();
        }

        Project = project;
        Budget = Budgets.First(b => b.Id == project.BudgetId);
        Proposer = project.ProposerUserId is { } userId
            ? await Db.Set<CmsUser>().AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        var photoIds = JsonSerializer.Deserialize<List<long>>(project.PhotosJson) ?? [];
        Photos = await Db.Set<MediaItem>().AsNoTracking().Where(m => photoIds.Contains(m.Id) && m.Kind == MediaKind.Image).ToListAsync(cancellationToken);
        Milestones = await Db.Set<BudgetMilestone>().AsNoTracking().Where(m => m.ProjectId == project.Id).OrderBy(m => m.Date).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>OpenStreetMap centred on the project's place.</summary>
    public string? MapLink => Project.Latitude is { } lat && Project.Longitude is { } lon
        ? FormattableString.Invariant($"https://www.openstreetmap.org/?mlat={lat:0.#####}&mlon={lon:0.#####}#map=17/{lat:0.#####}/{lon:0.#####}")
        : null;
}
