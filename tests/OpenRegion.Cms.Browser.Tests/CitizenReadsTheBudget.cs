using System.Text;
using Microsoft.Playwright;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// On an Arabic phone, a citizen reads the region's citizen budget (where the money comes from and goes, the provinces,
/// the rural share, what serves equality between women and men) and finds the financial statements in the publication
/// catalogue; in French on a desktop, staff load a citizen budget from the finance service's file, see a bad file
/// refused line by line, then publish it. The same citizen discovers the innovation lab's challenges.
/// </summary>
public sealed class CitizenReadsTheBudget(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task ACitizenReadsTheCitizenBudgetAndFindsTheStatementsInArabic()
    {
        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await page.GotoAsync("/transparency");
        await page.GetByRole(AriaRole.Link, new() { Name = "الميزانية المواطنة" }).First.ClickAsync();
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        var budget = await page.InnerTextAsync("main");
        budget.ShouldContain("من أين تأتي الأموال");
        budget.ShouldContain("أين تُصرف الأموال");
        budget.ShouldContain("إقليم أزيلال");
        budget.ShouldContain("66.9 % من الاستثمار المحدد الجماعة يذهب إلى الجماعات القروية");
        budget.ShouldContain("دار الطالبة بأزيلال");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "citizen-budget-ar-phone");

        // Every line, behind its summary, scrolls inside its own frame on the phone.
        await page.GetByText("جميع سطور الميزانية").ClickAsync();
        (await page.Locator("table").IsVisibleAsync()).ShouldBeTrue();
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);

        await page.GotoAsync("/publications");
        await page.GetByLabel("الفئة").SelectOptionAsync(new SelectOptionValue { Label = "القوائم المالية" });
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "بحث" }).ClickAsync();
        var catalogue = await page.InnerTextAsync("main");
        catalogue.ShouldContain("الجدول 3: المنح الممنوحة للجمعيات");
        catalogue.ShouldContain("5 من 7 جداول منشورة");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "publications-ar-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "القوائم المالية 2027 – الجدول 3: المنح الممنوحة للجمعيات" }).First.ClickAsync();
        (await page.InnerTextAsync("main")).ShouldContain("تاريخ التأشير على الميزانية أو حصرها");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "publication-ar-phone");
    }

    [Fact]
    public async Task StaffLoadAndPublishACitizenBudgetInFrench()
    {
        var staff = await factory.NewPageAsync(acceptLanguage: "fr");
        await staff.GotoAsync("/account/login?culture=fr");
        await staff.GetByLabel("Adresse e-mail").FillAsync(Cms.Web.Tests.Infrastructure.PlatformFactory.AdminEmail);
        await staff.GetByLabel("Mot de passe").FillAsync(Cms.Web.Tests.Infrastructure.PlatformFactory.AdminPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await staff.GotoAsync("/admin/citizen-budget?culture=fr");
        await staff.GetByLabel("Exercice").FillAsync("2030");
        await staff.GetByLabel("Titre (français)").FillAsync("Budget citoyen 2030");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Créer" }).ClickAsync();
        (await staff.InnerTextAsync(".notice.success")).ShouldContain("chargez ses lignes");

        const string Header = "side;section;category_fr;label_fr;amount;province;area;gender\n";
        await staff.GetByLabel("Fichier des lignes (CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = "budget-2030.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(Header + "recettes;fonctionnement;Impôts;Part de l'IR;900 000;;;\ndépenses;investissement;Routes;Piste;-3;province-azilal;rural;\n"),
        });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Charger", Exact = true }).ClickAsync();
        (await staff.InnerTextAsync(".notice.error")).ShouldContain("Ligne 3 : le montant doit être un nombre positif de dirhams");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(staff);
        await BrowserPlatformFactory.ScreenshotAsync(staff, "admin-citizen-budget-refused-fr");

        await staff.GetByLabel("Fichier des lignes (CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = "budget-2030.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(Header + "recettes;fonctionnement;Impôts;Part de l'IR;900 000;;;\ndépenses;investissement;Routes;Piste d'Aït Attab;900 000;province-azilal;rural;sensible\n"),
        });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Charger", Exact = true }).ClickAsync();
        (await staff.InnerTextAsync(".notice.success")).ShouldContain("Les lignes du budget sont chargées.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Publier le budget citoyen" }).ClickAsync();
        (await staff.InnerTextAsync(".notice.success")).ShouldContain("Le budget citoyen est publié.");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(staff);
        await BrowserPlatformFactory.ScreenshotAsync(staff, "admin-citizen-budget-fr");

        await staff.GotoAsync("/citizen-budget?year=2030&culture=fr");
        var page = await staff.InnerTextAsync("main");
        page.ShouldContain("Piste d'Aït Attab");
        page.ShouldContain("100 % de l'investissement placé dans une commune va aux communes rurales");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(staff);
        await BrowserPlatformFactory.ScreenshotAsync(staff, "citizen-budget-fr");
    }

    [Fact]
    public async Task ACitizenDiscoversTheInnovationLabsChallengesInArabic()
    {
        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await page.GotoAsync("/innovation");
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        var lab = await page.InnerTextAsync("main");
        lab.ShouldContain("الصناعة الغذائية");
        lab.ShouldContain("السياحة البيئية المستدامة");
        lab.ShouldContain("الدعوة لتقديم الحلول مفتوحة");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-ar-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "تثمين مخلفات معاصر الزيتون" }).ClickAsync();
        var challenge = await page.InnerTextAsync("main");
        challenge.ShouldContain("كيف ستختار لجنة التحكيم");
        challenge.ShouldContain("إشراك النساء والشباب");
        challenge.ShouldContain("الآن");
        challenge.ShouldContain("الأنشطة المقبلة");
        challenge.ShouldContain("برنامج تكويني في مجال التغلب على الإشكاليات العمومية والذكاء الجماعي");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-challenge-ar-phone");

        // The lab's events: a visitor is asked to log in to take a seat.
        await page.GotoAsync("/innovation");
        await page.GetByRole(AriaRole.Link, new() { Name = "أنشطة المختبر" }).ClickAsync();
        var events = await page.InnerTextAsync("main");
        events.ShouldContain("جلسة تشاورية لتحديد الإشكاليات المحلية للسياحة بشلالات أوزود");
        events.ShouldContain("المقاعد المتبقية: 60 من 60.");
        (await page.GetByRole(AriaRole.Link, new() { Name = "سجّل الدخول للتسجيل" }).First.GetAttributeAsync("href")).ShouldStartWith("/account/login?returnUrl=");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-events-ar-phone");
    }
}
