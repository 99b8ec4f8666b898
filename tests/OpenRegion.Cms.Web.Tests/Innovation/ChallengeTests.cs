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
/// The innovation lab's challenges through HTTP on a real database: staff record one with its calendar and the jury's
/// weighted criteria (a calendar out of order, a call of a few days, weights out of range, no criterion or no seat are
/// refused and store nothing), publish it, and the public reads where it stands; the demo's two thematics and Béni
/// Mellal's contest.
/// </summary>
public abstract class ChallengeTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private static DateOnly Today => LocalTime.Date(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private CmsDbContext Db(string tenant = "region") => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    private static Dictionary<string, string> Fields(string title, int[] days, params (string Fr, int? Weight)[] criteria)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Challenge", ["Input.ThematicFr"] = "Industrie agroalimentaire", ["Input.TitleFr"] = title,
            ["Input.TitleAr"] = "تثمين مخلفات معاصر الزيتون", ["Input.ProblemFr"] = "Les margines polluent les oueds.", ["Input.Seats"] = "2",
        };
        for (var i = 0; i < 6; i++)
        {
            fields[$"Input.Dates[{i}]"] = Iso(Today.AddDays(days[i]));
        }

        for (var k = 0; k < criteria.Length; k++)
        {
            fields[$"Input.Criteria[{k}].NameFr"] = criteria[k].Fr;
            fields[$"Input.Criteria[{k}].Weight"] = criteria[k].Weight?.ToString(CultureInfo.InvariantCulture) ?? "";
        }

        return fields;
    }

    [Fact]
    public async Task A_challenge_is_recorded_with_its_calendar_and_criteria_then_published()
    {
        var user = await PlatformUsers.CreateAsync(factory, "region", CmsRoles.Staff);
        var staff = new BrowserSession(factory.Browser());
        await staff.LogInAsync(user.Email!, PlatformUsers.Password);
        var tag = Guid.NewGuid().ToString("N")[..6];
        int[] open = [-20, -2, 20, 40, 120, 150];
        await using var db = Db();
        var before = await db.Set<Challenge>().CountAsync();
        async Task<HttpResponseMessage> PostAsync(Dictionary<string, string> fields) =>
            await staff.PostAsync("/admin/innovation?culture=fr", fields, await staff.TokenAsync("/admin/innovation?culture=fr"));

        var outOfOrder = await PostAsync(Fields("Défi " + tag, [-20, 10, 5, 40, 120, 150], ("Innovation", 50)));
        outOfOrder.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outOfOrder.Content.ReadAsStringAsync()).ShouldContain("Les dates du calendrier doivent se suivre");
        var shortCall = await PostAsync(Fields("Défi " + tag, [-20, -2, 2, 40, 120, 150], ("Innovation", 50)));
        (await shortCall.Content.ReadAsStringAsync()).ShouldContain("au moins 7 jours");
        var heavy = await PostAsync(Fields("Défi " + tag, open, ("Innovation", 150), ("Faisabilité", 50)));
        heavy.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await heavy.Content.ReadAsStringAsync()).ShouldContain("entre 1 et 100");
        (await PostAsync(Fields("Défi " + tag, open))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var noDate = Fields("Défi " + tag, open, ("Innovation", 50));
        noDate["Input.Dates[2]"] = "";
        (await (await PostAsync(noDate)).Content.ReadAsStringAsync()).ShouldContain("Clôture de l&#x27;appel le : indiquez une date");
        var noSeat = Fields("Défi " + tag, open, ("Innovation", 50));
        noSeat["Input.Seats"] = "0";
        (await PostAsync(noSeat)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await db.Set<Challenge>().CountAsync()).ShouldBe(before);

        var created = await PostAsync(Fields("Défi " + tag, open, ("Caractère innovant", 40), ("Faisabilité", 40), ("Impact", 20)));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await created.Content.ReadAsStringAsync()));
        var challenge = await db.Set<Challenge>().AsNoTracking().SingleAsync(c => c.TitleFr == "Défi " + tag);
        (await db.Set<ChallengeCriterion>().Where(c => c.ChallengeId == challenge.Id).OrderBy(c => c.Position).Select(c => c.Weight).ToListAsync()).ShouldBe([40, 40, 20]);
        challenge.CallCloses.ShouldBe(Today.AddDays(20));

        // A draft is not public; published, it says where it stands and how the jury will choose.
        var reader = new BrowserSession(factory.Browser());
        (await reader.GetAsync($"/innovation/{challenge.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = $"/admin/innovation/{challenge.Id}?culture=fr";
        (await staff.PostFieldsAsync(page, $"/admin/innovation/{challenge.Id}?handler=publish&culture=fr", ("Revision", "5"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostFieldsAsync(page, $"/admin/innovation/{challenge.Id}?handler=publish&culture=fr", ("Revision", "0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.PostFieldsAsync(page, $"/admin/innovation/{challenge.Id}?handler=publish&culture=fr", ("Revision", "1"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // already published
        var french = await reader.GetTextAsync($"/innovation/{challenge.Id}?culture=fr");
        french.ShouldContain("Appel à solutions ouvert");
        french.ShouldContain("Caractère innovant");
        french.ShouldContain("40 %");
        (await reader.GetTextAsync($"/innovation/{challenge.Id}?culture=ar")).ShouldContain("تثمين مخلفات معاصر الزيتون");
        (await reader.GetTextAsync("/innovation?culture=fr")).ShouldContain("Défi " + tag);

        // Another council does not see it; a citizen cannot run the lab.
        (await reader.GetAsync($"/beni-mellal/innovation/{challenge.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var citizen = new BrowserSession(factory.Browser());
        var citizenUser = await PlatformUsers.CreateAsync(factory);
        await citizen.LogInAsync(citizenUser.Email!, PlatformUsers.Password);
        (await citizen.GetAsync("/admin/innovation")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_team_submits_its_solution_edits_it_while_the_call_is_open_and_is_refused_after()
    {
        await using var db = Db();
        var open = await CreatePublishedAsync(db, "Ouvert", [-20, -2, 20, 40, 120, 150]);
        var closed = await CreatePublishedAsync(db, "Clos", [-40, -30, -1, 40, 120, 150]); // the call closed yesterday
        var user = await PlatformUsers.CreateAsync(factory);
        var team = new BrowserSession(factory.Browser());
        await team.LogInAsync(user.Email!, PlatformUsers.Password);
        var form = $"/innovation/{open}/solution?culture=fr";
        Dictionary<string, string> Fields(params (string Name, string Role, string Email)[] members)
        {
            var fields = new Dictionary<string, string>
            {
                ["Input.TeamName"] = "Zitoun Lab", ["Input.TitleFr"] = "Composter les grignons avec les coopératives",
                ["Input.DescriptionFr"] = "Une plateforme de compostage partagée par trois huileries d'Ouled M'barek.", ["Input.Budget"] = "85 000",
            };
            for (var k = 0; k < members.Length; k++)
            {
                (fields[$"Input.Members[{k}].Name"], fields[$"Input.Members[{k}].Role"], fields[$"Input.Members[{k}].Email"]) = members[k];
            }

            return fields;
        }

        async Task<HttpResponseMessage> PostAsync(string page, Dictionary<string, string> fields) => await team.PostAsync(page, fields, await team.TokenAsync(page));

        // A member twice, a member without a role, a negative budget: refused, nothing stored.
        var twice = await PostAsync(form, Fields(("Salma Aït Ouarab", "cheffe de projet", "salma@example.ma"), ("salma ait ouarab", "designer", "")));
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await twice.Content.ReadAsStringAsync()).ShouldContain("Le membre 2 fait déjà partie de l&#x27;équipe.");
        var noRole = await PostAsync(form, Fields(("Salma Aït Ouarab", "", "")));
        (await noRole.Content.ReadAsStringAsync()).ShouldContain("Membre 1 : indiquez son rôle dans l&#x27;équipe.");
        var negative = Fields(("Salma Aït Ouarab", "cheffe de projet", ""));
        negative["Input.Budget"] = "-5";
        (await PostAsync(form, negative)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await db.Set<Solution>().CountAsync(s => s.ChallengeId == open)).ShouldBe(0);

        // Submitted, then edited (the form carries its revision; a stale one is refused).
        var submitted = await PostAsync(form, Fields(("Salma Aït Ouarab", "cheffe de projet", "salma@example.ma"), ("يوسف المرابط", "مطور", "")));
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await submitted.Content.ReadAsStringAsync()));
        (await team.GetTextAsync(form)).ShouldContain("Votre solution est déposée.");
        var edit = Fields(("Salma Aït Ouarab", "cheffe de projet", "salma@example.ma"), ("يوسف المرابط", "مطور", ""), ("Hicham Bouzid", "agronome", ""));
        edit["Input.Revision"] = "0";
        (await PostAsync(form, edit)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(form, edit)).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // revision 0 is stale now
        var solution = await db.Set<Solution>().AsNoTracking().SingleAsync(s => s.ChallengeId == open);
        solution.Revision.ShouldBe(1);
        solution.Budget.ShouldBe(85_000m);
        (await db.Set<SolutionMember>().Where(m => m.SolutionId == solution.Id).OrderBy(m => m.Position).Select(m => m.Name).ToListAsync())
            .ShouldBe(["Salma Aït Ouarab", "يوسف المرابط", "Hicham Bouzid"]);
        (await new BrowserSession(factory.Browser()).GetTextAsync($"/innovation/{open}?culture=fr")).ShouldContain("Solutions déposées : 1.");

        // Late: the call closed yesterday. A forged challenge id, and another council's address, find nothing.
        var late = await PostAsync($"/innovation/{closed}/solution?culture=fr", Fields(("Salma Aït Ouarab", "cheffe de projet", "")));
        late.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await late.Content.ReadAsStringAsync()).ShouldContain("L&#x27;appel à solutions n&#x27;est pas ouvert");
        (await db.Set<Solution>().CountAsync(s => s.ChallengeId == closed)).ShouldBe(0);
        (await team.GetAsync("/innovation/999999999/solution")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await team.GetAsync($"/beni-mellal/innovation/{open}/solution")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Staff see the team and its members; an anonymous reader is sent to log in.
        var staffUser = await PlatformUsers.CreateAsync(factory, "region", CmsRoles.Staff);
        var staff = new BrowserSession(factory.Browser());
        await staff.LogInAsync(staffUser.Email!, PlatformUsers.Password);
        (await staff.GetTextAsync($"/admin/innovation/{open}?culture=fr")).ShouldContain("Hicham Bouzid (agronome)");
        (await new BrowserSession(factory.Browser()).GetAsync(form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_contest_starts_from_a_template_and_is_published_once_the_equality_body_has_given_its_opinion_on_its_criteria()
    {
        var user = await PlatformUsers.CreateAsync(factory, "region", CmsRoles.Staff);
        var staff = new BrowserSession(factory.Browser());
        await staff.LogInAsync(user.Email!, PlatformUsers.Password);
        var form = await staff.GetTextAsync("/admin/innovation?template=school-surroundings&culture=fr");
        form.ShouldContain("value=\"Participation des élèves, filles et garçons, et des familles\"");
        form.ShouldContain("value=\"Contest\" checked=\"checked\"");

        var tag = Guid.NewGuid().ToString("N")[..6];
        var fields = Fields("Concours " + tag, [20, 35, 95, 115, 115, 145], ("Propreté des abords", 35), ("Plantations et fresques", 25));
        fields["Input.Kind"] = "Contest";
        fields["Input.EligibilityFr"] = "Les écoles retenues avec l'instance.";
        (await staff.PostAsync("/admin/innovation?culture=fr", fields, await staff.TokenAsync("/admin/innovation?culture=fr"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = Db();
        var contest = await db.Set<Challenge>().AsNoTracking().SingleAsync(c => c.TitleFr == "Concours " + tag);
        var page = $"/admin/innovation/{contest.Id}?culture=fr";
        async Task<HttpResponseMessage> PostAsync(string handler, params (string, string)[] values) => await staff.PostFieldsAsync(page, page + "&handler=" + handler, values);

        // Not published before the equality body has given its opinion.
        var early = await PostAsync("publish", ("Revision", "0"));
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("soumettez-les-lui, et publiez une fois qu&#x27;elle a donné son avis");

        // The draft's criteria change (a bad weight refused), then they are referred: too short a delay refused, then sent once.
        (await PostAsync("criteria", ("Revision", "0"), ("Input.Criteria[0].NameFr", "Propreté"), ("Input.Criteria[0].Weight", "500"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync("criteria", ("Revision", "0"), ("Input.Criteria[0].NameFr", "Propreté des abords"), ("Input.Criteria[0].Weight", "35"),
            ("Input.Criteria[1].NameFr", "Participation des élèves, filles et garçons"), ("Input.Criteria[1].Weight", "25"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Set<ChallengeCriterion>().Where(c => c.ChallengeId == contest.Id).OrderBy(c => c.Position).Select(c => c.NameFr).ToListAsync())
            .ShouldBe(["Propreté des abords", "Participation des élèves, filles et garçons"]);
        (await (await PostAsync("refer", ("Revision", "1"), ("dueOn", Iso(Today.AddDays(3))))).Content.ReadAsStringAsync()).ShouldContain("au moins 7 jours");
        (await PostAsync("refer", ("Revision", "1"), ("dueOn", Iso(Today.AddDays(21))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await PostAsync("refer", ("Revision", "2"), ("dueOn", Iso(Today.AddDays(21))))).Content.ReadAsStringAsync()).ShouldContain("déjà soumis");
        var referred = await db.Set<Challenge>().AsNoTracking().SingleAsync(c => c.Id == contest.Id);
        var opinion = await db.Set<OpenRegion.Cms.Core.AdvisoryBodies.Opinion>().AsNoTracking().SingleAsync(o => o.Id == referred.CriteriaOpinionId);
        opinion.QuestionFr.ShouldContain("– Participation des élèves, filles et garçons (25)");
        opinion.DueOn.ShouldBe(Today.AddDays(21));
        (await db.Set<OpenRegion.Cms.Core.AdvisoryBodies.AdvisoryBody>().AsNoTracking().SingleAsync(b => b.Id == opinion.BodyId)).Kind.ShouldBe(OpenRegion.Cms.Core.AdvisoryBodies.AdvisoryBodyKind.Equality);
        (await new BrowserSession(factory.Browser()).GetTextAsync($"/bodies/opinions/{opinion.Id}?culture=fr")).ShouldContain("Conditions et critères : Concours " + tag);
        (await PostAsync("publish", ("Revision", "2"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // the body is still drafting

        // The body submits its opinion (through its own pages, tested with the bodies): the contest may be published, its criteria are then fixed.
        await db.Set<OpenRegion.Cms.Core.AdvisoryBodies.Opinion>().Where(o => o.Id == opinion.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.State, OpenRegion.Cms.Core.AdvisoryBodies.OpinionState.Submitted).SetProperty(o => o.SubmittedUtc, DateTimeOffset.UtcNow));
        (await staff.GetTextAsync(page)).ShouldContain("avis rendu");
        (await PostAsync("publish", ("Revision", "2"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await PostAsync("criteria", ("Revision", "3"), ("Input.Criteria[0].NameFr", "Autre"), ("Input.Criteria[0].Weight", "10"))).Content.ReadAsStringAsync()).ShouldContain("déjà publié");
    }

    private static async Task<long> CreatePublishedAsync(CmsDbContext db, string title, int[] days)
    {
        var challenge = new Challenge
        {
            TitleFr = title + " " + Guid.NewGuid().ToString("N")[..6], ProblemFr = "Un problème public.", Seats = 2, CreatedBy = "test",
            IdentificationFrom = Today.AddDays(days[0]), CallOpens = Today.AddDays(days[1]), CallCloses = Today.AddDays(days[2]),
            SelectionEnds = Today.AddDays(days[3]), PrototypingEnds = Today.AddDays(days[4]), EvaluationEnds = Today.AddDays(days[5]),
            CreatedUtc = DateTimeOffset.UtcNow, PublishedUtc = DateTimeOffset.UtcNow,
        };
        db.Set<Challenge>().Add(challenge);
        await db.SaveChangesAsync();
        db.Set<ChallengeCriterion>().Add(new ChallengeCriterion { ChallengeId = challenge.Id, Position = 1, NameFr = "Impact", Weight = 1 });
        await db.SaveChangesAsync();
        return challenge.Id;
    }

    [Fact]
    public async Task The_demo_has_the_labs_two_thematics_and_Beni_Mellals_contest()
    {
        var reader = new BrowserSession(factory.Browser());
        var lab = await reader.GetTextAsync("/innovation?culture=fr");
        lab.ShouldContain("Industrie agroalimentaire");
        lab.ShouldContain("Écotourisme durable");
        lab.ShouldContain("Appel à solutions ouvert");
        lab.IndexOf("Industrie agroalimentaire", StringComparison.Ordinal).ShouldBeLessThan(lab.IndexOf("Écotourisme durable", StringComparison.Ordinal)); // the open call first
        var contest = await reader.GetTextAsync("/beni-mellal/innovation?culture=ar");
        contest.ShouldContain("مسابقة أنظف حي");
        await using var db = Db("beni-mellal");
        var id = await db.Set<Challenge>().Where(c => c.Kind == ChallengeKind.Contest && c.TitleFr == "Concours du quartier le plus propre").Select(c => c.Id).SingleAsync();
        var page = await reader.GetTextAsync($"/beni-mellal/innovation/{id}?culture=fr");
        page.ShouldContain("Sélection par le jury");
        page.ShouldContain("l&#x27;instance de l&#x27;équité");
    }
}

public sealed class SqliteChallengeTests(SqliteOutboxFactory factory) : ChallengeTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresChallengeTests(PostgresOutboxFactory factory) : ChallengeTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
