using Microsoft.AspNetCore.Hosting;

namespace OpenRegion.Cms.Web.Tests.Infrastructure;

/// <summary>A real SQLite file in the test's own data directory.</summary>
public class SqlitePlatformFactory : PlatformFactory
{
    protected override void ConfigureDatabase(IWebHostBuilder builder) =>
        builder.UseSetting("OpenRegion:Database:Provider", "Sqlite");
}
