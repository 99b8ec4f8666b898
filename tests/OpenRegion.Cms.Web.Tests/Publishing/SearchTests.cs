using System.Net;
using System.Text.RegularExpressions;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Publishing;

/// <summary>Citizens search a tenant's published pages in their language; what is unpublished or elsewhere is not found.</summary>
public sealed partial class SearchTests(SqlitePlatformFactory factory) : IClassFixture<SqlitePlatformFactory>
{
    [Fact]
    public async Task ACitizenFindsTheRegionsPageInArabicAndInFrench_WithTheWordMarked()
    {
        var browser = new BrowserSession(factory.Browser());

        var arabic = await browser.GetTextAsync($"/search?q={Uri.EscapeDataString("الحكومة المنفتحة")}&culture=ar");
        arabic.ShouldContain("الجهة <mark>المنفتحة</mark>");
        arabic.ShouldContain("<mark>");

        var french = await browser.GetTextAsync("/search?q=gouvernement+ouvert&culture=fr");
        french.ShouldContain("La région <mark>ouverte</mark>");
        french.ShouldContain("href=\"/pages/region-ouverte?culture=fr\"");
        Marked().Matches(french).Select(m => m.Groups[1].Value.ToLowerInvariant()).ShouldContain("gouvernement");
    }

    [Fact]
    public async Task ATamazightReaderSearchesTheArabicTexts()
    {
        var html = await new BrowserSession(factory.Browser()).GetTextAsync($"/search?q={Uri.EscapeDataString("الحكومة المنفتحة")}&culture=zgh");

        html.ShouldContain("lang=\"zgh\"");
        html.ShouldContain("الجهة <mark>المنفتحة</mark>");
    }

    [Fact]
    public async Task ACommuneDoesNotFindTheRegionsPages()
    {
        var html = await new BrowserSession(factory.Browser()).GetTextAsync("/azilal/search?q=gouvernement&culture=fr");

        html.ShouldNotContain("region-ouverte");
        html.ShouldContain("role=\"status\"");
    }

    [Fact]
    public async Task AnUnpublishedPageLeavesTheResults_AndComesBackWhenPublished()
    {
        var editor = await PlatformUsers.CreateAsync(factory, "region", CmsRoles.Editor);
        var staff = new BrowserSession(factory.Browser());
        await staff.LogInAsync(editor.Email!, PlatformUsers.Password);
        var set = await ContentAdmin.SetAsync(factory, "region", "Page", "fr", "La région ouverte");
        var visitor = new BrowserSession(factory.Browser());

        (await staff.SubmitFormAsync($"/admin/content/{set}", new Dictionary<string, string> { ["action"] = "unpublish" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The result links carry the culture (the main menu links to the page too, without it).
        (await visitor.GetTextAsync("/search?q=gouvernement&culture=fr")).ShouldNotContain("href=\"/pages/region-ouverte?culture=fr\"");

        (await staff.SubmitFormAsync($"/admin/content/{set}", new Dictionary<string, string> { ["action"] = "publish" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetTextAsync("/search?q=gouvernement&culture=fr")).ShouldContain("href=\"/pages/region-ouverte?culture=fr\"");
    }

    [Theory]
    [InlineData("title:(foo AND \"bar*")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\u202Eالجهة")]
    public async Task OddQueriesNeverFail_AndAreShownBackEncoded(string query)
    {
        var html = await new BrowserSession(factory.Browser()).GetTextAsync($"/search?q={Uri.EscapeDataString(query)}");

        html.ShouldNotContain("<script>alert(1)</script>");
    }

    [GeneratedRegex("<mark>([^<]+)</mark>")]
    private static partial Regex Marked();
}
