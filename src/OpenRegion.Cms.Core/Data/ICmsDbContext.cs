using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenRegion.Cms.Core.Data;

/// <summary>The platform database as modules see it; modules never reference the data projects.</summary>
public interface ICmsDbContext
{
    /// <summary>The tenant every query and insert of tenant-owned rows is scoped to; null in platform scope.</summary>
    string? TenantId { get; }

    DbSet<TEntity> Set<TEntity>() where TEntity : class;

    /// <summary>Change-tracking details of one entity, e.g. to set the original value of a concurrency token.</summary>
    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;

    DatabaseFacade Database { get; }

    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
