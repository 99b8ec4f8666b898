using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.News.Pages.News;

[OutputCache(PolicyName = PublicCache.Policy)]
[AllowAnonymous]
public sealed class IndexModel(ICmsDbContext db) : ContentListModel(db)
{
    public Task OnGetAsync(CancellationToken cancellationToken) =>
        LoadAsync(ContentLookup.PublishedInCulture(Db, ContentTypes.News.Name, Culture).OrderByDescending(c => c.PublishedUtc).ThenByDescending(c => c.Id), cancellationToken);
}
