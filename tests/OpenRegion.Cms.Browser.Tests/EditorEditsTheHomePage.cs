using Microsoft.Playwright;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>The commune's communication officer changes the French home text from the admin pages.</summary>
public sealed class EditorEditsTheHomePage(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task EditorOfKhouribgaChangesTheFrenchHomeText_AndCitizensSeeIt()
    {
        var editor = await PlatformUsers.CreateAsync(factory, "khouribga", CmsRoles.Editor);
        var page = await factory.NewPageAsync(acceptLanguage: "fr");
        await page.GotoAsync("/khouribga/account/login");
        await page.GetByLabel("E-mail").FillAsync(editor.Email!);
        await page.GetByLabel("Mot de passe").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.GotoAsync("/khouribga/admin/pages");
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-pages-fr");
        await page.Locator("tr", new() { HasText = "Bienvenue sur le portail" }).GetByRole(AriaRole.Link).ClickAsync();
        var title = "Khouribga, capitale mondiale du phosphate";
        await page.GetByLabel("Titre").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        (await page.InnerTextAsync("[role=status]")).ShouldContain(title);

        var citizen = await factory.NewPageAsync(acceptLanguage: "fr");
        await citizen.GotoAsync("/khouribga/");
        (await citizen.InnerTextAsync("main")).ShouldContain(title);
    }
}
