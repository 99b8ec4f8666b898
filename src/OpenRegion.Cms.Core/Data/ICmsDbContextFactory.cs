namespace OpenRegion.Cms.Core.Data;

/// <summary>Creates contexts bound to a tenant, or to the whole platform (for operators' cross-tenant work).</summary>
public interface ICmsDbContextFactory
{
    ICmsDbContextLease ForTenant(string tenantId);

    ICmsDbContextLease ForPlatform();
}
