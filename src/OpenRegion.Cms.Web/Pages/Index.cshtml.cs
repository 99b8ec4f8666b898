using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenRegion.Cms.Web.Hosting;
using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Pages;

[OutputCache(PolicyName = OpenRegionHostingExtensions.PublicPagePolicy)]
public sealed class IndexModel(TenantContext tenant, ModuleCatalog modules, ICmsDbContext db, MarkdownRenderer markdown, IMemoryCache cache, ContentVersions versions) : PageModel
{
    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string SiteName => tenant.Shell.Tenant.DisplayName(Culture);

    public LocalizedContent? Home { get; private set; }

    public string HomeHtml { get; private set; } = "";

    public IReadOnlyList<IModule> Spaces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The most visited page of every tenant: its text is read once per content change, not on every view.
        var key = ("home", tenant.TenantId!, Culture, versions.Current(tenant.TenantId!));
        if (!cache.TryGetValue(key, out LocalizedContent? home))
        {
            home = await ContentLookup.FindPublishedAsync(db, "HomePage", null, Culture, cancellationToken);
            cache.Set(key, home, TimeSpan.FromMinutes(1));
        }

        Home = home;
        HomeHtml = markdown.ToSafeHtml(Home?.Item.Body);
        Spaces = modules.Modules.Where(m => m.PublicPath is not null && tenant.Shell.IsFeatureEnabled(m.Id)).ToList();
    }
}
