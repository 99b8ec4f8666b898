using Microsoft.Playwright;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>The region's platform administrator adds a commune from the admin pages, in Arabic.</summary>
public sealed class PlatformAdminOnboardsACommune(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task AdminCreatesFquihBenSalahInArabic_ThenATakenPrefixIsRefusedWithTheFormKept()
    {
        var page = await factory.AdminPageAsync();
        await page.GotoAsync("/admin/tenants");

        await page.GetByLabel("المعرّف").FillAsync("fquih-ben-salah");
        await page.GetByLabel("الاسم بالعربية").FillAsync("جماعة الفقيه بن صالح");
        await page.GetByLabel("الاسم بالفرنسية").FillAsync("Commune de Fquih Ben Salah");
        await page.GetByLabel("يتبع").SelectOptionAsync(new SelectOptionValue { Value = "province-fquih-ben-salah" });
        await page.GetByLabel("عدد السكان").FillAsync("102019");
        await page.GetByLabel("بادئة الرابط").FillAsync("fquih-ben-salah");
        await page.GetByRole(AriaRole.Button, new() { Name = "إنشاء الموقع" }).ClickAsync();

        (await page.InnerTextAsync("[role=status]")).ShouldContain("Commune de Fquih Ben Salah");
        (await page.InnerTextAsync("table")).ShouldContain("جماعة الفقيه بن صالح");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-tenants-ar");

        await page.GetByLabel("المعرّف").FillAsync("fbs-2");
        await page.GetByLabel("الاسم بالعربية").FillAsync("جماعة أخرى");
        await page.GetByLabel("الاسم بالفرنسية").FillAsync("Autre commune");
        await page.GetByLabel("يتبع").SelectOptionAsync(new SelectOptionValue { Value = "province-fquih-ben-salah" });
        await page.GetByLabel("بادئة الرابط").FillAsync("fquih-ben-salah");
        await page.GetByRole(AriaRole.Button, new() { Name = "إنشاء الموقع" }).ClickAsync();
        (await page.InnerTextAsync("[role=status]")).ShouldContain("بادئة الرابط");
        (await page.GetByLabel("الاسم بالعربية").InputValueAsync()).ShouldBe("جماعة أخرى");
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-tenants-duplicate-ar");

        var citizen = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await citizen.GotoAsync("/fquih-ben-salah/");
        (await citizen.InnerTextAsync("h1")).ShouldBe("جماعة الفقيه بن صالح");
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
