using Microsoft.AspNetCore.OutputCaching;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.News.Pages.Documents;

[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class ShowModel(ICmsDbContext db, MarkdownRenderer markdown) : ContentPageModel(db, markdown, ContentTypes.Document);
