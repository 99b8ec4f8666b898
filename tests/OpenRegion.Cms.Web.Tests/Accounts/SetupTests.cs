using System.Net;
using Microsoft.AspNetCore.Hosting;
using OpenRegion.Cms.Web.Hosting;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Accounts;

/// <summary>A platform without an administrator in configuration: the set-up page, behind the one-time token.</summary>
public sealed class SetupTests(SetupTests.NoAdminFactory factory) : IClassFixture<SetupTests.NoAdminFactory>
{
    [Fact]
    public async Task SetupNeedsTheTokenFromTheLog_CreatesTheAdministratorOnce_ThenCloses()
    {
        var browser = new BrowserSession(factory.Browser());
        // The test server has no remote address, so it is not loopback: without the token the page does not exist.
        (await browser.GetAsync("/setup")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync("/setup?token=wrong")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var token = factory.Service<SetupToken>().Value!;
        var weak = await browser.SubmitAsync($"/setup?token={token}", new Dictionary<string, string>
        {
            ["Token"] = token, ["Input.DisplayName"] = "Admin", ["Input.Email"] = "root@region.test", ["Input.Password"] = "123",
        });
        weak.StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Service<SetupToken>().IsOpen.ShouldBeTrue();

        var created = await browser.SubmitAsync($"/setup?token={token}", new Dictionary<string, string>
        {
            ["Token"] = token, ["Input.DisplayName"] = "مدير المنصة", ["Input.Email"] = "root@region.test", ["Input.Password"] = "region-admin-2026",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/admin/tenants")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync($"/setup?token={token}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public sealed class NoAdminFactory : PlatformFactory
    {
        protected override void ConfigureDatabase(IWebHostBuilder builder)
        {
            builder.UseSetting("OpenRegion:Database:Provider", "Sqlite");
            builder.UseSetting("OpenRegion:Admin:Email", "");
            builder.UseSetting("OpenRegion:Admin:Password", "");
        }
    }
}
