using Microsoft.Playwright;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// The commune's communication officer writes a news item in Arabic and French side by side and publishes it;
/// a citizen on a phone finds it on the home page in Arabic and reads it in French too.
/// </summary>
public sealed class EditorPublishesNews(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task EditorOfKhouribgaPublishesABilingualNewsItem_AndACitizenReadsItInBothLanguages()
    {
        var editor = await PlatformUsers.CreateAsync(factory, "khouribga", CmsRoles.Editor);
        var page = await factory.NewPageAsync(acceptLanguage: "fr");
        await page.GotoAsync("/khouribga/account/login");
        await page.GetByLabel("E-mail").FillAsync(editor.Email!);
        await page.GetByLabel("Mot de passe").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.GotoAsync("/khouribga/admin/content");
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-content-fr");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau : Actualité" }).ClickAsync();
        var arabic = page.Locator("fieldset[lang=ar]");
        var french = page.Locator("fieldset[lang=fr]");
        await arabic.GetByLabel("Titre", new() { Exact = true }).FillAsync("خريبكة تطلق منصة المشاركة المواطنة");
        await arabic.GetByLabel("Résumé").FillAsync("منصة رقمية لتقديم الأفكار والعرائض ومتابعة برنامج عمل الجماعة.");
        await arabic.GetByLabel("Texte (Markdown)").FillAsync("أطلقت الجماعة منصة رقمية للمشاركة المواطنة.\n\n## كيف تشارك؟\n\n- اقترح فكرة\n- وقع عريضة");
        await french.GetByLabel("Titre", new() { Exact = true }).FillAsync("Khouribga lance sa plateforme de participation citoyenne");
        await french.GetByLabel("Résumé").FillAsync("Une plateforme numérique pour proposer des idées, déposer des pétitions et suivre le programme d'action.");
        await french.GetByLabel("Texte (Markdown)").FillAsync("La commune lance une plateforme numérique de participation citoyenne.\n\n## Comment participer ?\n\n- Proposer une idée\n- Signer une pétition");
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-news-editor-fr");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
        (await page.InnerTextAsync("[role=status]")).ShouldContain("Publié : Khouribga lance sa plateforme de participation citoyenne");
        (await page.Locator(".badge.status-translated").CountAsync()).ShouldBe(2);

        // The same editor, now in Arabic: the item's editor and the content list read right to left, without serious axe findings.
        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("تعديل: خبر");
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-news-editor-ar");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "كل المحتوى" }).ClickAsync();
        (await page.Locator("tr", new() { HasText = "خريبكة تطلق منصة المشاركة المواطنة" }).CountAsync()).ShouldBe(1);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-content-ar");

        var citizen = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await citizen.GotoAsync("/khouribga/");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "خريبكة تطلق منصة المشاركة المواطنة" }).ClickAsync();
        (await citizen.InnerTextAsync("article h1")).ShouldBe("خريبكة تطلق منصة المشاركة المواطنة");
        (await citizen.GetAttributeAsync("article", "dir")).ShouldBe("rtl");
        (await citizen.InnerTextAsync("article h2")).ShouldBe("كيف تشارك؟");
        await BrowserPlatformFactory.ScreenshotAsync(citizen, "news-item-ar-phone");

        await citizen.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        (await citizen.InnerTextAsync("article h1")).ShouldBe("Khouribga lance sa plateforme de participation citoyenne");
        (await citizen.GetAttributeAsync("html", "dir")).ShouldBe("ltr");
        await BrowserPlatformFactory.ScreenshotAsync(citizen, "news-item-fr-phone");
    }
}
