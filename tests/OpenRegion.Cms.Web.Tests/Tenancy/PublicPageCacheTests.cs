using System.Net;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Tenancy;

/// <summary>Home pages are served from the output cache to anonymous visitors; nothing stale may show.</summary>
public sealed class PublicPageCacheTests(SqlitePlatformFactory factory) : IClassFixture<SqlitePlatformFactory>
{
    [Fact]
    public async Task AnonymousVisitorsSeeAnEditorsChangeAtOnce_InTheRightLanguageOnly()
    {
        var visitor = new BrowserSession(factory.Browser());
        (await visitor.GetTextAsync("/beni-mellal/?culture=fr")).ShouldContain("Bienvenue sur le portail");
        (await visitor.GetTextAsync("/beni-mellal/?culture=fr")).ShouldContain("Bienvenue sur le portail");

        var editor = await PlatformUsers.CreateAsync(factory, "beni-mellal", CmsRoles.Editor);
        var staff = new BrowserSession(factory.Browser());
        await staff.LogInAsync(editor.Email!, PlatformUsers.Password);
        var set = await ContentAdmin.SetAsync(factory, "beni-mellal", "HomePage");
        var title = "Béni Mellal, ville des sources " + Guid.NewGuid().ToString("N")[..4];
        var saved = await staff.SubmitFormAsync($"/beni-mellal/admin/content/{set}", ContentAdmin.Fields("publish", (1, "Title", title), (1, "Body", "Ain Asserdoun.")));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await visitor.GetTextAsync("/beni-mellal/?culture=fr")).ShouldContain(title);
        (await visitor.GetTextAsync("/beni-mellal/?culture=ar")).ShouldNotContain(title);
    }

    [Fact]
    public async Task TheCachedPageFollowsTheVisitorsLanguage_ByCookieAndByAcceptLanguage()
    {
        var client = factory.Browser();
        (await client.GetStringAsync("/azilal/")).ShouldContain("lang=\"ar\"");

        var french = new HttpRequestMessage(HttpMethod.Get, "/azilal/");
        french.Headers.AcceptLanguage.ParseAdd("fr-FR");
        (await (await client.SendAsync(french)).Content.ReadAsStringAsync()).ShouldContain("lang=\"fr\"");

        var cookieBrowser = factory.Browser();
        await cookieBrowser.GetAsync("/culture?culture=en&returnUrl=%2F");
        (await cookieBrowser.GetStringAsync("/azilal/")).ShouldContain("lang=\"en\"");
        (await client.GetStringAsync("/azilal/")).ShouldContain("lang=\"ar\"");
    }

    [Fact]
    public async Task ASignedInVisitorIsNeverServedTheAnonymousPage_NorTheOtherWayRound()
    {
        var anonymous = factory.Browser();
        (await anonymous.GetStringAsync("/khouribga/")).ShouldContain("account/login");

        var user = await PlatformUsers.CreateAsync(factory);
        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(user.Email!, PlatformUsers.Password);
        (await browser.GetTextAsync("/khouribga/")).ShouldContain(user.Email!);
        (await anonymous.GetStringAsync("/khouribga/")).ShouldNotContain(user.Email!);
    }

    [Fact]
    public async Task DisablingAFeatureRemovesItsSpaceFromTheCachedHomePageAtOnce()
    {
        var anonymous = factory.Browser();
        (await anonymous.GetStringAsync("/?culture=fr")).ShouldContain("href=\"/communes\"");
        var tenants = factory.Service<TenantService>();
        await tenants.SetFeatureAsync("region", "OpenRegion.Communes", false);
        try
        {
            (await anonymous.GetStringAsync("/?culture=fr")).ShouldNotContain("href=\"/communes\"");
        }
        finally
        {
            await tenants.SetFeatureAsync("region", "OpenRegion.Communes", true);
        }
    }
}
