using Microsoft.Playwright;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// An editor who does not know Markdown writes in the visual editor: the Arabic text with the toolbar, the French
/// one first in Markdown and then switched to rich text. Citizens read headings and emphasis, never markup.
/// </summary>
public sealed class EditorWritesRichText(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task AnEditorOfAzilalWritesAPageInRichText_AndACitizenReadsIt()
    {
        var editor = await PlatformUsers.CreateAsync(factory, "azilal", CmsRoles.Editor);
        var page = await factory.NewPageAsync(acceptLanguage: "ar");
        await page.GotoAsync("/azilal/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(editor.Email!);
        await page.GetByLabel("كلمة المرور").FillAsync(PlatformUsers.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.GotoAsync("/azilal/admin/content/new/Page");

        var arabic = page.Locator("fieldset.translation[lang=ar]");
        var french = page.Locator("fieldset.translation[lang=fr]");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await arabic.GetByLabel("العنوان", new() { Exact = true }).FillAsync($"الميزانية التشاركية لأزيلال {suffix}");
        await arabic.GetByLabel("نص منسق", new() { Exact = true }).CheckAsync();
        var area = arabic.Locator(".rich-area");
        (await area.IsVisibleAsync()).ShouldBeTrue();
        (await arabic.Locator("textarea").IsVisibleAsync()).ShouldBeFalse();

        // Heading first, then a paragraph with a word in bold from the toolbar.
        await area.ClickAsync();
        await arabic.GetByRole(AriaRole.Button, new() { Name = "عنوان", Exact = true }).ClickAsync();
        await area.PressSequentiallyAsync("كيف تشارك؟");
        await area.PressAsync("Enter");
        await arabic.GetByRole(AriaRole.Button, new() { Name = "فقرة" }).ClickAsync();
        await area.PressSequentiallyAsync("صوّتوا على المشاريع ");
        await arabic.GetByRole(AriaRole.Button, new() { Name = "خط عريض" }).ClickAsync();
        await area.PressSequentiallyAsync("قبل نهاية الشهر");

        // French: written in Markdown, then turned into rich text by the server's renderer.
        await french.GetByLabel("العنوان", new() { Exact = true }).FillAsync($"Le budget participatif d'Azilal {suffix}");
        await french.Locator("textarea").FillAsync("## Comment participer\n\nVotez pour les **projets** de votre douar.");
        await french.GetByLabel("نص منسق", new() { Exact = true }).CheckAsync();
        var frenchArea = french.Locator(".rich-area");
        await Assertions.Expect(frenchArea.Locator("strong")).ToHaveTextAsync("projets");
        (await frenchArea.Locator("h2").InnerTextAsync()).ShouldBe("Comment participer");

        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-rich-text-ar");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "نشر", Exact = true }).ClickAsync();
        (await page.InnerTextAsync("[role=status]")).ShouldContain($"الميزانية التشاركية لأزيلال {suffix}");
        // The editor opens again in rich-text mode, with the text as it was written.
        (await arabic.Locator(".rich-area :is(b, strong)").InnerTextAsync()).ShouldBe("قبل نهاية الشهر");

        var citizen = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        var href = await page.Locator(".item-state a[lang=ar]").GetAttributeAsync("href");
        await citizen.GotoAsync(href!);
        (await citizen.InnerTextAsync("article h2")).ShouldBe("كيف تشارك؟");
        (await citizen.InnerTextAsync("article :is(b, strong)")).ShouldBe("قبل نهاية الشهر");
        (await citizen.GetAttributeAsync("article", "dir")).ShouldBe("rtl");
        await BrowserPlatformFactory.ScreenshotAsync(citizen, "rich-text-page-ar-phone");

        var frenchHref = await page.Locator(".item-state a[lang=fr]").GetAttributeAsync("href");
        await citizen.GotoAsync(frenchHref!);
        (await citizen.InnerTextAsync("article strong")).ShouldBe("projets");
        (await citizen.ContentAsync()).ShouldNotContain("**");
    }
}
