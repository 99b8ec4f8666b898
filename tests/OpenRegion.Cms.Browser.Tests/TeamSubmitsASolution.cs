using Microsoft.Playwright;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// In French on a desktop, a team answers the lab's open challenge on olive-mill residues: a member named twice is
/// refused with the member's number, then the solution is submitted with its team and changed while the call is open.
/// </summary>
public sealed class TeamSubmitsASolution(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task ATeamSubmitsItsSolutionInFrench()
    {
        var citizen = await PlatformUsers.CreateAsync(factory);
        var page = await factory.NewPageAsync(acceptLanguage: "fr");
        await page.GotoAsync("/account/login?culture=fr");
        await page.GetByLabel("Adresse e-mail").FillAsync(citizen.Email!);
        await page.GetByLabel("Mot de passe").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.GotoAsync("/innovation?culture=fr");
        await page.GetByRole(AriaRole.Link, new() { Name = "Valoriser les résidus des huileries d'olive" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Proposer une solution" }).ClickAsync();
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("ltr");
        await page.GetByLabel("Nom de l'équipe").FillAsync("Zitoun Lab");
        await page.GetByLabel("Titre (français)").FillAsync("Composter les grignons avec les coopératives");
        await page.GetByLabel("Description (français)").FillAsync("Une plateforme de compostage partagée par trois huileries, et le compost vendu aux oléiculteurs.");
        await page.GetByLabel("Budget estimé (MAD)").FillAsync("85 000");
        await page.GetByLabel("Membre 1 : nom").FillAsync("Salma Aït Ouarab");
        await page.GetByLabel("Membre 1 : rôle").FillAsync("cheffe de projet");
        await page.GetByLabel("Membre 2 : nom").FillAsync("salma ait ouarab");
        await page.GetByLabel("Membre 2 : rôle").FillAsync("designer");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer la solution" }).ClickAsync();
        (await page.InnerTextAsync(".notice.error")).ShouldContain("Le membre 2 fait déjà partie de l'équipe.");

        await page.GetByLabel("Membre 2 : nom").FillAsync("Youssef El Mrabet");
        await page.GetByLabel("Membre 2 : rôle").FillAsync("développeur");
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer la solution" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("Votre solution est déposée.");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-solution-fr");

        await page.GetByLabel("Membre 3 : nom").FillAsync("Hicham Bouzid");
        await page.GetByLabel("Membre 3 : rôle").FillAsync("agronome");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("Vos modifications sont enregistrées.");
        (await page.InputValueAsync("#m-name-2")).ShouldBe("Hicham Bouzid");
    }
}
