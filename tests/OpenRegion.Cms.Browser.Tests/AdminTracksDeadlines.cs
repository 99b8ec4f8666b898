using Microsoft.Playwright;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>The region's administrator follows the services' legal deadlines and records one that came by post, in Arabic and French.</summary>
public sealed class AdminTracksDeadlines(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task AdminSeesOverdueAndDueDeadlines_AndRecordsOneByHand_InArabicAndFrench()
    {
        var shell = (await factory.Service<TenantRegistry>().GetShellAsync("region")).ShouldNotBeNull();
        var now = DateTimeOffset.UtcNow;
        await using (var lease = factory.Service<ICmsDbContextFactory>().ForTenant("region"))
        {
            await StaffDeadlines.SetAsync(lease.Db, shell, new DeadlineRequest("session:2026-10:decisions", LegalDeadlines.DeliberationPosting,
                "تعليق مقررات دورة أكتوبر", now.AddDays(-20), Reference: "DOR-2026-10"), "seed", TimeProvider.System);
            await StaffDeadlines.SetAsync(lease.Db, shell, new DeadlineRequest("petition:17:notice", LegalDeadlines.PetitionRejectionNotice,
                "عريضة تهيئة الطريق الإقليمية 308", now.AddDays(-10), Reference: "PET-17", Url: "/petitions/17"), "seed", TimeProvider.System);
            await lease.Db.SaveChangesAsync();
        }

        var page = await factory.AdminPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "الآجال", Exact = true }).ClickAsync();

        (await page.InnerTextAsync("h1")).ShouldBe("الآجال");
        (await page.InnerTextAsync("table")).ShouldContain("تعليق مقررات دورة أكتوبر"); // overdue first
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-deadlines-overdue-ar");

        await page.GetByLabel("العنوان", new() { Exact = true }).FillAsync("طلب الحصول على المعلومات الوارد بالبريد");
        await page.GetByLabel("القاعدة", new() { Exact = true }).SelectOptionAsync(LegalDeadlines.InformationRequest);
        await page.GetByLabel("يسري ابتداء من (التوصل، الإيداع، الدورة)").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await page.GetByLabel("المرجع (اختياري)").FillAsync("DI-2026-044");
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الأجل", Exact = true }).ClickAsync();

        (await page.InnerTextAsync("[role=status]")).ShouldContain("سُجِّل الأجل");
        var table = await page.InnerTextAsync("table");
        table.ShouldContain("طلب الحصول على المعلومات الوارد بالبريد");
        table.ShouldContain("عريضة تهيئة الطريق الإقليمية 308");
        table.ShouldContain("يوم عمل");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-deadlines-ar");

        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("Échéances");
        (await page.InnerTextAsync("table")).ShouldContain("Réponse à une demande d'accès à l'information");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-deadlines-fr");
    }
}
