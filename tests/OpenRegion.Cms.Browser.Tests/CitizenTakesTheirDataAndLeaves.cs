using System.Text.Json;
using Microsoft.Playwright;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// A citizen on a phone, in Arabic, finds "My data" in the header, sees what is held about them, downloads it, then
/// erases their account in French; a member of staff is told, in Arabic, what must end before they can.
/// </summary>
public sealed class CitizenTakesTheirDataAndLeaves(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    private async Task<IPage> SignedInInArabicAsync(CmsUser user, bool phone)
    {
        var page = await factory.NewPageAsync(phone, acceptLanguage: "ar");
        await page.GotoAsync("/beni-mellal/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(user.Email!);
        await page.GetByLabel("كلمة المرور").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        return page;
    }

    [Fact]
    public async Task ACitizenDownloadsTheirDataInArabic_ThenErasesTheirAccountInFrench()
    {
        var citizen = await PlatformUsers.CreateAsync(factory);
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("beni-mellal")))
        {
            db.Set<Follow>().Add(new Follow { UserId = citizen.Id, Subject = "news", CreatedUtc = DateTimeOffset.UtcNow });
            db.Set<Notification>().Add(new Notification { UserId = citizen.Id, Kind = "content.published", Title = "انطلاق أشغال تهيئة حديقة عين أسردون", Body = "…", CreatedUtc = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var page = await SignedInInArabicAsync(citizen, phone: true);

        await page.GotoAsync("/beni-mellal");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPlatformFactory.ScreenshotDirectory, "header-signed-in-ar-phone.png") });
        (await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "الإدارة", Exact = true }).CountAsync()).ShouldBe(0, "a citizen holds no role: no door to the administration");
        await page.GetByRole(AriaRole.Link, new() { Name = "بياناتي" }).ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("بياناتي");
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        var held = await page.InnerTextAsync("table");
        held.ShouldContain("ما تتابعونه");
        held.ShouldContain("الإشعارات الموجهة إليكم");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "my-data-ar-phone");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "تنزيل جميع بياناتي (JSON)" }).ClickAsync());
        download.SuggestedFilename.ShouldStartWith("openregion-my-data-");
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)))
        {
            json.RootElement.GetProperty("account").GetProperty("email").GetString().ShouldBe(citizen.Email);
            json.RootElement.GetProperty("data").GetProperty("notifications")[0].GetProperty("title").GetString().ShouldBe("انطلاق أشغال تهيئة حديقة عين أسردون");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("Mes données");
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("ltr");
        await page.GetByLabel("J'ai compris : mon compte sera effacé définitivement").CheckAsync();
        await page.GetByLabel("Votre mot de passe").FillAsync("pas-le-bon-mot-de-passe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Effacer mon compte" }).ClickAsync();
        (await page.InnerTextAsync("[role=alert]")).ShouldContain("Ce n'est pas votre mot de passe. Rien n'a été effacé.");
        await BrowserPlatformFactory.ScreenshotAsync(page, "my-data-erase-refused-fr-phone");

        await page.GetByLabel("J'ai compris : mon compte sera effacé définitivement").CheckAsync();
        await page.GetByLabel("Votre mot de passe").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Effacer mon compte" }).ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("Votre compte est effacé");
        (await page.InnerTextAsync("header")).ShouldContain("Se connecter");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "account-erased-fr-phone");

        // The password opens nothing any more.
        await page.GotoAsync("/beni-mellal/account/login");
        await page.GetByLabel("E-mail").FillAsync(citizen.Email!);
        await page.GetByLabel("Mot de passe").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        (await page.InnerTextAsync("header")).ShouldContain("Se connecter");
    }

    [Fact]
    public async Task AMemberOfStaff_IsToldInArabicWhatMustEndFirst()
    {
        var staff = await PlatformUsers.CreateAsync(factory, "azilal", CmsRoles.Editor);
        var page = await SignedInInArabicAsync(staff, phone: false);

        await page.GotoAsync("/beni-mellal/account/data");
        var blocked = await page.InnerTextAsync(".notice.warning");
        blocked.ShouldContain("لا يمكن محو حسابكم بعد");
        blocked.ShouldContain("أزيلال");
        (await page.GetByRole(AriaRole.Button, new() { Name = "محو حسابي" }).CountAsync()).ShouldBe(0);
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "my-data-blocked-ar");
    }

    [Fact]
    public async Task TheCommunesAdministrator_SetsTheRetentionPeriod_InArabic_AndSeesWhatWasRemoved()
    {
        var page = await factory.AdminPageAsync();
        await page.GotoAsync("/khouribga");
        await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "الإدارة", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "المعطيات الشخصية" }).ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("المعطيات الشخصية");
        await page.GetByLabel("عدد أيام الاحتفاظ بعد إغلاق الملف").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ", Exact = true }).ClickAsync();
        if (await page.EvaluateAsync<bool>("() => document.querySelector('input[name=Days]').validity.valid"))
        {
            throw new InvalidOperationException("the browser should refuse 10 days before sending");
        }

        await page.GetByLabel("عدد أيام الاحتفاظ بعد إغلاق الملف").FillAsync("400");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ", Exact = true }).ClickAsync();
        (await page.InnerTextAsync("[role=status]")).ShouldContain("400");
        await page.GetByRole(AriaRole.Button, new() { Name = "محو ما تجاوز المدة الآن" }).ClickAsync();
        (await page.InnerTextAsync("[role=status]")).Length.ShouldBeGreaterThan(0);
        (await page.InnerTextAsync("table")).ShouldContain("تغيير مدة الاحتفاظ");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-privacy-ar");
    }
}
