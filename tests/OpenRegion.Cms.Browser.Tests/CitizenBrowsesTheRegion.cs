using Microsoft.Playwright;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>A citizen on a phone and on a desktop, in Arabic (RTL) and in French (LTR).</summary>
public sealed class CitizenBrowsesTheRegion(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task CitizenOnAPhoneReadsTheRegionInArabic_SwitchesToFrench_AndReachesACommune()
    {
        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await page.GotoAsync("/");

        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("ar");
        (await page.InnerTextAsync("h1")).ShouldBe("جهة بني ملال خنيفرة");
        // Logical CSS: in RTL the brand sits at the right edge of the screen.
        var brand = (await page.Locator(".brand").BoundingBoxAsync())!;
        (brand.X + brand.Width).ShouldBeGreaterThan(300);
        await BrowserPlatformFactory.ScreenshotAsync(page, "region-home-ar-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("ltr");
        (await page.InnerTextAsync("h1")).ShouldBe("Région Béni Mellal-Khénifra");
        brand = (await page.Locator(".brand").BoundingBoxAsync())!;
        brand.X.ShouldBeLessThan(50);

        await page.GetByRole(AriaRole.Link, new() { Name = "Communes", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Commune d'Azilal" }).ClickAsync();
        page.Url.ShouldEndWith("/azilal/");
        (await page.InnerTextAsync("main")).ShouldContain("Bienvenue sur le portail de la Commune d'Azilal");
        await BrowserPlatformFactory.ScreenshotAsync(page, "azilal-home-fr-phone");
    }

    [Theory]
    [InlineData("ar", "/")]
    [InlineData("fr", "/")]
    [InlineData("ar", "/communes")]
    [InlineData("fr", "/khouribga/account/register")]
    [InlineData("ar", "/beni-mellal/account/login")]
    [InlineData("ar", "/search?q=%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9")]
    [InlineData("fr", "/search?q=gouvernement")]
    [InlineData("fr", "/pages/region-ouverte")]
    [InlineData("ar", "/news")]
    [InlineData("fr", "/news")]
    [InlineData("ar", "/news/%D8%A7%D9%84%D9%85%D8%AE%D8%AA%D8%A8%D8%B1-%D8%A7%D9%84%D8%AC%D9%87%D9%88%D9%8A-%D9%84%D9%84%D8%A7%D8%A8%D8%AA%D9%83%D8%A7%D8%B1-%D8%A7%D9%84%D8%B9%D9%85%D9%88%D9%85%D9%8A")]
    [InlineData("fr", "/news/laboratoire-regional-innovation-publique")]
    [InlineData("ar", "/events")]
    [InlineData("ar", "/documents")]
    [InlineData("zgh", "/")]
    [InlineData("zgh", "/news")]
    [InlineData("fr", "/events/atelier-co-creation-plan-action-gouvernement-ouvert")]
    [InlineData("ar", "/pages/%D8%A7%D9%84%D8%AC%D9%87%D8%A9-%D8%A7%D9%84%D9%85%D9%86%D9%81%D8%AA%D8%AD%D8%A9")]
    public async Task PublicPagesHaveNoSeriousAccessibilityViolations(string culture, string path)
    {
        var page = await factory.NewPageAsync(acceptLanguage: culture);
        await page.GotoAsync(path);

        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        var name = new string(Uri.UnescapeDataString(path).Trim('/').Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
        name = name.Length > 60 ? name[..60] : name;
        await BrowserPlatformFactory.ScreenshotAsync(page, $"axe-{culture}-{name}");
    }
}
