using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>The browser fixture with the abuse limits on, and small: two sign-in attempts per connection.</summary>
public sealed class LimitedBrowserPlatformFactory : BrowserPlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenRegion:Limits:Enabled", "true");
        builder.UseSetting("OpenRegion:Limits:Login:PerAddress", "2");
    }
}

/// <summary>
/// A citizen on a phone, in Arabic, mistypes a password once too often: the page says in Arabic until when to wait,
/// keeps the address typed, asks for the password again, and passes the accessibility check; then in French.
/// </summary>
public sealed class CitizenIsAskedToWait(LimitedBrowserPlatformFactory factory) : IClassFixture<LimitedBrowserPlatformFactory>
{
    [Fact]
    public async Task TooManySignInAttempts_AreAnsweredWithAClearPage_InArabicThenFrench()
    {
        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await page.GotoAsync("/beni-mellal/account/login");
            await page.GetByLabel("البريد الإلكتروني").FillAsync("fatima.zahra@example.ma");
            await page.GetByLabel("كلمة المرور").FillAsync("not-her-password-" + attempt);
            await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        }

        var main = await page.InnerTextAsync("main");
        main.ShouldContain("محاولات كثيرة جدا");
        main.ShouldContain("بتوقيت المغرب");
        main.ShouldContain("fatima.zahra@example.ma");
        main.ShouldContain("البريد الإلكتروني");
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        (await page.GetByLabel("كلمة المرور").InputValueAsync()).ShouldBeEmpty();
        (await page.GetByRole(AriaRole.Button, new() { Name = "إعادة الإرسال" }).CountAsync()).ShouldBe(1);
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "too-many-attempts-ar-phone");

        var french = await factory.NewPageAsync(acceptLanguage: "fr");
        await french.GotoAsync("/beni-mellal/account/login?culture=fr");
        await french.GetByLabel("Adresse e-mail").FillAsync("fatima.zahra@example.ma");
        await french.GetByLabel("Mot de passe").FillAsync("encore-faux");
        await french.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        (await french.InnerTextAsync("main")).ShouldContain("Trop de tentatives");
        (await french.GetAttributeAsync("html", "dir")).ShouldBe("ltr");
        await BrowserPlatformFactory.ScreenshotAsync(french, "too-many-attempts-fr-desktop");
    }
}
