using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Budgeting;

/// <summary>Which tenants lie in a tenant's territory: itself and every tenant under it (a region's provinces and communes).</summary>
public static class Territories
{
    public static IReadOnlySet<string> Of(TenantRegistry registry, string tenantId) => Of(registry.All, tenantId);

    public static IReadOnlySet<string> Of(IEnumerable<Tenant> tenants, string tenantId)
    {
        var children = tenants.Where(t => t.ParentId is not null).ToLookup(t => t.ParentId!, t => t.Id, StringComparer.Ordinal);
        var result = new HashSet<string>(StringComparer.Ordinal) { tenantId };
        var queue = new Queue<string>([tenantId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id])
            {
                if (result.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return result;
    }

    /// <summary>The province (or prefecture) a tenant lies in: itself when it is one, else its nearest ancestor of that kind; null when none is known.</summary>
    public static string? ProvinceOf(IEnumerable<Tenant> tenants, string tenantId)
    {
        var byId = tenants.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var id = tenantId;
        for (var depth = 0; depth < 10 && byId.TryGetValue(id, out var tenant); depth++)
        {
            if (tenant.Kind == TenantKind.Province)
            {
                return tenant.Id;
            }

            if (tenant.ParentId is null)
            {
                return null;
            }

            id = tenant.ParentId;
        }

        return null;
    }

    /// <summary>The provinces of a region (its tenants of kind Province), in name order.</summary>
    public static IReadOnlyList<Tenant> ProvincesOf(IEnumerable<Tenant> tenants, string regionId)
    {
        var list = tenants.ToList();
        var territory = Of(list, regionId);
        return [.. list.Where(t => t.Kind == TenantKind.Province && territory.Contains(t.Id)).OrderBy(t => t.NameFr, StringComparer.Ordinal)];
    }
}
