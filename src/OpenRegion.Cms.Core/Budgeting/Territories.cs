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
}
