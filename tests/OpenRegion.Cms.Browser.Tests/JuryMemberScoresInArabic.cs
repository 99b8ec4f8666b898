using Microsoft.Playwright;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// On an Arabic phone, a member of the olive-mill challenge's jury finds her seat on the lab's page, scores the two
/// solutions one after the other without seeing the other member's scores, and then reads the ranking.
/// </summary>
public sealed class JuryMemberScoresInArabic(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task AJuryMemberScoresOnAPhoneInArabic()
    {
        var juror = await PlatformUsers.CreateAsync(factory);
        var colleague = await PlatformUsers.CreateAsync(factory);
        var today = LocalTime.Date(DateTimeOffset.UtcNow);
        var title = "تثمين مياه المرج " + Guid.NewGuid().ToString("N")[..4];
        await using (var lease = factory.Service<ICmsDbContextFactory>().ForTenant("region"))
        {
            var db = lease.Db;
            var challenge = new Challenge
            {
                ThematicAr = "الصناعة الغذائية", TitleAr = title, TitleFr = "Valoriser les margines", ProblemAr = "تلوث مياه المرج الوديان.", Seats = 1, CreatedBy = "test",
                IdentificationFrom = today.AddDays(-60), CallOpens = today.AddDays(-40), CallCloses = today.AddDays(-1), SelectionEnds = today.AddDays(20),
                PrototypingEnds = today.AddDays(100), EvaluationEnds = today.AddDays(130), CreatedUtc = DateTimeOffset.UtcNow, PublishedUtc = DateTimeOffset.UtcNow,
            };
            db.Set<Challenge>().Add(challenge);
            await db.SaveChangesAsync();
            var criteria = new[] { ("الطابع المبتكر", 40), ("قابلية التنفيذ والتكلفة", 40), ("إشراك النساء والشباب", 20) }
                .Select((c, k) => new ChallengeCriterion { ChallengeId = challenge.Id, Position = k + 1, NameAr = c.Item1, Weight = c.Item2 }).ToList();
            db.Set<ChallengeCriterion>().AddRange(criteria);
            var solutions = new[] { ("وحدة تجفيف تعاونية", "تعاونية أولاد امبارك"), ("سماد من الفيتور", "فريق زيتون لاب") }
                .Select((s, k) => new Solution
                {
                    ChallengeId = challenge.Id, OwnerUserId = "team-" + k, TeamName = s.Item2, TitleAr = s.Item1, DescriptionAr = "وصف الحل: " + s.Item1 + "، مع ثلاث معاصر في الفقيه بن صالح.",
                    Budget = 60_000 + (k * 25_000), SubmittedUtc = DateTimeOffset.UtcNow, UpdatedUtc = DateTimeOffset.UtcNow,
                }).ToList();
            db.Set<Solution>().AddRange(solutions);
            db.Set<JuryMember>().AddRange(
                new JuryMember { ChallengeId = challenge.Id, UserId = juror.Id, DisplayName = juror.DisplayName, Email = juror.Email!, Organisation = "جامعة السلطان مولاي سليمان", AppointedBy = "test", AppointedUtc = DateTimeOffset.UtcNow },
                new JuryMember { ChallengeId = challenge.Id, UserId = colleague.Id, DisplayName = colleague.DisplayName, Email = colleague.Email!, AppointedBy = "test", AppointedUtc = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            foreach (var (solution, k) in solutions.Select((s, k) => (s, k)))
            {
                var sheet = new JurySheet { ChallengeId = challenge.Id, SolutionId = solution.Id, UserId = colleague.Id, SubmittedUtc = DateTimeOffset.UtcNow };
                db.Set<JurySheet>().Add(sheet);
                await db.SaveChangesAsync();
                db.Set<JuryScore>().AddRange(criteria.Select(c => new JuryScore { SheetId = sheet.Id, CriterionId = c.Id, Score = 6 + k }));
            }

            await db.SaveChangesAsync();
        }

        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(juror.Email!);
        await page.GetByLabel("كلمة المرور").FillAsync(PlatformUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();

        await page.GotoAsync("/innovation");
        await page.Locator("section[aria-labelledby=seats]").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        (await page.GetAttributeAsync("html", "dir")).ShouldBe("rtl");
        var desk = await page.InnerTextAsync("main");
        desk.ShouldContain("نقّطت 0 من أصل 2 حلول معنية بتنقيطك.");
        desk.ShouldContain("نقّط باستقلالية");
        desk.ShouldNotContain(colleague.DisplayName);
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-jury-ar-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "تنقيطه" }).First.ClickAsync();
        (await page.InnerTextAsync("h1")).ShouldBe("وحدة تجفيف تعاونية");
        await page.GetByLabel("الطابع المبتكر").FillAsync("8");
        await page.GetByLabel("قابلية التنفيذ والتكلفة").FillAsync("7");
        await page.GetByLabel("إشراك النساء والشباب").FillAsync("9");
        await page.GetByLabel("ملاحظة للمداولة").FillAsync("فكرة جيدة، لكن كلفة النقل غير محسوبة.");
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-sheet-ar-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل نقاطي" }).ClickAsync();

        // The next solution to score opens by itself.
        (await page.InnerTextAsync(".notice.success")).ShouldContain("سُجّلت نقاطك لـ«وحدة تجفيف تعاونية»");
        (await page.InnerTextAsync("h1")).ShouldBe("سماد من الفيتور");
        await page.GetByLabel("الطابع المبتكر").FillAsync("6");
        await page.GetByLabel("قابلية التنفيذ والتكلفة").FillAsync("6");
        await page.GetByLabel("إشراك النساء والشباب").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل نقاطي" }).ClickAsync();

        // Every solution scored: the ranking opens, with the other member's scores.
        (await page.InnerTextAsync(".notice.success")).ShouldContain("الترتيب متاح لك الآن");
        var ranking = await page.InnerTextAsync("table");
        ranking.ShouldContain("المعدل / 100");
        ranking.ShouldContain("وحدة تجفيف تعاونية");
        (await page.InnerTextAsync("main")).ShouldContain("نقّطت 2 من أصل 2 حلول معنية بتنقيطك.");
        await page.GetByText("مجاميع كل عضو").ClickAsync();
        (await page.InnerTextAsync("main")).ShouldContain(colleague.DisplayName);
        await BrowserPlatformFactory.ShouldHaveNoSeriousAxeViolationsAsync(page);
        await BrowserPlatformFactory.ScreenshotAsync(page, "innovation-ranking-ar-phone");
    }
}
