using Microsoft.Playwright;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>Registration on a phone in Arabic, e-mail confirmation, log-in, log-out; wrong input answered in the page.</summary>
public sealed class CitizenRegistersAndLogsIn(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task CitizenRegistersInArabicOnAPhone_ConfirmsByEmail_LogsInAndOut()
    {
        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        var email = $"youssef-{Guid.NewGuid():N}@example.test";
        await page.GotoAsync("/beni-mellal/");
        await page.GetByRole(AriaRole.Link, new() { Name = "إنشاء حساب" }).ClickAsync();

        await page.GetByLabel("الاسم الكامل").FillAsync("يوسف العلوي");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync("short");
        await page.GetByLabel("جماعة الإقامة").SelectOptionAsync("beni-mellal");
        await page.GetByRole(AriaRole.Button, new() { Name = "إنشاء حسابي" }).ClickAsync();

        // The weak password is refused in Arabic and what was typed stays.
        (await page.InnerTextAsync("main")).ShouldContain("10");
        (await page.GetByLabel("البريد الإلكتروني").InputValueAsync()).ShouldBe(email);
        (await page.GetByLabel("الاسم الكامل").InputValueAsync()).ShouldBe("يوسف العلوي");
        await BrowserPlatformFactory.ScreenshotAsync(page, "register-error-ar-phone");

        await page.GetByLabel("كلمة المرور").FillAsync("beni-mellal-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "إنشاء حسابي" }).ClickAsync();
        await page.Locator(".notice.success").WaitForAsync();

        var link = PlatformFactory.FirstLink(factory.LatestMailTo(email));
        await page.GotoAsync(link);
        await page.Locator(".notice.success").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "تسجيل الدخول" }).First.ClickAsync();
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync("beni-mellal-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();

        (await page.InnerTextAsync("header")).ShouldContain(email);
        await BrowserPlatformFactory.ScreenshotAsync(page, "logged-in-ar-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الخروج" }).ClickAsync();
        (await page.InnerTextAsync("header")).ShouldNotContain(email);
    }
}
