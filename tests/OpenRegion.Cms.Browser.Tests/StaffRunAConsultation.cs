using Microsoft.Playwright;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// The communication team of Béni Mellal, in Arabic: the consultation's page for staff, a workshop recorded with its
/// participants and what was said there, and the moderation page; then the synthesis report.
/// </summary>
public sealed class StaffRunAConsultation(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task StaffRecordAWorkshopInArabic_AndReadTheReport()
    {
        var page = await factory.NewPageAsync(acceptLanguage: "ar");
        await page.GotoAsync("/beni-mellal/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(PlatformFactory.AdminEmail);
        await page.GetByLabel("كلمة المرور").FillAsync(PlatformFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();

        await page.GotoAsync("/beni-mellal/admin/consultations");
        await page.GetByRole(AriaRole.Link, new() { Name = "تعديل" }).First.ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("مسودة برنامج انفتاح الجماعة: التحيين");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-consultation-ar");

        await page.GetByRole(AriaRole.Link, new() { Name = "الورشات الحضورية" }).First.ClickAsync();
        await page.GetByLabel("العنوان").FillAsync("لقاء تشاوري بدار الشباب");
        await page.GetByLabel("تاريخ الانعقاد").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await page.GetByLabel("المكان").FillAsync("دار الشباب، بني ملال");
        await page.GetByLabel("المشاركون").FillAsync("27");
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الورشة الحضورية" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("تم تسجيل الورشة");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-consultation-workshops-ar");

        // The survey's questions and the ideas to answer, in Arabic.
        await page.GotoAsync("/beni-mellal/admin/consultations");
        await page.GetByRole(AriaRole.Link, new() { Name = "تعديل" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "أسئلة الاستبيان" }).ClickAsync();
        (await page.InnerTextAsync("main")).ShouldContain("ما هو المحور الذي ترونه ذا أولوية؟");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-consultation-survey-ar");
        await page.GotoAsync("/beni-mellal/admin/consultations");
        await page.GetByRole(AriaRole.Link, new() { Name = "تعديل" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "الأفكار", Exact = true }).ClickAsync();
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await page.GotoAsync("/beni-mellal/consultations/programme-ouverture-commune/ideas");
        (await page.InnerTextAsync("h1")).ShouldBe("الأفكار حسب المحور");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "consultation-ideas-ar");

        await page.GotoAsync("/beni-mellal/admin/consultations/moderation");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await page.GotoAsync("/beni-mellal/admin/consultations");
        await page.GetByRole(AriaRole.Link, new() { Name = "تعديل" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "تقرير الخلاصة" }).ClickAsync();
        (await page.InnerTextAsync("main")).ShouldContain("66"); // 39 + 27 participants in person
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-consultation-report-ar");
    }
}
