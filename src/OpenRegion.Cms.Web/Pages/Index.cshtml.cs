using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Web.Hosting;
using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Pages;

[OutputCache(PolicyName = PublicCache.Policy)]
[AllowAnonymous]
public sealed class IndexModel(TenantContext tenant, ModuleCatalog modules, ICmsDbContext db, MarkdownRenderer markdown, IMemoryCache cache, ContentVersions versions, TimeProvider clock) : PageModel
{
    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string SiteName => tenant.Shell.Tenant.DisplayName(Culture);

    public LocalizedContent? Home { get; private set; }

    public string HomeHtml { get; private set; } = "";

    public IReadOnlyList<IModule> Spaces { get; private set; } = [];

    /// <summary>Whether the tenant publishes news and events (the feature is enabled).</summary>
    public bool HasNews { get; private set; }

    public IReadOnlyList<ContentItem> LatestNews { get; private set; } = [];

    public IReadOnlyList<ContentItem> UpcomingEvents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The most visited page of every tenant: its text is read once per content change, not on every view.
        // Its HTML too: Markdown and the sanitizer cost more than the rest of the page.
        var key = ("home", tenant.TenantId!, Culture, versions.Current(tenant.TenantId!));
        if (!cache.TryGetValue(key, out (LocalizedContent? Content, string Html) home))
        {
            var found = await ContentLookup.FindPublishedAsync(db, "HomePage", null, Culture, cancellationToken);
            home = (found, markdown.BodyToSafeHtml(found?.Item.Body, found?.Item.PartsJson));
            cache.Set(key, home, TimeSpan.FromMinutes(1));
        }

        (Home, HomeHtml) = home;
        HasNews = tenant.Shell.IsFeatureEnabled(ContentTypes.NewsFeature);
        if (HasNews)
        {
            // Keyed by the hour as well, so an event that has ended leaves the home page within the hour.
            var now = clock.GetUtcNow();
            var listsKey = ("home-lists", tenant.TenantId!, Culture, versions.Current(tenant.TenantId!), now.UtcTicks / TimeSpan.TicksPerHour);
            if (!cache.TryGetValue(listsKey, out (IReadOnlyList<ContentItem> News, IReadOnlyList<ContentItem> Events) lists))
            {
                var news = await ContentLookup.PublishedInCulture(db, ContentTypes.News.Name, Culture)
                    .OrderByDescending(c => c.PublishedUtc).ThenByDescending(c => c.Id).Take(3).ToListAsync(cancellationToken);
                var events = await ContentLookup.PublishedInCulture(db, ContentTypes.Event.Name, Culture)
                    .Where(c => (c.EndsUtc ?? c.StartsUtc) >= now).OrderBy(c => c.StartsUtc).ThenBy(c => c.Id).Take(3).ToListAsync(cancellationToken);
                lists = (news, events);
                cache.Set(listsKey, lists, TimeSpan.FromMinutes(1));
            }

            (LatestNews, UpcomingEvents) = lists;
        }

        Spaces = modules.Modules.Where(m => m.IsParticipationSpace && tenant.Shell.IsFeatureEnabled(m.Id)).ToList();
    }
}
