using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Cms.Data.PostgreSql;

/// <summary>Used by `dotnet ef migrations add` only; no server is contacted.</summary>
public sealed class DesignTimeCmsDbContextFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CmsDbContext>();
        PostgresCmsDatabase.Configure(builder, "Host=127.0.0.1;Database=openregion_design");
        return new CmsDbContext(builder.Options, ModuleCatalog.Discover(typeof(DesignTimeCmsDbContextFactory).Assembly), CmsDbScope.Platform);
    }
}
