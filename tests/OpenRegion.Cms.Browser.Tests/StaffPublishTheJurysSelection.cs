using Microsoft.Playwright;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// In French on a desktop, the lab's staff read a finished jury's ranking with its spread, record the deliberation with a
/// reason for each selected solution, publish the selection, and find it on the public page and the showcase.
/// </summary>
public sealed class StaffPublishTheJurysSelection(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task StaffPublishTheSelectionInFrench()
    {
        var staff = await PlatformUsers.CreateAsync(factory, "region", CmsRoles.Staff);
        var jurors = new[] { await PlatformUsers.CreateAsync(factory), await PlatformUsers.CreateAsync(factory) };
        var today = LocalTime.Date(DateTimeOffset.UtcNow);
        var title = "Réduire le gaspillage d'eau des hammams " + Guid.NewGuid().ToString("N")[..4];
        long id;
        await using (var lease = factory.Service<ICmsDbContextFactory>().ForTenant("region"))
        {
            var db = lease.Db;
            var challenge = new Challenge
            {
                ThematicFr = "Écotourisme durable", TitleFr = title, TitleAr = "الحد من تبذير الماء في الحمامات", ProblemFr = "Les hammams consomment beaucoup d'eau.", Seats = 2, CreatedBy = "test",
                IdentificationFrom = today.AddDays(-60), CallOpens = today.AddDays(-40), CallCloses = today.AddDays(-1), SelectionEnds = today.AddDays(20),
                PrototypingEnds = today.AddDays(100), EvaluationEnds = today.AddDays(130), CreatedUtc = DateTimeOffset.UtcNow, PublishedUtc = DateTimeOffset.UtcNow,
            };
            db.Set<Challenge>().Add(challenge);
            await db.SaveChangesAsync();
            id = challenge.Id;
            var criteria = new[] { ("Caractère innovant", 50), ("Faisabilité et coût", 50) }
                .Select((c, k) => new ChallengeCriterion { ChallengeId = id, Position = k + 1, NameFr = c.Item1, Weight = c.Item2 }).ToList();
            db.Set<ChallengeCriterion>().AddRange(criteria);
            var teams = new[] { "Ma'a Lab", "Hammam Vert", "Goutte à goutte" }.Select((name, k) => new Solution
            {
                ChallengeId = id, OwnerUserId = "team-" + k, TeamName = name, TitleFr = "Solution de " + name, DescriptionFr = "Récupérer et filtrer l'eau des bains.",
                SubmittedUtc = DateTimeOffset.UtcNow, UpdatedUtc = DateTimeOffset.UtcNow,
            }).ToList();
            db.Set<Solution>().AddRange(teams);
            db.Set<JuryMember>().AddRange(jurors.Select(j => new JuryMember { ChallengeId = id, UserId = j.Id, DisplayName = j.DisplayName, Email = j.Email!, AppointedBy = "test", AppointedUtc = DateTimeOffset.UtcNow }));
            await db.SaveChangesAsync();
            int[][] scores = [[9, 8], [6, 7], [4, 5], [7, 9], [8, 4], [3, 3]]; // juror 1 then juror 2, team by team
            for (var k = 0; k < 6; k++)
            {
                var sheet = new JurySheet { ChallengeId = id, SolutionId = teams[k % 3].Id, UserId = jurors[k / 3].Id, SubmittedUtc = DateTimeOffset.UtcNow };
                db.Set<JurySheet>().Add(sheet);
                await db.SaveChangesAsync();
                db.Set<JuryScore>().AddRange(criteria.Select((c, n) => new JuryScore { SheetId = sheet.Id, CriterionId = c.Id, Score = scores[k][n] }));
            }

            await db.SaveChangesAsync();
        }

        var page = await factory.NewPageAsync(acceptLanguage: "fr");
        await page.GotoAsync("/account/login?culture=fr");
        await page.GetByLabel("Adresse e-mail").FillAsync(staff.Email!);
        await page.GetByLabel("Mot de passe").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.GotoAsync($"/admin/innovation/{id}?culture=fr");
        await page.GetByRole(AriaRole.Link, new() { Name = "Jury et sélection" }).ClickAsync();

        // Ma'a Lab (85 and 80), Hammam Vert (65 and 60), Goutte à goutte (45 and 30): the spread of the last is 15.
        var ranking = await page.InnerTextAsync("#ranking + p + div table");
        ranking.ShouldContain("Solution de Ma'a Lab");
        ranking.ShouldContain("82,5");
        ranking.ShouldContain("37,5");
        (await page.InnerTextAsync("main")).ShouldContain("3 sur 3");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);

        // The ranking's two best are ticked already; a reason for each, notes, then publish.
        (await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sélectionnée" }).Nth(0).IsCheckedAsync()).ShouldBeTrue();
        (await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sélectionnée" }).Nth(2).IsCheckedAsync()).ShouldBeFalse();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier la sélection" }).ClickAsync();
        (await page.InnerTextAsync(".notice.error")).ShouldContain("Donnez la raison du jury pour chaque solution sélectionnée.");
        await page.GetByLabel("La raison du jury (français)").Nth(0).FillAsync("Une économie d'eau mesurable dès le premier mois.");
        await page.GetByLabel("La raison du jury (français)").Nth(1).FillAsync("Peu coûteux, facile à reproduire dans les hammams de quartier.");
        await page.GetByLabel("Notes de délibération").FillAsync("Le jury a suivi le classement ; écart faible entre les deux membres.");
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-deliberation-fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier la sélection" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("La sélection est publiée avec ses raisons.");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);

        await page.GotoAsync($"/innovation/{id}?culture=fr");
        var selection = await page.InnerTextAsync("#selection");
        selection.ShouldContain("Solution de Ma'a Lab");
        selection.ShouldContain("Une économie d'eau mesurable dès le premier mois.");
        selection.ShouldNotContain("Goutte à goutte");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-selection-fr");
        await page.GotoAsync("/innovation/showcase?culture=fr");
        (await page.InnerTextAsync("main")).ShouldContain("Peu coûteux, facile à reproduire dans les hammams de quartier.");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-showcase-fr");
    }

    [Fact]
    public async Task StaffStartAContestFromItsTemplateAndReferItsCriteriaInArabic()
    {
        var staff = await PlatformUsers.CreateAsync(factory, "region", CmsRoles.Staff);
        var page = await factory.NewPageAsync(acceptLanguage: "ar");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(staff.Email!);
        await page.GetByLabel("كلمة المرور").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        await page.GotoAsync("/admin/innovation");
        await page.GetByRole(AriaRole.Link, new() { Name = "مسابقة أجمل وأنظف محيط مدرسة" }).ClickAsync();
        (await page.InputValueAsync("#k-fr-2")).ShouldBe("Participation des élèves, filles et garçons, et des familles");
        var title = "مسابقة أجمل وأنظف محيط مدرسة " + Guid.NewGuid().ToString("N")[..4];
        await page.GetByLabel("العنوان (بالعربية)").FillAsync(title);
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل التحدي" }).ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe(title);

        // Not published before the equality body's opinion; referred, its members are told.
        await page.GetByRole(AriaRole.Button, new() { Name = "نشر التحدي" }).ClickAsync();
        (await page.InnerTextAsync(".notice.error")).ShouldContain("أحِلها عليها، وانشر المسابقة بعد أن تُبدي رأيها");
        await page.GetByRole(AriaRole.Button, new() { Name = "إحالة الشروط والمعايير على هيئة المساواة" }).ClickAsync();
        (await page.InnerTextAsync(".notice.success")).ShouldContain("أُحيلت الشروط والمعايير على هيئة المساواة");
        (await page.InnerTextAsync("#equality + p")).ShouldContain("في انتظار رأي الهيئة");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-contest-admin-ar");
    }
}
