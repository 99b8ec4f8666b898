namespace OpenRegion.Cms.Core.Data;

/// <summary>
/// A row that belongs to one tenant. CmsDbContext stamps TenantId on insert, filters every query by it,
/// and on PostgreSQL row-level security enforces it again.
/// </summary>
public interface ITenantOwned
{
    string TenantId { get; set; }
}
