using Microsoft.Playwright;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// A citizen of Béni Mellal answers the commune's consultation on its open programme on a phone, in French: they read
/// the axes, comment on the first one, see their contribution published beside the workshop's 39 participants, and
/// the same page reads right-to-left in Arabic.
/// </summary>
public sealed class CitizenAnswersAConsultation(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task ACitizenCommentsOnAPhoneInFrench()
    {
        var citizen = await PlatformUsers.CreateAsync(factory);
        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "fr");
        await page.GotoAsync("/beni-mellal/account/login");
        await page.GetByLabel("E-mail").FillAsync(citizen.Email!);
        await page.GetByLabel("Mot de passe").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.GotoAsync("/beni-mellal/consultations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Projet de programme d'ouverture de la commune : mise à jour" }).ClickAsync();
        (await page.InnerTextAsync("main")).ShouldContain("39 en présentiel");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth")).ShouldBeTrue("the consultation is wider than the phone");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "consultation-fr-phone");

        var text = "Installer des bacs de tri près des écoles, et associer les élèves au concours.";
        var section = page.Locator("section.consultation-section").First;
        await section.GetByLabel("Votre contribution sur cette partie").FillAsync(text);
        await section.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("votre contribution est publiée");
        (await page.InnerTextAsync("section.consultation-section >> nth=0")).ShouldContain(text);
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "consultation-commented-fr-phone");

        // Agreeing: the buttons belong to the page's one reaction form; the count and the pressed state come back.
        var mine = page.Locator("article.contribution", new() { HasText = text });
        await mine.GetByRole(AriaRole.Button, new() { Name = "Je suis d’accord" }).ClickAsync();
        mine = page.Locator("article.contribution", new() { HasText = text });
        (await mine.InnerTextAsync()).ShouldContain("D’accord : 1");
        (await mine.GetByRole(AriaRole.Button, new() { Name = "Je suis d’accord" }).GetAttributeAsync("aria-pressed")).ShouldBe("true");

        // The survey: a choice, a scale, and the optional "about you", then the saved answers are shown again.
        var survey = page.Locator("#survey");
        await survey.GetByLabel("Propreté et environnement").CheckAsync();
        await survey.GetByRole(AriaRole.Group, new() { Name = "Comment jugez-vous la communication de la commune avec les citoyens ?" }).GetByLabel("4").CheckAsync();
        await survey.GetByLabel("Vous êtes").SelectOptionAsync(new SelectOptionValue { Label = "Une femme" });
        await survey.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes réponses" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("vos réponses sont enregistrées");
        (await page.Locator("#survey").GetByLabel("Propreté et environnement").IsCheckedAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth")).ShouldBeTrue("the survey is wider than the phone");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await page.Locator("#survey").ScreenshotAsync(new() { Path = Path.Combine(BrowserPlatformFactory.ScreenshotDirectory, "consultation-survey-fr-phone.png") });

        await page.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        (await page.InnerTextAsync("h1")).ShouldBe("مسودة برنامج انفتاح الجماعة: التحيين");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth")).ShouldBeTrue("the Arabic page is wider than the phone");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "consultation-ar-phone");
    }
}
