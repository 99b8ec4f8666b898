namespace OpenRegion.Cms.Data;

/// <summary>Which rows a context may see: one tenant's, or (platform scope, for operators) all.</summary>
public sealed class CmsDbScope
{
    private CmsDbScope(string? tenantId, bool isPlatform)
    {
        TenantId = tenantId;
        IsPlatform = isPlatform;
    }

    public string? TenantId { get; }

    public bool IsPlatform { get; }

    /// <summary>The PostgreSQL session value row-level security compares with: a tenant id, or "*" for the platform.</summary>
    public string RowLevelSecurityValue => IsPlatform ? "*" : TenantId ?? "";

    public static CmsDbScope ForTenant(string tenantId) => new(tenantId, false);

    public static CmsDbScope Platform { get; } = new(null, true);

    /// <summary>A request whose tenant is not known (yet): sees no tenant-owned rows.</summary>
    public static CmsDbScope None { get; } = new(null, false);
}
