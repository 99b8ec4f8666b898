using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Cms.Data.Sqlite;

/// <summary>Used by `dotnet ef migrations add` only.</summary>
public sealed class DesignTimeCmsDbContextFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CmsDbContext>();
        SqliteCmsDatabase.Configure(builder, "Data Source=design-time.db");
        return new CmsDbContext(builder.Options, ModuleCatalog.Discover(typeof(DesignTimeCmsDbContextFactory).Assembly), CmsDbScope.Platform);
    }
}
