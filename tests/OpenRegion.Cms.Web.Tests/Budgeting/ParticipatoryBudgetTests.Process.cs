using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Budgeting.Pabulib;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Budgeting;

public abstract partial class ParticipatoryBudgetTests<TFactory>
{
    [Fact]
    public async Task CitizensPropose_StaffReview_CitizensVoteOnlineAndAtACounter_AndAnyoneRecountsTheResults()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (processId, budgetId, slug) = await ProcessAsync(admin);
        var (citizen, citizenUser) = await SignedInAsync();

        // A proposal with problems comes back with every reason, in the reader's language, and what was typed.
        var bad = await ProposeAsync(citizen, slug, new() { ["Input.BudgetId"] = budgetId.ToString(CultureInfo.InvariantCulture), ["Input.DescriptionFr"] = "Des bancs à l'ombre près du souk.", ["Input.Cost"] = "-5" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var badPage = await TextOf(bad);
        badPage.ShouldContain("Des bancs à l&#x27;ombre près du souk.");
        badPage.ShouldNotContain("Give your project a title"); // localized, not the English msgid
        badPage.ShouldNotContain("Give the estimated cost");

        var proposed = new List<long>();
        foreach (var (titleAr, titleFr, cost, photo) in new[] { ("مقاعد في الظل قرب السوق", "Bancs à l'ombre près du souk", "40000", true), ("إنارة ممر المدرسة", "Éclairage du chemin de l'école", "50 000", false), ("ملعب القرب", "Terrain de proximité", "30000", false) })
        {
            var response = await ProposeAsync(citizen, slug, new()
            {
                ["Input.BudgetId"] = budgetId.ToString(CultureInfo.InvariantCulture), ["Input.TitleAr"] = titleAr, ["Input.TitleFr"] = titleFr,
                ["Input.DescriptionAr"] = "وصف المشروع: " + titleAr, ["Input.Cost"] = cost, ["Input.Category"] = "public-space", ["Input.Place"] = "حي الأطلس",
                ["Input.Latitude"] = "32.3373", ["Input.Longitude"] = "-6.3498",
            }, photo ? [("photos", "souk.png", Png)] : []);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await TextOf(response)));
            proposed.Add(long.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture));
        }

        await using (var db = Db())
        {
            var projects = await db.Set<BudgetProject>().Where(p => p.BudgetId == budgetId).OrderBy(p => p.Id).ToListAsync();
            projects.Select(p => p.Id).ShouldBe(proposed);
            projects.ShouldAllBe(p => p.State == ProjectState.Proposed && p.ProposerUserId == citizenUser.Id);
            projects[1].Cost.ShouldBe(50_000m);
            var photos = JsonSerializer.Deserialize<List<long>>(projects[0].PhotosJson)!;
            photos.ShouldHaveSingleItem();
            (await db.Set<MediaItem>().SingleAsync(m => m.Id == photos[0])).AltAr.ShouldBe("مقاعد في الظل قرب السوق");
            (await Follows.IsFollowingAsync(db, citizenUser.Id, $"budget:{processId}")).ShouldBeTrue();
        }

        // The technical review: an unfeasible answer needs its reasons; the proposer is told in their language.
        (await ReviewAsync(admin, processId, proposed[2], "Unfeasible", "30000")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReviewAsync(admin, processId, proposed[0], "Feasible", "45 000", "Coût corrigé : bancs en fer forgé.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReviewAsync(admin, processId, proposed[1], "Feasible", "50000")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReviewAsync(admin, processId, proposed[2], "Unfeasible", "30000", "Le terrain appartient au domaine privé de l'État.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var added = await admin.PostFieldsAsync($"{P}/admin/budgets/{processId}/projects?culture=fr", $"{P}/admin/budgets/{processId}/projects?handler=add&culture=fr",
            ("New.BudgetId", budgetId.ToString(CultureInfo.InvariantCulture)), ("New.TitleAr", "تشجير شارع محمد الخامس"), ("New.TitleFr", "Plantation d'arbres, avenue Mohammed V"), ("New.Cost", "20000"), ("New.Category", "environment"), ("New.OnBallot", "true"));
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await TextOf(added)));
        await DrainAsync();
        await using (var db = Db())
        {
            var told = await db.Set<Notification>().Where(n => n.UserId == citizenUser.Id).ToListAsync();
            told.Count.ShouldBe(3);
            told.ShouldContain(n => n.Body.Contains("domaine privé", StringComparison.Ordinal));
        }

        var projectPage = await citizen.GetTextAsync($"{P}/budgets/{slug}/projects/{proposed[2]}?culture=fr");
        projectPage.ShouldContain("Le terrain appartient au domaine privé de l&#x27;État.");
        var staffProject = (await ProjectsAsync(budgetId)).Single(p => p.ProposerUserId is null).Id;

        // Before voting opens, a ballot is refused and nothing is stored.
        var early = await VoteAsync(citizen, slug, budgetId, ("p", proposed[0].ToString(CultureInfo.InvariantCulture)), ("Input.CardNumber", "AB123456"), ("Input.Residence", Tenant));
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await BallotCountAsync(budgetId)).ShouldBe(0);

        await SetCalendarAsync(admin, processId, TimeSpan.FromHours(-3), TimeSpan.FromHours(-2), TimeSpan.FromMinutes(-1), TimeSpan.FromDays(1));
        string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

        // Online: the first ballot asks for the identity card; over budget or forged choices are refused with reasons.
        var noCard = await VoteAsync(citizen, slug, budgetId, ("p", Id(proposed[0])));
        noCard.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextOf(noCard)).ShouldContain("checked=\"checked\""); // the choice is kept
        var over = await VoteAsync(citizen, slug, budgetId, ("p", Id(proposed[0])), ("p", Id(proposed[1])), ("p", Id(staffProject)), ("Input.CardNumber", "AB123456"), ("Input.Residence", Tenant));
        over.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await TextOf(over)).ShouldContain("115\u202F000"); // what the choice costs, against 100 000
        (await VoteAsync(citizen, slug, budgetId, ("p", "999999"), ("Input.CardNumber", "AB123456"), ("Input.Residence", Tenant))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await VoteAsync(citizen, slug, budgetId, ("p", Id(proposed[2])), ("Input.CardNumber", "AB123456"), ("Input.Residence", Tenant))).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // not on the ballot
        (await VoteAsync(citizen, slug, budgetId, ("p", Id(proposed[0])), ("Input.CardNumber", "AB123456"), ("Input.Residence", "azilal"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // not a commune of this budget
        (await BallotCountAsync(budgetId)).ShouldBe(0);

        var voted = await VoteAsync(citizen, slug, budgetId, ("p", Id(proposed[0])), ("p", Id(proposed[1])), ("Input.CardNumber", "ab 123456"), ("Input.Residence", Tenant));
        voted.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await TextOf(voted)));
        var receipt = ReceiptOf(await citizen.GetTextAsync(voted.Headers.Location!.OriginalString));
        (await BallotCountAsync(budgetId)).ShouldBe(1);

        // Another account with the same card is refused; so is a form sent without its antiforgery token.
        var (other, _) = await SignedInAsync();
        var twice = await VoteAsync(other, slug, budgetId, ("p", Id(proposed[0])), ("Input.CardNumber", "AB-123456"), ("Input.Residence", Tenant));
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await other.PostAsync($"{P}/budgets/{slug}/vote/{budgetId}", new Dictionary<string, string> { ["p"] = Id(proposed[1]), ["Input.CardNumber"] = "EF111222", ["Input.Residence"] = Tenant }, null))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await BallotCountAsync(budgetId)).ShouldBe(1);

        // At a counter: a paper ballot for a citizen without an account; the online voter's card cannot vote again there.
        var counter = $"{P}/admin/budgets/counter?budget={budgetId}&culture=fr";
        var paper = await admin.PostFieldsAsync(counter, counter, ("Input.CardNumber", "CD654321"), ("Input.Residence", Tenant), ("Input.Checked", "true"), ("p", Id(staffProject)));
        paper.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await TextOf(paper)));
        var paperReceipt = ReceiptOf(await admin.GetTextAsync(paper.Headers.Location!.OriginalString));
        var again = await admin.PostFieldsAsync(counter, counter, ("Input.CardNumber", "AB123456"), ("Input.Residence", Tenant), ("Input.Checked", "true"), ("p", Id(staffProject)));
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await BallotCountAsync(budgetId)).ShouldBe(2);

        // The citizen changes their ballot: the same receipt, still one ballot.
        var changed = await VoteAsync(citizen, slug, budgetId, ("p", Id(proposed[0])));
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ReceiptOf(await citizen.GetTextAsync(changed.Headers.Location!.OriginalString)).ShouldBe(receipt);
        (await BallotCountAsync(budgetId)).ShouldBe(2);

        // Nothing of the count is out before voting closes.
        (await citizen.GetAsync($"{P}/budgets/{slug}/results/{budgetId}/ballots.pb")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await citizen.GetTextAsync($"{P}/budgets/{slug}/results?culture=fr")).ShouldNotContain("ballots.pb");

        // Voting closes: the winners are marked, followers told, and the results are open to anyone.
        await SetCalendarAsync(admin, processId, TimeSpan.FromHours(-3), TimeSpan.FromHours(-2), TimeSpan.FromHours(-1), TimeSpan.FromMinutes(-1));
        await DrainAsync();
        var funded = await ProjectsAsync(budgetId);
        funded.Where(p => p.State == ProjectState.Selected).Select(p => p.Id).Order().ShouldBe(new[] { proposed[0], staffProject }.Order());
        await using (var db = Db())
        {
            (await db.Set<Notification>().CountAsync(n => n.UserId == citizenUser.Id)).ShouldBe(4); // three reviews, then the results
        }

        var anonymous = new BrowserSession(factory.Browser());
        var results = await anonymous.GetTextAsync($"{P}/budgets/{slug}/results?culture=ar");
        results.ShouldContain("مقاعد في الظل قرب السوق");
        WebUtility.HtmlDecode(results).ShouldContain("65\u202F000"); // 45 000 + 20 000 funded
        (await anonymous.GetTextAsync($"{P}/budgets/{slug}/results?culture=fr&receipt={receipt}")).ShouldContain("notice success");
        (await anonymous.GetTextAsync($"{P}/budgets/{slug}/results?culture=fr&receipt=ZZZZZ-ZZZZZ")).ShouldContain("notice warning");

        var file = await anonymous.GetTextAsync($"{P}/budgets/{slug}/results/{budgetId}/ballots.pb");
        file.ShouldNotContain(citizenUser.Id);
        var recount = BudgetCounter.Count(PbParser.Parse(file));
        recount.Selected.Select(s => long.Parse(s.Id, CultureInfo.InvariantCulture)).Order().ShouldBe(new[] { proposed[0], staffProject }.Order());
        recount.TotalCost.ShouldBe(65_000m);
        var receipts = await anonymous.GetTextAsync($"{P}/budgets/{slug}/results/{budgetId}/receipts.txt");
        receipts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order().ShouldBe(new[] { receipt, paperReceipt }.Order());
        (await anonymous.GetTextAsync($"{P}/budgets/{slug}/results/{budgetId}/projects.csv")).ShouldContain("Bancs à l'ombre près du souk");
        var xlsx = await anonymous.Client.GetByteArrayAsync($"{P}/budgets/{slug}/results/{budgetId}/projects.xlsx");
        using (var zip = new ZipArchive(new MemoryStream(xlsx)))
        {
            using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            (await sheet.ReadToEndAsync()).ShouldContain("Plantation d&apos;arbres, avenue Mohammed V");
        }

        // Follow-up: the funded project's progress is public.
        (await admin.PostFieldsAsync($"{P}/admin/budgets/{processId}/projects?culture=fr", $"{P}/admin/budgets/{processId}/projects?handler=progress&projectId={proposed[0]}&culture=fr", ("progress", "30")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymous.GetTextAsync($"{P}/budgets/{slug}/projects/{proposed[0]}?culture=fr")).ShouldContain("value=\"30\"");

        // Another commune sees none of it.
        (await anonymous.GetAsync($"/azilal/budgets/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/azilal/budgets/{slug}/results/{budgetId}/ballots.pb")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (azilalAdmin, _) = await SignedInAsync(CmsRoles.TenantAdmin, "azilal", "azilal");
        (await azilalAdmin.GetAsync($"/azilal/admin/budgets/{processId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await azilalAdmin.GetAsync($"/azilal/admin/budgets/{processId}/projects")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<List<BudgetProject>> ProjectsAsync(long budgetId)
    {
        await using var db = Db();
        return await db.Set<BudgetProject>().AsNoTracking().Where(p => p.BudgetId == budgetId).OrderBy(p => p.Id).ToListAsync();
    }

    private static string ReceiptOf(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "class=\"receipt-code\" dir=\"ltr\">([A-Z0-9-]+)<") is { Success: true } match
            ? match.Groups[1].Value
            : throw new ShouldAssertException("No receipt code on the page: " + BrowserSession.Excerpt(page));
}
