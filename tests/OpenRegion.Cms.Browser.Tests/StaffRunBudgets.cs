using Microsoft.Playwright;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// Staff of Béni Mellal, in French: a past election replayed from its pabulib file, whose results then read in Arabic
/// and French with their chart; a paper ballot recorded at the counter for a citizen whose card was checked.
/// </summary>
public sealed class StaffRunBudgets(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task StaffReplayAPastElection_AndEveryoneReadsItsResults_InFrenchAndArabic()
    {
        var page = await SignedInStaffAsync();
        await page.GotoAsync("/beni-mellal/admin/budgets");
        await page.GetByLabel("Fichier pabulib (.pb)").SetInputFilesAsync(Pabulib("Netherlands_Assen_2024.pb"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("Importé");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-budget-process-fr");

        await page.GetByRole(AriaRole.Link, new() { Name = "Résultats", Exact = true }).First.ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("Résultats");
        (await page.Locator(".chart li").CountAsync()).ShouldBe(14);
        (await page.Locator(".chart li.selected").CountAsync()).ShouldBeGreaterThan(0);
        (await page.InnerTextAsync("main")).ShouldContain("PopUp Podium");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "budget-results-fr");

        var citizen = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await citizen.GotoAsync(page.Url.Split('?')[0].Replace(factory.BaseUrl, "", StringComparison.Ordinal));
        (await citizen.InnerTextAsync("h1")).ShouldBe("النتائج");
        (await citizen.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth")).ShouldBeTrue("the results are wider than the phone");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(citizen);
        await BrowserPlatformFactory.ScreenshotAsync(citizen, "budget-results-ar-phone");
    }

    [Fact]
    public async Task AClerkRecordsAPaperBallot_AndTheSameCardCannotVoteAgain()
    {
        var page = await SignedInStaffAsync();
        await page.GotoAsync("/beni-mellal/admin/budgets/counter");
        var card = "CB" + Random.Shared.Next(100000, 999999);
        await page.GetByLabel("Numéro de la carte d’identité (CNIE)").FillAsync(card);
        await page.GetByLabel("Commune de résidence indiquée sur la carte").SelectOptionAsync("beni-mellal");
        await page.GetByLabel("J’ai vérifié la carte d’identité").CheckAsync();
        await page.Locator("label.choice", new() { HasText = "Budget citoyen" }).ClickAsync();
        await page.Locator("label.choice", new() { HasText = "Concours du quartier le plus propre" }).ClickAsync();
        (await page.InnerTextAsync(".budget-meter p")).ShouldContain("(35 %)");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-counter-fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le bulletin" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("Le bulletin est enregistré.");
        (await page.InnerTextAsync(".receipt-code")).ShouldMatch("^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$");

        await page.GetByLabel("Numéro de la carte d’identité (CNIE)").FillAsync(card);
        await page.GetByLabel("Commune de résidence indiquée sur la carte").SelectOptionAsync("beni-mellal");
        await page.GetByLabel("J’ai vérifié la carte d’identité").CheckAsync();
        await page.Locator("label.choice", new() { HasText = "Budget citoyen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le bulletin" }).ClickAsync();
        (await page.InnerTextAsync(".notice.error")).ShouldContain("déjà");
        await BrowserPlatformFactory.ScreenshotAsync(page, "admin-counter-refused-fr");
    }

    private async Task<IPage> SignedInStaffAsync()
    {
        var page = await factory.NewPageAsync(acceptLanguage: "fr");
        await page.GotoAsync("/beni-mellal/account/login");
        await page.GetByLabel("E-mail").FillAsync(PlatformFactory.AdminEmail);
        await page.GetByLabel("Mot de passe").FillAsync(PlatformFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        return page;
    }

    private static string Pabulib(string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpenRegion.Cms.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root.ShouldNotBeNull().FullName, "tests", "data", "pabulib", name);
    }
}
