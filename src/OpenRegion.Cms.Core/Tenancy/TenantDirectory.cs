using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>What one page of the tenant list shows.</summary>
public sealed record TenantPage(IReadOnlyList<Tenant> Tenants, int Total, int Page, int Pages);

/// <summary>A tenant's usage: content items, accounts holding a role on it, bytes of its files, its last audited action.</summary>
public sealed record TenantUsage(int ContentItems, int Members, long StorageBytes, DateTimeOffset? LastActivityUtc);

/// <summary>
/// The platform administrator's tenant list for thousands of tenants: searched in memory over the registry (by
/// identifier, Arabic or French name whatever the case, accents or Arabic diacritics, prefix or host), filtered by level
/// and state, paged; the usage figures are read for the shown page only, in one grouped query per figure.
/// </summary>
public static class TenantDirectory
{
    public const int PageSize = 25;

    public static TenantPage Find(IEnumerable<Tenant> all, string? query, TenantKind? kind, TenantState? state, int page)
    {
        var needle = TextFold.Fold(query);
        var found = all.Where(t => (kind is null || t.Kind == kind) && (state is null || t.State == state)
                && (needle.Length == 0 || t.Id.Contains(needle, StringComparison.Ordinal) || TextFold.Fold(t.NameAr).Contains(needle, StringComparison.Ordinal)
                    || TextFold.Fold(t.NameFr).Contains(needle, StringComparison.Ordinal) || t.UrlPrefix.Contains(needle, StringComparison.OrdinalIgnoreCase)
                    || t.HostNames.Any(h => h.Contains(needle, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(t => t.Kind).ThenBy(t => t.NameFr, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr"), ignoreCase: true)).ToList();
        var pages = Math.Max(1, (found.Count + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pages);
        return new TenantPage([.. found.Skip((current - 1) * PageSize).Take(PageSize)], found.Count, current, pages);
    }

    public static async Task<IReadOnlyDictionary<string, TenantUsage>> UsageAsync(ICmsDbContextFactory dbs, MediaStore store, IReadOnlyCollection<string> tenantIds, CancellationToken cancellationToken)
    {
        var ids = tenantIds.ToList();
        await using var lease = dbs.ForPlatform();
        var db = lease.Db;
        var content = await db.Set<ContentItem>().Where(c => ids.Contains(c.TenantId)).GroupBy(c => c.TenantId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var members = await db.Set<TenantRoleGrant>().Where(g => ids.Contains(g.TenantId)).GroupBy(g => g.TenantId).Select(g => new { g.Key, Count = g.Select(x => x.UserId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var last = (await db.Set<AuditEntry>().Where(a => ids.Contains(a.TenantId)).GroupBy(a => a.TenantId).Select(g => new { g.Key, Last = g.Max(a => a.Id) }).ToListAsync(cancellationToken))
            .Select(g => g.Last).ToList();
        var lastAt = await db.Set<AuditEntry>().Where(a => last.Contains(a.Id)).Select(a => new { a.TenantId, a.OccurredUtc }).ToDictionaryAsync(a => a.TenantId, a => a.OccurredUtc, cancellationToken);
        return ids.ToDictionary(id => id, id => new TenantUsage(content.GetValueOrDefault(id), members.GetValueOrDefault(id), store.SizeOf(id), lastAt.TryGetValue(id, out var at) ? at : null));
    }
}
