using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Innovation;

/// <summary>
/// A challenge from its call to the published selection, through HTTP on a real database: teams submit, staff appoint
/// the jury, the members declare conflicts and score independently (none sees the others before finishing), staff
/// deliberate and publish the selection with its reasons, and the public reads it.
/// </summary>
public abstract class JuryTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private static DateOnly Today => LocalTime.Date(DateTimeOffset.UtcNow);

    private CmsDbContext Db(string tenant = "region") => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    private async Task<(BrowserSession Session, CmsUser User)> SignedInAsync(string? role = null)
    {
        var user = await PlatformUsers.CreateAsync(factory, role is null ? null : "region", role);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password);
        return (session, user);
    }

    private static async Task<HttpResponseMessage> PostAsync(BrowserSession session, string page, string action, Dictionary<string, string> fields) =>
        await session.PostAsync(action, fields, await session.TokenAsync(page));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_challenge_goes_from_its_call_to_a_published_selection_with_an_independent_jury()
    {
        await using var db = Db();
        var challenge = new Challenge
        {
            TitleFr = "Défi jury " + Guid.NewGuid().ToString("N")[..6], TitleAr = "تحدي لجنة التحكيم", ProblemFr = "Les margines polluent les oueds.", Seats = 2, CreatedBy = "test",
            IdentificationFrom = Today.AddDays(-30), CallOpens = Today.AddDays(-20), CallCloses = Today.AddDays(5), SelectionEnds = Today.AddDays(30),
            PrototypingEnds = Today.AddDays(120), EvaluationEnds = Today.AddDays(150), CreatedUtc = DateTimeOffset.UtcNow, PublishedUtc = DateTimeOffset.UtcNow,
        };
        db.Set<Challenge>().Add(challenge);
        await db.SaveChangesAsync();
        var criteria = new[] { ("Caractère innovant", 40), ("Faisabilité et coût", 40), ("Impact", 20) }.Select((c, k) => new ChallengeCriterion
        {
            ChallengeId = challenge.Id, Position = k + 1, NameFr = c.Item1, Weight = c.Item2,
        }).ToList();
        db.Set<ChallengeCriterion>().AddRange(criteria);
        await db.SaveChangesAsync();
        var id = challenge.Id;
        var other = await db.Set<ChallengeCriterion>().Where(c => c.ChallengeId != id).Select(c => c.Id).FirstAsync(); // another challenge's criterion

        // Three teams submit; the third is a future juror's own.
        var (carol, carolUser) = await SignedInAsync();
        var teams = new List<long>();
        var (argan, _) = await SignedInAsync();
        foreach (var (session, name) in new[] { ((await SignedInAsync()).Session, "Zitoun Lab"), (argan, "Argan Tech"), (carol, "Tadla Compost") })
        {
            var form = $"/innovation/{id}/solution?culture=fr";
            var submitted = await PostAsync(session, form, form, new Dictionary<string, string>
            {
                ["Input.TeamName"] = name, ["Input.TitleFr"] = "Solution de " + name, ["Input.DescriptionFr"] = "Compostage des grignons.",
                ["Input.Members[0].Name"] = name + " cheffe", ["Input.Members[0].Role"] = "cheffe de projet",
            });
            submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await submitted.Content.ReadAsStringAsync()));
            teams.Add(await db.Set<Solution>().Where(s => s.ChallengeId == id && s.TeamName == name).Select(s => s.Id).SingleAsync());
        }

        var (s1, s2, s3) = (teams[0], teams[1], teams[2]);

        // Staff appoint the jury by e-mail: an unknown address and the same person twice are refused.
        var (staff, _) = await SignedInAsync(CmsRoles.Staff);
        var admin = $"/admin/innovation/{id}/jury?culture=fr";
        var (alice, aliceUser) = await SignedInAsync();
        var (bruno, brunoUser) = await SignedInAsync();
        var unknown = await PostAsync(staff, admin, admin + "&handler=appoint", new() { ["email"] = "nobody-" + Guid.NewGuid().ToString("N") + "@example.test" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("Aucun compte n&#x27;a cette adresse");
        foreach (var (user, from) in new[] { (aliceUser, "Université Sultan Moulay Slimane"), (brunoUser, "Direction régionale de l'agriculture"), (carolUser, "Association Tadla") })
        {
            (await PostAsync(staff, admin, admin + "&handler=appoint", new() { ["email"] = user.Email!, ["organisation"] = from })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await (await PostAsync(staff, admin, admin + "&handler=appoint", new() { ["email"] = aliceUser.Email! })).Content.ReadAsStringAsync()).ShouldContain("siège déjà au jury");
        (await db.Set<JuryMember>().CountAsync(m => m.ChallengeId == id)).ShouldBe(3);

        Dictionary<string, string> Sheet(int innovation, int feasibility, int impact, string comment = "") => new()
        {
            [$"score-{criteria[0].Id}"] = Id(innovation), [$"score-{criteria[1].Id}"] = Id(feasibility), [$"score-{criteria[2].Id}"] = Id(impact), ["comment"] = comment,
        };
        async Task<HttpResponseMessage> ScoreAsync(BrowserSession juror, long solution, Dictionary<string, string> fields)
        {
            var page = $"/innovation/{id}/jury/{solution}?culture=fr";
            return await PostAsync(juror, page, page, fields);
        }

        async Task<int> SheetsAsync() => await db.Set<JurySheet>().CountAsync(s => s.ChallengeId == id);

        // While the call is open the jury does not score.
        var early = await ScoreAsync(alice, s1, Sheet(8, 8, 6));
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("uniquement pendant la phase de sélection");

        // The call closes (yesterday was its last day): a late team is refused; the selection phase begins.
        await db.Set<Challenge>().Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.CallCloses, Today.AddDays(-1)));
        var (late, _) = await SignedInAsync();
        var lateForm = $"/innovation/{id}/solution?culture=fr";
        (await PostAsync(late, lateForm, lateForm, new() { ["Input.TeamName"] = "Retard", ["Input.TitleFr"] = "Trop tard", ["Input.DescriptionFr"] = "x", ["Input.Members[0].Name"] = "A", ["Input.Members[0].Role"] = "B" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await db.Set<Solution>().CountAsync(s => s.ChallengeId == id)).ShouldBe(3);

        // Bad sheets: a score out of range, a criterion missing, another challenge's criterion, a decimal — nothing stored.
        (await (await ScoreAsync(alice, s1, Sheet(11, 8, 6))).Content.ReadAsStringAsync()).ShouldContain("un nombre entier de 0 à 10");
        var missing = Sheet(8, 8, 6);
        missing.Remove($"score-{criteria[2].Id}");
        (await (await ScoreAsync(alice, s1, missing)).Content.ReadAsStringAsync()).ShouldContain("Notez chaque critère.");
        var forged = Sheet(8, 8, 6);
        forged[$"score-{other}"] = "5";
        (await ScoreAsync(alice, s1, forged)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var half = Sheet(8, 8, 6);
        half[$"score-{criteria[0].Id}"] = "7.5";
        (await ScoreAsync(alice, s1, half)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SheetsAsync()).ShouldBe(0);

        // Alice scores one solution; Bruno scores two. Neither sees the other's scores nor the ranking yet.
        (await ScoreAsync(alice, s1, Sheet(8, 8, 6, "Solide, mais le coût du transport manque."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ScoreAsync(bruno, s1, Sheet(9, 7, 8))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ScoreAsync(bruno, s2, Sheet(5, 5, 5))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var alicePage = await alice.GetTextAsync($"/innovation/{id}/jury?culture=fr");
        alicePage.ShouldContain("Vous avez noté 1 des 3 solutions");
        alicePage.ShouldContain("Notée : 76 / 100");
        alicePage.ShouldNotContain("Moyenne / 100");
        alicePage.ShouldNotContain(brunoUser.DisplayName);
        alicePage.ShouldNotContain("Les totaux de chaque membre");
        (await alice.GetTextAsync($"/innovation/{id}/jury/{s2}?culture=fr")).ShouldNotContain(brunoUser.DisplayName);

        // Alice corrects her sheet (its revision guards against a stale window), then scores the rest.
        var stale = Sheet(8, 8, 7);
        stale["revision"] = "3";
        (await ScoreAsync(alice, s1, stale)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        stale["revision"] = "0";
        (await ScoreAsync(alice, s1, stale)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ScoreAsync(alice, s2, Sheet(6, 6, 6))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ScoreAsync(alice, s3, Sheet(9, 9, 9))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        alicePage = await alice.GetTextAsync($"/innovation/{id}/jury?culture=fr");
        alicePage.ShouldContain("Moyenne / 100");
        alicePage.ShouldContain(brunoUser.DisplayName);
        var final = Sheet(1, 1, 1);
        final["revision"] = "1";
        (await (await ScoreAsync(alice, s1, final)).Content.ReadAsStringAsync()).ShouldContain("vos notes sont définitives");

        // Bruno declares a conflict with the third team (a reason is needed) and cannot score it; Carol's own team is hers.
        var conflictPage = $"/innovation/{id}/jury?culture=fr";
        (await PostAsync(bruno, conflictPage, conflictPage + "&handler=conflict", new() { ["solutionId"] = Id(s3), ["reason"] = " " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync(bruno, conflictPage, conflictPage + "&handler=conflict", new() { ["solutionId"] = Id(s3), ["reason"] = "Mon cousin est dans l'équipe." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await ScoreAsync(bruno, s3, Sheet(9, 9, 9))).Content.ReadAsStringAsync()).ShouldContain("conflit d&#x27;intérêts");
        (await ScoreAsync(carol, s3, Sheet(10, 10, 10))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await carol.GetTextAsync($"/innovation/{id}/jury?culture=fr")).ShouldContain("Vous avez noté 0 des 2 solutions");
        (await bruno.GetTextAsync($"/innovation/{id}/jury?culture=fr")).ShouldContain("Moyenne / 100"); // 2 of 2: Bruno is done
        (await ScoreAsync(carol, s1, Sheet(7, 7, 7))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ScoreAsync(carol, s2, Sheet(6, 7, 8))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SheetsAsync()).ShouldBe(7);

        // Staff read the ranking: Tadla 90 (one juror), Zitoun (78 + 80 + 70) / 3, Argan (60 + 50 + 68) / 3.
        var ranking = await staff.GetTextAsync(admin);
        ranking.ShouldContain("76");
        ranking.IndexOf("Solution de Tadla Compost", StringComparison.Ordinal).ShouldBeLessThan(ranking.IndexOf("Solution de Zitoun Lab", StringComparison.Ordinal));
        ranking.ShouldContain("Mon cousin est dans l&#x27;équipe.");

        // The deliberation: nothing selected, a departure from the ranking without notes, a missing reason, a stale form — refused.
        Dictionary<string, string> Deliberation(int revision, string notes, params (long Id, bool Selected, string Reason)[] decisions)
        {
            var fields = new Dictionary<string, string> { ["Input.Revision"] = Id(revision), ["Input.Notes"] = notes };
            for (var k = 0; k < decisions.Length; k++)
            {
                fields[$"Input.Decisions[{k}].SolutionId"] = Id(decisions[k].Id);
                fields[$"Input.Decisions[{k}].ReasonFr"] = decisions[k].Reason;
                if (decisions[k].Selected)
                {
                    fields[$"Input.Decisions[{k}].Selected"] = "true";
                }
            }

            return fields;
        }

        async Task<string> RefusedAsync(string handler, Dictionary<string, string> fields)
        {
            var response = await PostAsync(staff, admin, admin + "&handler=" + handler, fields);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            return await response.Content.ReadAsStringAsync();
        }

        (await RefusedAsync("publish", Deliberation(0, "", (s1, false, ""), (s2, false, ""), (s3, false, "")))).ShouldContain("Sélectionnez au moins une solution.");
        (await RefusedAsync("publish", Deliberation(0, "", (s1, true, "Impact"), (s2, true, "Coût"), (s3, false, "")))).ShouldContain("s&#x27;écarte du classement");
        (await RefusedAsync("publish", Deliberation(0, "", (s1, true, "Impact"), (s3, true, "")))).ShouldContain("Donnez la raison du jury");
        (await RefusedAsync("publish", Deliberation(0, "", (s1, true, "a"), (s2, true, "b"), (s3, true, "c")))).ShouldContain("Au plus 2 solutions");
        (await PostAsync(staff, admin, admin + "&handler=deliberate", Deliberation(0, "Le jury s'est réuni le 3 décembre.", (s1, true, ""), (s3, true, "")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RefusedAsync("publish", Deliberation(0, "x", (s1, true, "a"), (s3, true, "b")))).ShouldContain("modifié entre-temps");
        (await db.Set<Challenge>().AsNoTracking().SingleAsync(c => c.Id == id)).SelectionPublishedUtc.ShouldBeNull();

        var published = await PostAsync(staff, admin, admin + "&handler=publish", Deliberation(1, "Le jury s'est réuni le 3 décembre. Tadla n'a été notée que par un membre : retenue pour son impact.",
            (s1, true, "Une filière locale de compost, portée par trois huileries."), (s2, false, ""), (s3, true, "Le meilleur score, un prototype réaliste en quatre mois.")));
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await published.Content.ReadAsStringAsync()));
        (await db.Set<Solution>().Where(s => s.ChallengeId == id && s.Selected).Select(s => s.Id).OrderBy(x => x).ToListAsync()).ShouldBe(new[] { s1, s3 }.Order().ToList());

        // The public reads the selection with its reasons; the jury's work is closed.
        var reader = new BrowserSession(factory.Browser());
        var page = await reader.GetTextAsync($"/innovation/{id}?culture=fr");
        page.ShouldContain("La sélection du jury");
        page.ShouldContain("Une filière locale de compost, portée par trois huileries.");
        page.ShouldNotContain("Solution de Argan Tech");

        // Each team follows its evaluation on its solution's page (and is told by a notification).
        (await carol.GetTextAsync($"/innovation/{id}/solution?culture=fr")).ShouldContain("Le jury a sélectionné votre solution.");
        (await argan.GetTextAsync($"/innovation/{id}/solution?culture=fr")).ShouldContain("votre solution n&#x27;a pas été retenue cette fois");
        var url = $"/innovation/{id}/solution";
        var told = (await db.Set<OpenRegion.Cms.Core.Workflows.OutboxMessage>().AsNoTracking().Where(m => m.PayloadJson.Contains(url)).ToListAsync()).Select(m => m.PayloadJson).ToList();
        told.Count(m => m.Contains("\"innovation.selected\"")).ShouldBe(2);
        told.Count(m => m.Contains("\"innovation.not-selected\"")).ShouldBe(1);
        (await (await ScoreAsync(carol, s2, Sheet(1, 1, 1))).Content.ReadAsStringAsync()).ShouldContain("La sélection est publiée");
        (await RefusedAsync("publish", Deliberation(2, "x", (s2, true, "a")))).ShouldContain("La sélection est publiée");

        // Someone off the jury, another council's address, and a citizen at the staff page find nothing.
        var (outsider, _) = await SignedInAsync();
        (await outsider.GetAsync($"/innovation/{id}/jury")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/innovation/{id}/jury/{s1}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alice.GetAsync($"/beni-mellal/innovation/{id}/jury")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync(admin)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }
}

public sealed class SqliteJuryTests(SqliteOutboxFactory factory) : JuryTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresJuryTests(PostgresOutboxFactory factory) : JuryTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
