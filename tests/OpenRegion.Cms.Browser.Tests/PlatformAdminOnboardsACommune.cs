using Microsoft.Playwright;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>The region's platform administrator adds a commune from the admin pages, in Arabic.</summary>
public sealed class PlatformAdminOnboardsACommune(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task AdminOnboardsFquihBenSalahInArabic_WithItsColoursLogoAndAdministrator_ThenATakenPrefixIsRefusedWithTheFormKept()
    {
        var page = await factory.AdminPageAsync();
        await page.GotoAsync("/admin/tenants");
        await page.GetByRole(AriaRole.Link, new() { Name = "إدماج جماعة" }).ClickAsync();

        await page.GetByLabel("الاسم بالعربية").FillAsync("جماعة الفقيه بن صالح");
        await page.GetByLabel("الاسم بالفرنسية").FillAsync("Commune de Fquih Ben Salah");
        await page.GetByLabel("يتبع").SelectOptionAsync(new SelectOptionValue { Value = "province-fquih-ben-salah" });
        await page.GetByLabel("عدد السكان").FillAsync("102019");
        await page.GetByLabel("المعرّف").FillAsync("fquih-ben-salah");
        await page.GetByLabel("بادئة الرابط").FillAsync("fquih-ben-salah");
        await page.GetByLabel("اللون الرئيسي (اسم الموقع والعناوين)").FillAsync("#7a3b12");
        await page.GetByLabel("الشعار (PNG أو JPEG أو WebP أو GIF، بحد أقصى 1 ميغابايت؛ اختياري)").SetInputFilesAsync(new FilePayload
        {
            Name = "fbs.png", MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
        });
        await page.GetByLabel("البريد الإلكتروني لمسيّر موقع الجماعة (اختياري)").FillAsync("president@fquih-ben-salah.test");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-onboarding-ar");
        await page.GetByRole(AriaRole.Button, new() { Name = "إنشاء الموقع" }).ClickAsync();

        (await page.InnerTextAsync("[role=status]")).ShouldContain("Commune de Fquih Ben Salah");
        (await page.InnerTextAsync("[role=status]")).ShouldContain("president@fquih-ben-salah.test");
        (await page.InnerTextAsync("h1")).ShouldContain("جماعة الفقيه بن صالح");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-tenant-ar");

        await page.GotoAsync("/admin/tenants/fquih-ben-salah?culture=fr");
        (await page.InnerTextAsync("h2 >> nth=0")).ShouldBe("Noms et adresse");
        (await page.GetByLabel("Tapez l’identifiant fquih-ben-salah pour confirmer").IsVisibleAsync()).ShouldBeTrue();
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-tenant-fr");

        await page.GotoAsync("/admin/onboarding");
        await page.GetByLabel("الاسم بالعربية").FillAsync("جماعة أخرى");
        await page.GetByLabel("الاسم بالفرنسية").FillAsync("Autre commune");
        await page.GetByLabel("يتبع").SelectOptionAsync(new SelectOptionValue { Value = "province-fquih-ben-salah" });
        await page.GetByLabel("عدد السكان").FillAsync("5000");
        await page.GetByLabel("المعرّف").FillAsync("fbs-2");
        await page.GetByLabel("بادئة الرابط").FillAsync("fquih-ben-salah");
        await page.GetByRole(AriaRole.Button, new() { Name = "إنشاء الموقع" }).ClickAsync();
        (await page.InnerTextAsync("[role=alert]")).ShouldContain("بادئة الرابط");
        (await page.GetByLabel("الاسم بالعربية").InputValueAsync()).ShouldBe("جماعة أخرى");
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-onboarding-duplicate-ar");

        var citizen = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await citizen.GotoAsync("/fquih-ben-salah/");
        (await citizen.InnerTextAsync("h1")).ShouldBe("جماعة الفقيه بن صالح");
        (await citizen.Locator("img.brand-logo").IsVisibleAsync()).ShouldBeTrue();
        (await citizen.EvaluateAsync<string>("getComputedStyle(document.querySelector('.brand')).color")).ShouldBe("rgb(122, 59, 18)");
        await BrowserPlatformFactory.ScreenshotAsync(citizen, "commune-own-colours-ar");
    }

    [Fact]
    public async Task AdminSeesTheRegionsWaitingDeadlines_InArabicAndFrench()
    {
        await using (var lease = factory.Service<ICmsDbContextFactory>().ForTenant("region"))
        {
            await Outbox.ScheduleAsync(lease.Db, "petition.rejection-notice-due", new { Petition = 17 }, DateTimeOffset.UtcNow.AddMonths(2), "petition:17:rejection-notice", TimeProvider.System);
            await lease.Db.SaveChangesAsync();
        }

        var page = await factory.AdminPageAsync();
        await page.GotoAsync("/admin/events");
        (await page.InnerTextAsync("h1")).ShouldBe("الأحداث في الخلفية");
        await page.GetByRole(AriaRole.Link, new() { Name = "في الانتظار" }).ClickAsync();
        (await page.InnerTextAsync("table")).ShouldContain("petition:17:rejection-notice");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-events-ar");

        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("Événements en arrière-plan");
        (await page.InnerTextAsync("table")).ShouldContain("petition.rejection-notice-due");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-events-fr");
    }
}
