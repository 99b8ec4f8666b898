using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// A citizen on a phone follows the commune's news in Arabic and is told of the next one in the notification
/// centre (delivered by the host's own background dispatcher); an admin writes a rule in French.
/// </summary>
public sealed class CitizenFollowsTheNews(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task ACitizenFollowsTheNewsOnAPhone_AndIsToldOfTheNextOne_InArabicThenFrench()
    {
        var citizen = await PlatformUsers.CreateAsync(factory);
        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await page.GotoAsync("/beni-mellal/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(citizen.Email!);
        await page.GetByLabel("كلمة المرور").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();

        await page.GotoAsync("/beni-mellal/news");
        await BrowserPlatformFactory.ScreenshotAsync(page, "news-follow-ar-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "متابعة", Exact = true }).ClickAsync();
        (await page.InnerTextAsync(".follow")).ShouldContain("أنتم تتابعون هذا");

        var title = "انطلاق أشغال تهيئة حديقة عين أسردون " + Guid.NewGuid().ToString("N")[..4];
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("beni-mellal")))
        {
            var editor = new ContentEditor(db, new AuditLog(db, new HttpContextAccessor(), TimeProvider.System), TimeProvider.System, factory.Service<ContentVersions>(), factory.Service<ContentSearchIndexer>());
            (await editor.SaveAsync(new ContentDraft("News", null,
            [
                new CultureDraft("ar", title, null, "تنطلق أشغال تهيئة الحديقة يوم الإثنين.", null, "تعلن جماعة بني ملال عن انطلاق الأشغال."),
                new CultureDraft("fr", "Début des travaux du jardin d’Aïn Asserdoun", null, "Les travaux commencent lundi.", null, "La commune annonce le début des travaux."),
            ]), ContentEditor.SaveAction.Publish, ContentAuthor.System)).Succeeded.ShouldBeTrue();
        }

        // The host's dispatcher delivers within moments; the header shows the unread count.
        await page.GotoAsync("/beni-mellal/account/notifications");
        for (var i = 0; i < 50 && !(await page.InnerTextAsync("main")).Contains(title, StringComparison.Ordinal); i++)
        {
            await Task.Delay(200);
            await page.ReloadAsync();
        }

        (await page.InnerTextAsync("ul.notifications")).ShouldContain(title);
        (await page.InnerTextAsync("header")).ShouldContain("الإشعارات");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "notifications-ar-phone");

        // Opening it marks it read and leads to the news item.
        await page.Locator("ul.notifications a").First.ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldContain("انطلاق أشغال تهيئة حديقة عين أسردون");

        await page.GotoAsync("/beni-mellal/account/notifications");
        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("Notifications");
        await page.GetByLabel("Un e-mail récapitulatif par jour (à 18 h)").CheckAsync();
        await page.GetByLabel("Numéro de mobile").FillAsync("06 12 34");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes préférences" }).ClickAsync();
        (await page.InnerTextAsync("main")).ShouldContain("Saisissez un numéro de mobile marocain");
        await page.GetByLabel("Numéro de mobile").FillAsync("06 12 34 56 78");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes préférences" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("préférences de notification sont enregistrées");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "notifications-fr-phone");
    }

    [Fact]
    public async Task AnAdminWritesARuleInFrench_AndSeesItListedInArabic()
    {
        var page = await factory.NewPageAsync(acceptLanguage: "fr");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync(PlatformFactory.AdminEmail);
        await page.GetByLabel("Mot de passe").FillAsync(PlatformFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.GotoAsync("/admin/rules");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle règle" }).ClickAsync();
        await page.GetByLabel("Nom").FillAsync("Prévenir la cellule communication");
        await page.GetByLabel("Quand ceci se produit").SelectOptionAsync("content.published");
        await page.GetByLabel("Seulement si (condition facultative)").FillAsync("event.contentType == \"Document\"");
        await page.GetByLabel("Que faire").SelectOptionAsync("Webhook");
        (await page.GetByLabel("Objet").IsVisibleAsync()).ShouldBeFalse(); // only the webhook's own field is shown
        await page.GetByLabel("Adresse du webhook").FillAsync("https://192.168.1.20/hook");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la règle" }).ClickAsync();
        (await page.InnerTextAsync("main")).ShouldContain("réseau privé ou local");
        await BrowserPlatformFactory.ScreenshotAsync(page, "rule-refused-fr");

        await page.GetByLabel("Que faire").First.SelectOptionAsync("Email");
        await page.GetByLabel("À", new() { Exact = true }).First.FillAsync("role:Editor, communication@example.test");
        await page.GetByLabel("Objet").First.FillAsync("{{ site.name }} : nouveau document « {{ event.title }} »");
        await page.GetByLabel("Message (modèle Liquid)").First.FillAsync("Publié le {{ event.occurredUtc | local_date }} : {{ event.url }}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la règle" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("Prévenir la cellule communication");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "rule-edit-fr");

        await page.GotoAsync("/admin/rules?culture=ar");
        (await page.InnerTextAsync("h1")).ShouldBe("القواعد");
        (await page.InnerTextAsync("table")).ShouldContain("Prévenir la cellule communication");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "rules-ar");
    }
}
