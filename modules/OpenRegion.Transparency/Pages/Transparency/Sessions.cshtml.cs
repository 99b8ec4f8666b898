using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>The council's sessions: the coming ones with their agenda, then the archive by year with the decisions posted.</summary>
[AllowAnonymous]
public sealed class SessionsModel(ICmsDbContext db, SessionDesk desk) : TransparencyPageModel
{
    public SessionDesk Desk => desk;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public int Shown { get; private set; }

    public IReadOnlyList<CouncilSession> Coming { get; private set; } = [];

    public IReadOnlyList<CouncilSession> Past { get; private set; } = [];

    /// <summary>Per session: agenda items, decisions posted.</summary>
    public IReadOnlyDictionary<long, (int Items, int Posted)> Counts { get; private set; } = new Dictionary<long, (int, int)>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = desk.Today;
        var sessions = await db.Set<CouncilSession>().AsNoTracking().OrderByDescending(s => s.OpensOn).ToListAsync(cancellationToken);
        Years = [.. sessions.Where(s => s.LastDay < today).Select(s => s.OpensOn.Year).Distinct()];
        Shown = Year is { } year && Years.Contains(year) ? year : Years.FirstOrDefault(today.Year);
        Coming = [.. sessions.Where(s => s.LastDay >= today).OrderBy(s => s.OpensOn)];
        Past = [.. sessions.Where(s => s.LastDay < today && s.OpensOn.Year == Shown)];
        var ids = Coming.Concat(Past).Select(s => s.Id).ToList();
        Counts = (await db.Set<AgendaItem>().AsNoTracking().Where(i => ids.Contains(i.SessionId))
                .GroupBy(i => i.SessionId).Select(g => new { g.Key, Items = g.Count(), Posted = g.Count(i => i.PublishedUtc != null) }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => (g.Items, g.Posted));
        return Page();
    }
}
