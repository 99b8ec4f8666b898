using Microsoft.AspNetCore.OutputCaching;
using OpenRegion.Cms.Core.Content;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Templates;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.News.Pages.Documents;

[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class ShowModel(ICmsDbContext db, MarkdownRenderer markdown, TenantContext tenant, LiquidTemplates templates, IStringLocalizer<NewsModule> T)
    : ContentPageModel(db, markdown, ContentTypes.Document, tenant, templates, T);
