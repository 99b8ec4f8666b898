using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Cms.Data;

/// <summary>Contexts for work outside a request: background jobs, recipes, the CLI.</summary>
public sealed class CmsDbContextFactory(DbContextOptions<CmsDbContext> options, ModuleCatalog modules) : ICmsDbContextFactory
{
    public CmsDbContext Create(CmsDbScope scope) => new(options, modules, scope);

    public ICmsDbContextLease ForTenant(string tenantId) => new Lease(Create(CmsDbScope.ForTenant(tenantId)));

    public ICmsDbContextLease ForPlatform() => new Lease(Create(CmsDbScope.Platform));

    private sealed class Lease(CmsDbContext context) : ICmsDbContextLease
    {
        public ICmsDbContext Db => context;

        public void Dispose() => context.Dispose();

        public ValueTask DisposeAsync() => context.DisposeAsync();
    }
}
