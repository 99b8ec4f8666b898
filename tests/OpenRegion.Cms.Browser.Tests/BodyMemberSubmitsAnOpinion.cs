using Microsoft.Playwright;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// In Arabic: the commune of Béni Mellal appoints the chair of its equality body; she opens the council's referral on
/// the cleanest-neighbourhood contest, writes the first version, and submits the adopted opinion, which is published.
/// </summary>
public sealed class BodyMemberSubmitsAnOpinion(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    private static async Task LogInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/beni-mellal/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
    }

    [Fact]
    public async Task TheChairSubmitsTheBodysOpinionInArabic()
    {
        var chair = await PlatformUsers.CreateAsync(factory);

        var admin = await factory.NewPageAsync(acceptLanguage: "ar");
        await LogInAsync(admin, PlatformFactory.AdminEmail, PlatformFactory.AdminPassword);
        await admin.GotoAsync("/beni-mellal/admin/bodies");
        await admin.GetByText("تعيين عضو").ClickAsync();
        await admin.GetByLabel("البريد الإلكتروني لحساب العضو").FillAsync(chair.Email!);
        await admin.GetByLabel("الدور").SelectOptionAsync(new SelectOptionValue { Label = "رئيس(ة)" });
        await admin.GetByLabel("المنظمة الممثلة").FillAsync("جمعية نساء تادلة للتنمية");
        await admin.GetByRole(AriaRole.Button, new() { Name = "تعيين", Exact = true }).ClickAsync();
        (await admin.InnerTextAsync(".notice.success")).ShouldContain("هيئة المساواة");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(admin);
        await BrowserPlatformFactory.ScreenshotAsync(admin, "admin-bodies-ar");

        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await LogInAsync(page, chair.Email!, PlatformUsers.Password);
        await page.GotoAsync("/beni-mellal/bodies");
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        await page.GetByRole(AriaRole.Link, new() { Name = "شروط ومعايير مسابقة أنظف حي" }).First.ClickAsync();
        (await page.InnerTextAsync("#workspace")).ShouldContain("فضاء عمل الهيئة");
        await page.GetByLabel("نص الرأي").FillAsync("## رأي الهيئة\n\nتوصي الهيئة بإشراك جمعيات النساء والشباب في لجنة التحكيم، وبمعيار يخص نظافة محيط المدارس.");
        await page.GetByLabel("التعديلات المدخلة").FillAsync("الصيغة الأولى بعد اجتماع الهيئة");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ الصيغة الأولى" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("تم حفظ الصيغة 1");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "body-workspace-ar-phone");

        await page.GetByLabel("الأصوات المؤيدة").FillAsync("7");
        await page.GetByLabel("الأصوات المعارضة").FillAsync("1");
        await page.GetByLabel("الممتنعون عن التصويت").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "تقديم الرأي إلى المجلس" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("تم تقديم الرأي إلى المجلس");
        var opinion = await page.InnerTextAsync("#opinion + p + .prose");
        opinion.ShouldContain("توصي الهيئة بإشراك جمعيات النساء والشباب");
        (await page.InnerTextAsync("main")).ShouldContain("المؤيدون 7");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "body-opinion-submitted-ar-phone");
    }
}
