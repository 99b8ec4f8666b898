using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Pages;

public sealed class IndexModel(TenantContext tenant, ModuleCatalog modules, ICmsDbContext db, MarkdownRenderer markdown) : PageModel
{
    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string SiteName => tenant.Shell.Tenant.DisplayName(Culture);

    public LocalizedContent? Home { get; private set; }

    public string HomeHtml { get; private set; } = "";

    public IReadOnlyList<IModule> Spaces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Home = await ContentLookup.FindPublishedAsync(db, "HomePage", null, Culture, cancellationToken);
        HomeHtml = markdown.ToSafeHtml(Home?.Item.Body);
        Spaces = modules.Modules.Where(m => m.PublicPath is not null && tenant.Shell.IsFeatureEnabled(m.Id)).ToList();
    }
}
