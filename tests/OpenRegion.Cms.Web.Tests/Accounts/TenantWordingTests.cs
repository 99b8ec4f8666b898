using System.Net;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Accounts;

/// <summary>A commune rewords the interface for its own site, without a restart and without touching other sites.</summary>
public sealed class TenantWordingTests(SqlitePlatformFactory factory) : IClassFixture<SqlitePlatformFactory>
{
    [Fact]
    public async Task ATenantAdminRewordsAStringForTheirSiteOnly_AndItShowsAtOnce()
    {
        var admin = await PlatformUsers.CreateAsync(factory, "azilal", CmsRoles.TenantAdmin);
        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(admin.Email!, PlatformUsers.Password);
        var visitor = new BrowserSession(factory.Browser());
        (await visitor.GetTextAsync("/azilal/?culture=fr")).ShouldContain("Espaces de participation");

        var saved = await browser.SubmitAsync("/azilal/admin/translations?lang=fr", new Dictionary<string, string>
        {
            ["lang"] = "fr", ["po"] = "msgid \"Participation spaces\"\nmsgstr \"Espaces citoyens d’Azilal\"\n",
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetTextAsync("/azilal/?culture=fr")).ShouldContain("Espaces citoyens d’Azilal");
        (await visitor.GetTextAsync("/khouribga/?culture=fr")).ShouldNotContain("Espaces citoyens d’Azilal");
        (await visitor.GetTextAsync("/azilal/?culture=ar")).ShouldNotContain("Espaces citoyens d’Azilal");
        (await browser.GetTextAsync("/azilal/admin/translations?lang=fr")).ShouldContain("Espaces citoyens d’Azilal");
    }

    [Fact]
    public async Task InvalidPoIsRefusedNamingTheLine_KeepsTheText_AndChangesNothing()
    {
        var admin = await PlatformUsers.CreateAsync(factory, "beni-mellal", CmsRoles.TenantAdmin);
        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(admin.Email!, PlatformUsers.Password);
        const string broken = "msgid \"Home\"\nmsgstr \"Accueil de Béni Mellal\"\n\nmsgid \"Search\"\nmsgstr \"Chercher";

        var refused = await browser.SubmitAsync("/beni-mellal/admin/translations?lang=fr&culture=fr", new Dictionary<string, string> { ["lang"] = "fr", ["po"] = broken });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("ligne 5");
        page.ShouldContain("Accueil de Béni Mellal");
        (await new BrowserSession(factory.Browser()).GetTextAsync("/beni-mellal/?culture=fr")).ShouldNotContain("Accueil de Béni Mellal");
    }
}
