using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using OpenRegion.Cms.Core.Content;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Templates;

namespace OpenRegion.News.Pages.News;

[OutputCache(PolicyName = PublicCache.Policy)]
[AllowAnonymous]
public sealed class ShowModel(ArticleViews articles, IStringLocalizer<NewsModule> T) : ContentPageModel(articles, ContentTypes.News, T);
