using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Transparency;

/// <summary>
/// Open-government plans through HTTP on a real database: staff record a plan, a commitment and its milestones, report
/// progress with evidence; the public dashboard shows each commitment's OGP status (evidenced progress only); the
/// commune of Beni Mellal's open programme from the seed document is in the demo.
/// </summary>
public abstract class OpenGovernmentTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private CmsDbContext Db(string tenant = "region") => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    [Fact]
    public async Task A_commitment_becomes_complete_only_with_evidence_for_every_milestone()
    {
        var user = await PlatformUsers.CreateAsync(factory, "region", CmsRoles.Staff);
        var staff = new BrowserSession(factory.Browser());
        await staff.LogInAsync(user.Email!, PlatformUsers.Password);
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

        var plan = await staff.PostFieldsAsync("/admin/open-government?culture=fr", "/admin/open-government?handler=plan&culture=fr",
            ("Plan.TitleFr", "Plan d'action OGP Local 2022-2027 " + tag), ("Plan.StartOn", "2022-05-17"), ("Plan.EndOn", "2027-12-31"), ("Plan.StatedBudget", "1 200 000"));
        plan.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await plan.Content.ReadAsStringAsync()));
        await using var db = Db();
        var planId = await db.Set<OpenGovPlan>().Where(p => p.TitleFr.EndsWith(tag)).Select(p => p.Id).SingleAsync();
        (await db.Set<OpenGovPlan>().SingleAsync(p => p.Id == planId)).StatedBudget.ShouldBe(1_200_000m);

        (string, string)[] Commitment(string code) =>
        [
            ("Commitment.PlanId", planId.ToString(CultureInfo.InvariantCulture)), ("Commitment.Code", code), ("Commitment.TitleFr", "Publication proactive des données de la région"),
            ("Commitment.ProblemFr", "Les citoyens ne trouvent pas les budgets ni les marchés."), ("Commitment.Institutions", "Conseil régional ; Agence régionale d'exécution des projets"),
            ("Commitment.StartOn", "2023-01-01"), ("Commitment.EndOn", "2022-12-31"), ("Commitment.Cost", "150000"),
        ];
        var backwards = await staff.PostFieldsAsync("/admin/open-government?culture=fr", "/admin/open-government?handler=commitment&culture=fr", Commitment("mab" + tag));
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.Content.ReadAsStringAsync()).ShouldContain("La fin précède le début.");
        var fields = Commitment("mab" + tag).Select(f => f.Item1 == "Commitment.EndOn" ? (f.Item1, "2025-12-31") : f).ToArray();
        var created = await staff.PostFieldsAsync("/admin/open-government?culture=fr", "/admin/open-government?handler=commitment&culture=fr", fields);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await created.Content.ReadAsStringAsync()));
        var id = long.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        (await db.Set<OpenGovCommitment>().SingleAsync(c => c.Id == id)).Code.ShouldBe("MAB" + tag);
        var duplicate = await staff.PostFieldsAsync("/admin/open-government?culture=fr", "/admin/open-government?handler=commitment&culture=fr", fields);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("MAB" + tag);

        // Two milestones; progress claimed without evidence is "no evidence"; evidence must be a safe public link.
        foreach (var title in new[] { "Catalogue des données publié", "Budgets publiés en données ouvertes" })
        {
            (await staff.PostFieldsAsync($"/admin/open-government/{id}?culture=fr", $"/admin/open-government/{id}?handler=milestone&culture=fr", ("TitleFr", title), ("DueOn", "2024-06-30")))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var milestones = await db.Set<OpenGovMilestone>().Where(m => m.CommitmentId == id).OrderBy(m => m.Position).Select(m => m.Id).ToListAsync();
        Task<HttpResponseMessage> Progress(long milestone, string state, string evidence = "") =>
            staff.PostFieldsAsync($"/admin/open-government/{id}?culture=fr", $"/admin/open-government/{id}?handler=progress&culture=fr",
                ("MilestoneId", milestone.ToString(CultureInfo.InvariantCulture)), ("State", state), ("Evidence", evidence));
        async Task<string> StatusAsync() => await new BrowserSession(factory.Browser()).GetTextAsync($"/open-government/{id}?culture=fr");

        (await StatusAsync()).ShouldContain("Pas commencé");
        (await Progress(milestones[0], "Done")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StatusAsync()).ShouldContain("Aucune preuve disponible");
        var unsafeLink = await Progress(milestones[0], "Done", "javascript:alert(1)");
        unsafeLink.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unsafeLink.Content.ReadAsStringAsync()).ShouldContain("https://");
        (await db.Set<OpenGovMilestone>().AsNoTracking().SingleAsync(m => m.Id == milestones[0])).EvidenceUrl.ShouldBeNull();
        (await Progress(milestones[0], "Done", "https://www.bmkregion.ma/open-data")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StatusAsync()).ShouldContain("Substantiel");
        (await Progress(milestones[1], "Done", "/information")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await StatusAsync();
        page.ShouldContain("Complet");
        page.ShouldContain("https://www.bmkregion.ma/open-data");

        var dashboard = await new BrowserSession(factory.Browser()).GetTextAsync("/open-government?culture=fr");
        dashboard.ShouldContain("Plan d&#x27;action OGP Local 2022-2027 " + tag);
        dashboard.ShouldContain("MAB" + tag);

        // Citizens cannot keep the plans; another council does not see the commitment.
        var citizen = new BrowserSession(factory.Browser());
        var citizenUser = await PlatformUsers.CreateAsync(factory);
        await citizen.LogInAsync(citizenUser.Email!, PlatformUsers.Password);
        (await citizen.GetAsync($"/admin/open-government/{id}")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await new BrowserSession(factory.Browser()).GetAsync($"/beni-mellal/open-government/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_commune_of_Beni_Mellal_publishes_its_open_programme_of_ten_projects_on_four_axes()
    {
        await using var db = Db("beni-mellal");
        var plan = await db.Set<OpenGovPlan>().SingleAsync(p => p.TitleFr.StartsWith("Programme d'ouverture"));
        plan.StatedBudget.ShouldBe(330_000m);
        var commitments = await db.Set<OpenGovCommitment>().Where(c => c.PlanId == plan.Id).ToListAsync();
        commitments.Count.ShouldBe(10);
        commitments.Select(c => c.AxisFr).Distinct().Count().ShouldBe(4);
        var page = await new BrowserSession(factory.Browser()).GetTextAsync("/beni-mellal/open-government?culture=fr");
        page.ShouldContain("Concours du quartier le plus propre");
        page.ShouldContain("330");
        (await new BrowserSession(factory.Browser()).GetTextAsync("/beni-mellal/open-government?culture=ar")).ShouldContain("تنظيم مسابقة أنظف حي");
    }
}

public sealed class SqliteOpenGovernmentTests(SqliteOutboxFactory factory) : OpenGovernmentTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresOpenGovernmentTests(PostgresOutboxFactory factory) : OpenGovernmentTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
