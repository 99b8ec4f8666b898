using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// In Arabic, on a phone: a citizen asks the region for the list of grants to associations (law 31-13), gets the
/// receipt number at once; staff answer in part, withholding private persons' names on the ground of article 7; the
/// citizen reads the answer, its ground and the way to complain.
/// </summary>
public sealed partial class CitizenRequestsInformation(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task ACitizenFilesARequestInArabicAndReadsTheAnswer()
    {
        var citizen = await PlatformUsers.CreateAsync(factory);
        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(citizen.Email!);
        await page.GetByLabel("كلمة المرور").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();

        await page.GotoAsync("/transparency");
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "transparency-ar-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "طلب معلومات" }).First.ClickAsync();
        await page.GetByLabel("الاسم الكامل").FillAsync("مريم أوحماد");
        await page.GetByLabel("العنوان", new() { Exact = true }).FillAsync("حي الأطلس، زنقة 7، بني ملال");
        await page.GetByLabel("رقم البطاقة الوطنية للتعريف الإلكترونية أو بطاقة الإقامة").FillAsync("IB204518");
        await page.GetByLabel("المعلومات المطلوبة في كلمات قليلة").FillAsync("المستفيدون من منح الجهة لفائدة الجمعيات سنة 2026");
        await page.GetByLabel("تفاصيل المعلومات المطلوبة").FillAsync("لائحة الجمعيات والأشخاص المستفيدين من منح مجلس الجهة سنة 2026 مع المبالغ.");
        await page.GetByLabel("نسخة إلكترونية").CheckAsync();
        await page.GetByLabel("يمكن أن يظهر موضوع الطلب في السجل العمومي").CheckAsync();
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "information-request-form-ar-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "إرسال الطلب" }).ClickAsync();

        var number = await page.InnerTextAsync(".receipt-code");
        NumberPattern().IsMatch(number).ShouldBeTrue(number);
        (await page.InnerTextAsync("main")).ShouldContain("في انتظار الرد");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "information-receipt-ar-phone");
        var url = page.Url;

        // Staff answer in part, on the ground of private data.
        var staff = await factory.AdminPageAsync();
        await staff.GotoAsync("/admin/information");
        await staff.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await staff.GetByLabel("قُدمت المعلومات جزئيا").CheckAsync();
        await staff.GetByLabel("الحياة الخاصة للأفراد والمعطيات ذات الطابع الشخصي").CheckAsync();
        await staff.GetByLabel("الرد", new() { Exact = true }).FillAsync("تجدون رفقته لائحة الجمعيات المستفيدة ومبالغ المنح؛ وحُجبت أسماء الأشخاص الذاتيين.");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(staff);
        await BrowserPlatformFactory.ScreenshotAsync(staff, "admin-information-request-ar");
        await staff.GetByRole(AriaRole.Button, new() { Name = "إرسال الرد" }).ClickAsync();
        (await staff.InnerTextAsync(".notice.success")).ShouldContain("سُجل الرد");

        // The citizen reads the answer, its ground, and may complain.
        await page.GotoAsync(url);
        var main = await page.InnerTextAsync("main");
        main.ShouldContain("قُدمت المعلومات جزئيا");
        main.ShouldContain("وحُجبت أسماء الأشخاص الذاتيين");
        main.ShouldContain("الحياة الخاصة للأفراد والمعطيات ذات الطابع الشخصي");
        (await page.GetByRole(AriaRole.Button, new() { Name = "إرسال الشكاية" }).CountAsync()).ShouldBe(1);
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "information-answer-ar-phone");

        // The public register lists it, without her name.
        await page.GotoAsync("/information");
        var register = await page.InnerTextAsync("main");
        register.ShouldContain("المستفيدون من منح الجهة لفائدة الجمعيات سنة 2026");
        register.ShouldNotContain("مريم أوحماد");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "information-register-ar-phone");

        // The council's sessions: the October session's decisions with their votes, and the coming session.
        await page.GotoAsync("/sessions");
        (await page.InnerTextAsync("main")).ShouldContain("الدورات المقبلة");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "sessions-ar-phone");
        await page.Locator("#archive ~ ul a, #archive ~ * a").First.ClickAsync();
        var session = await page.InnerTextAsync("main");
        session.ShouldContain("صادق المجلس على مشروع ميزانية الجهة برسم السنة المالية 2027");
        session.ShouldContain("45 مؤيدون، 9 معارضون، 2 ممتنعون");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "session-decisions-ar-phone");

        // The commune of Beni Mellal's open programme, on the phone.
        await page.GotoAsync("/beni-mellal/open-government");
        var programme = await page.InnerTextAsync("main");
        programme.ShouldContain("برنامج انفتاح جماعة بني ملال 2023");
        programme.ShouldContain("تنظيم مسابقة أنظف حي");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "open-government-ar-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "تنزيل آلية تقديم العرائض" }).ClickAsync();
        (await page.InnerTextAsync("main")).ShouldContain("مكتمل");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "commitment-ar-phone");

        await staff.GotoAsync("/admin/sessions");
        await staff.GetByRole(AriaRole.Link, new() { Name = "دورة عادية" }).First.ClickAsync();
        (await staff.InnerTextAsync("main")).ShouldContain("استدعاء الأعضاء المنتخبين");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(staff);
        await BrowserPlatformFactory.ScreenshotAsync(staff, "admin-session-ar");
    }

    [GeneratedRegex(@"^\d{4}-\d{4}$")]
    private static partial Regex NumberPattern();
}
