using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>One session as the public reads it: when, where, how to attend, the agenda with its documents, and each decision once posted with its vote.</summary>
[AllowAnonymous]
public sealed class SessionModel(ICmsDbContext db, SessionDesk desk) : TransparencyPageModel
{
    public SessionDesk Desk => desk;

    public CouncilSession Session { get; private set; } = null!;

    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<long, MediaItem> Documents { get; private set; } = new Dictionary<long, MediaItem>();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var session = await db.Set<CouncilSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        Session = session;
        (Items, Documents) = await AgendaAsync(db, id, cancellationToken);
        return Page();
    }

    /// <summary>A session's agenda in order, with its documents.</summary>
    public static async Task<(IReadOnlyList<AgendaItem>, IReadOnlyDictionary<long, MediaItem>)> AgendaAsync(ICmsDbContext db, long sessionId, CancellationToken cancellationToken)
    {
        var items = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.SessionId == sessionId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var ids = items.SelectMany(i => i.Documents).ToList();
        var documents = await db.Set<MediaItem>().AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        return (items, documents);
    }
}
