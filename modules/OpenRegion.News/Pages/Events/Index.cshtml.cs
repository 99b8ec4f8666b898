using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.News.Pages.Events;

/// <summary>Upcoming events soonest first (those under way included); past ones on request, latest first.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
[AllowAnonymous]
public sealed class IndexModel(ICmsDbContext db, TimeProvider clock) : ContentListModel(db)
{
    [BindProperty(SupportsGet = true)]
    public bool Past { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var events = ContentLookup.PublishedInCulture(Db, ContentTypes.Event.Name, Culture);
        return LoadAsync(Past
            ? events.Where(c => (c.EndsUtc ?? c.StartsUtc) < now).OrderByDescending(c => c.StartsUtc).ThenByDescending(c => c.Id)
            : events.Where(c => (c.EndsUtc ?? c.StartsUtc) >= now).OrderBy(c => c.StartsUtc).ThenBy(c => c.Id), cancellationToken);
    }
}
