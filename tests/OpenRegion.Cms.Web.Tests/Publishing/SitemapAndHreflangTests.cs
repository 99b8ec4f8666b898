using System.Xml.Linq;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Publishing;

/// <summary>Search engines find each tenant's pages in both languages, and each language version points to the others.</summary>
public sealed class SitemapAndHreflangTests(SqlitePlatformFactory factory) : IClassFixture<SqlitePlatformFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task TheRegionsSitemapListsItsHomeAndPagesInArabicAndFrench_WithAlternates()
    {
        var response = await factory.Browser().GetAsync("/sitemap.xml");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var locations = xml.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        locations.ShouldContain("http://localhost/?culture=ar");
        locations.ShouldContain("http://localhost/?culture=fr");
        locations.ShouldContain("http://localhost/pages/region-ouverte?culture=fr");
        locations.ShouldContain($"http://localhost/pages/{Uri.EscapeDataString("الجهة-المنفتحة")}?culture=ar");

        var french = xml.Descendants(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("region-ouverte?culture=fr", StringComparison.Ordinal));
        french.Elements(Xhtml + "link").Select(l => (string)l.Attribute("hreflang")!).Order().ShouldBe(["ar", "fr"]);
    }

    [Fact]
    public async Task ACommunesSitemapHoldsOnlyItsOwnPages_UnderItsPrefix()
    {
        var xml = XDocument.Parse(await factory.Browser().GetStringAsync("/azilal/sitemap.xml"));

        var locations = xml.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        locations.ShouldAllBe(l => l.StartsWith("http://localhost/azilal/", StringComparison.Ordinal));
        locations.ShouldNotContain(l => l.Contains("region-ouverte", StringComparison.Ordinal));
        // Its home page, its 2 news items and 2 events, each in Arabic and French.
        locations.Count.ShouldBe(10);
        locations.Count(l => l.StartsWith("http://localhost/azilal/news/", StringComparison.Ordinal)).ShouldBe(4);
        locations.Count(l => l.StartsWith("http://localhost/azilal/events/", StringComparison.Ordinal)).ShouldBe(4);
    }

    [Fact]
    public async Task PagesLinkToTheirTranslationsWithHreflang()
    {
        var home = await new BrowserSession(factory.Browser()).GetTextAsync("/khouribga/");
        home.ShouldContain("<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost/khouribga/?culture=fr\">");
        home.ShouldContain("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/khouribga/\">");

        var page = await new BrowserSession(factory.Browser()).GetTextAsync("/pages/region-ouverte?culture=fr");
        page.ShouldContain($"hreflang=\"ar\" href=\"http://localhost/pages/{Uri.EscapeDataString("الجهة-المنفتحة")}?culture=ar\"");
        page.ShouldContain("hreflang=\"fr\" href=\"http://localhost/pages/region-ouverte?culture=fr\"");
    }
}
