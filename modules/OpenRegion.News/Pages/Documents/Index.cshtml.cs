using Microsoft.AspNetCore.OutputCaching;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.News.Pages.Documents;

[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class IndexModel(ICmsDbContext db) : ContentListModel(db)
{
    public Task OnGetAsync(CancellationToken cancellationToken) =>
        LoadAsync(ContentLookup.PublishedInCulture(Db, ContentTypes.Document.Name, Culture).OrderByDescending(c => c.PublishedUtc).ThenByDescending(c => c.Id), cancellationToken);
}
