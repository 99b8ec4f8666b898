using Microsoft.Playwright;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// A citizen of Béni Mellal votes in the commune's participatory budget on a phone, in Arabic: the live meter follows
/// what the choice costs, the first ballot asks for the identity card once, the receipt comes at once, and the ballot
/// can be changed (the page then says so, in French too).
/// </summary>
public sealed class CitizenVotesInBudget(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task ACitizenVotesOnAPhoneInArabic_WithTheLiveMeter_AndGetsAReceipt()
    {
        var citizen = await PlatformUsers.CreateAsync(factory);
        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await page.GotoAsync("/beni-mellal/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(citizen.Email!);
        await page.GetByLabel("كلمة المرور").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();

        await page.GotoAsync("/beni-mellal/budgets");
        await page.GetByRole(AriaRole.Link, new() { Name = "الميزانية التشاركية 2027" }).ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("الميزانية التشاركية 2027");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth")).ShouldBeTrue("the page is wider than the phone");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "budget-process-ar-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "التصويت", Exact = true }).ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldContain("غلاف 2027");

        // The meter follows each tick (no request): 40,000 + 50,000 of 200,000.
        await Tick(page, "مشروع المدينة الخضراء");
        await Tick(page, "حملات تحسيسية لتغيير السلوك في تدبير النفايات");
        var meter = page.Locator(".budget-meter p");
        (await meter.InnerTextAsync()).ShouldContain("(45 %)");
        // Over the budget: the meter turns red before anything is sent.
        foreach (var title in new[] { "مسابقة أجمل وأنظف محيط مدرسة", "ميزانية المواطن", "تشجيع المنتوج المحلي: منتوجات دارنا" })
        {
            await Tick(page, title);
        }

        (await page.Locator(".budget-meter").GetAttributeAsync("class")).ShouldNotBeNull().ShouldContain("over");
        (await meter.InnerTextAsync()).ShouldContain("(105 %)");
        await BrowserPlatformFactory.ScreenshotAsync(page, "budget-vote-over-ar-phone");
        await Tick(page, "ميزانية المواطن");
        (await page.Locator(".budget-meter").GetAttributeAsync("class")).ShouldNotBeNull().ShouldNotContain("over");

        await page.GetByLabel("رقم البطاقة الوطنية للتعريف الإلكترونية").FillAsync("BE " + Random.Shared.Next(100000, 999999));
        await page.GetByLabel("جماعة الإقامة").SelectOptionAsync("beni-mellal");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth")).ShouldBeTrue("the ballot is wider than the phone");
        await BrowserPlatformFactory.ScreenshotAsync(page, "budget-vote-ar-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "التصويت", Exact = true }).ClickAsync();

        var receipt = page.Locator(".receipt-code");
        (await receipt.InnerTextAsync()).ShouldMatch("^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$");
        var code = await receipt.InnerTextAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("تم تسجيل ورقة تصويتكم");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "budget-receipt-ar-phone");

        // The ballot as stored is shown ticked; changing it keeps the receipt. Then the same page in French.
        (await page.Locator("input[type=checkbox]:checked").CountAsync()).ShouldBe(4);
        await Tick(page, "مسابقة أجمل وأنظف محيط مدرسة");
        await page.GetByRole(AriaRole.Button, new() { Name = "تغيير ورقة تصويتي" }).ClickAsync();
        (await page.InnerTextAsync(".receipt-code")).ShouldBe(code);
        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        (await page.InnerTextAsync("main")).ShouldMatch("Vous avez voté le .* \\(reçu " + code + "\\)");
        (await page.InnerTextAsync(".budget-meter p")).ShouldContain("(65 %)");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "budget-vote-fr-phone");
    }

    /// <summary>Ticks (or unticks) a project by its label, as a thumb does.</summary>
    private static Task Tick(IPage page, string title) => page.Locator("label.choice", new() { HasText = title }).ClickAsync();
}
