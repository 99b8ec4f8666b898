using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Content;

/// <summary>A link of the editors' menu: its label and where it leads (tenant-relative "/…" or an http(s) address).</summary>
public sealed record MenuLink(string Label, string Href, bool IsLocal);

/// <summary>
/// The main-menu links the communication team adds (content type Menu, one per tenant, a translation per culture):
/// its text is a Markdown list of links, "- [Label](/path)". Only tenant-relative paths and http(s) addresses are
/// kept; anything else (javascript:, data:, protocol-relative) is dropped. Read from memory per content version.
/// </summary>
public sealed partial class SiteMenu(IServiceProvider services, IMemoryCache cache, ContentVersions versions, TenantContext tenant)
{
    public const int MaxLinks = 12;

    public async Task<IReadOnlyList<MenuLink>> LinksAsync(string culture, CancellationToken cancellationToken = default)
    {
        if (!tenant.HasTenant)
        {
            return [];
        }

        var key = ("menu", tenant.TenantId!, versions.Current(tenant.TenantId!), culture);
        if (cache.TryGetValue(key, out IReadOnlyList<MenuLink>? links))
        {
            return links!;
        }

        var db = services.GetRequiredService<ICmsDbContext>();
        var item = await ContentLookup.PublishedInCulture(db, ContentTypes.Menu.Name, culture).OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        links = item is null ? [] : Parse(item.Body);
        cache.Set(key, links, TimeSpan.FromMinutes(1));
        return links;
    }

    /// <summary>The links of a Markdown list, in order, unsafe ones dropped.</summary>
    public static IReadOnlyList<MenuLink> Parse(string? markdown)
    {
        var links = new List<MenuLink>();
        foreach (Match match in LinkPattern().Matches(markdown ?? ""))
        {
            var label = match.Groups[1].Value.Trim();
            var href = match.Groups[2].Value.Trim();
            if (label.Length == 0 || label.Length > 80 || href.Any(Slugs.IsInvisible))
            {
                continue;
            }

            var local = href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.Contains('\\');
            var external = Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
            if (local || external)
            {
                links.Add(new MenuLink(label, href, local));
            }

            if (links.Count == MaxLinks)
            {
                break;
            }
        }

        return links;
    }

    [GeneratedRegex(@"^\s*[-*+]\s*\[([^\]\r\n]+)\]\(([^)\s]+)\)", RegexOptions.Multiline)]
    private static partial Regex LinkPattern();
}
