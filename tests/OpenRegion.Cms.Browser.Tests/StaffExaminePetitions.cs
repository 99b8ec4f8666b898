using Microsoft.Playwright;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// The council's staff of Béni Mellal: in Arabic, the bureau checks a deposited petition condition by condition and
/// accepts it onto the next session's agenda; in French, a roll with a bad line is refused and every bad line shown.
/// </summary>
public sealed class StaffExaminePetitions(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task TheBureauAcceptsAPetitionInArabic_AndABadRollIsReportedInFrench()
    {
        long id;
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("beni-mellal")))
        {
            var now = DateTimeOffset.UtcNow;
            var petition = new Petition
            {
                Title = "إحداث مكتبة للقرب بحي الأطلس", Reasons = "لا توجد مكتبة عمومية بالحي.", Objectives = "إدراج إحداث مكتبة للقرب في جدول أعمال المجلس.",
                Language = "ar", Filer = PetitionFiler.Citizens, FilerUserId = "", ProxyName = "نادية بوعزة", State = PetitionState.Deposited,
                SignatureCount = 212, RequiredSignatures = 200, ReceiptNumber = now.Year + "-0042", CreatedUtc = now.AddDays(-30), OpenedUtc = now.AddDays(-30), DepositedUtc = now.AddDays(-2),
            };
            db.Set<Petition>().Add(petition);
            await db.SaveChangesAsync();
            id = petition.Id;
        }

        var page = await factory.NewPageAsync(acceptLanguage: "ar");
        await page.GotoAsync("/beni-mellal/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(PlatformFactory.AdminEmail);
        await page.GetByLabel("كلمة المرور").FillAsync(PlatformFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();

        await page.GotoAsync("/beni-mellal/admin/petitions");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-petitions-ar");
        await page.GotoAsync($"/beni-mellal/admin/petitions/{id}");
        (await page.InnerTextAsync("h1")).ShouldBe("إحداث مكتبة للقرب بحي الأطلس");
        foreach (var box in await page.Locator("fieldset input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }

        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-petition-review-ar");
        await page.GetByRole(AriaRole.Button, new() { Name = "قبول العريضة وإدراجها في جدول الأعمال" }).ClickAsync();
        (await page.InnerTextAsync(".facts")).ShouldContain("مقبولة");
        (await page.InnerTextAsync("main")).ShouldContain("الإحالة على لجنة دائمة");
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-petition-accepted-ar");

        await page.GotoAsync("/beni-mellal/admin/petitions/identity?culture=fr");
        var file = Path.Combine(Path.GetTempPath(), $"roll-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "cnie;date_naissance;commune\nBE112233;1980-01-01;Béni Mellal\nXX;1980-01-01;beni-mellal\n");
        await page.GetByLabel("Fichier").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
        (await page.InnerTextAsync(".notice.error")).ShouldContain("XX");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-roll-refused-fr");
        File.Delete(file);
    }
}
