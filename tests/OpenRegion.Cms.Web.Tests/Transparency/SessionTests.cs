using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Transparency;

/// <summary>
/// A council session through HTTP on a real database: staff record it, put items on its agenda with documents,
/// convene the elected members, record each decision with its vote, and post the decisions within the legal 10 days;
/// refused steps change nothing.
/// </summary>
public abstract class SessionTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "region";

    /// <summary>A PDF of its own (the media library keeps one item per content, under the first name it was given).</summary>
    private static byte[] Pdf => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid():N}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private CmsDbContext Db() => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(Tenant));

    private static DateOnly Today => LocalTime.Date(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<BrowserSession> StaffAsync()
    {
        var user = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.Staff);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password);
        return session;
    }

    private static Task<HttpResponseMessage> CreateAsync(BrowserSession staff, string kind, DateOnly opens, DateOnly? closes = null) =>
        staff.PostFieldsAsync("/admin/sessions?culture=fr", "/admin/sessions?culture=fr",
            ("Kind", kind), ("OpensOn", Iso(opens)), ("OpensAt", "10:00"), ("ClosesOn", closes is { } c ? Iso(c) : ""),
            ("PlaceAr", "مقر مجلس جهة بني ملال خنيفرة"), ("PlaceFr", "Siège du conseil régional, Béni Mellal"),
            ("AttendanceFr", "Séance publique : 60 places, accès par l'entrée principale, accessible en fauteuil roulant."));

    private static long IdOf(HttpResponseMessage response) => long.Parse(response.Headers.Location!.OriginalString.Split('/', '#').Reverse().First(s => s.Length > 0 && char.IsDigit(s[0])), CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_session_goes_from_its_agenda_to_posted_decisions()
    {
        var staff = await StaffAsync();
        await using var db = Db();
        var before = await db.Set<CouncilSession>().CountAsync();

        // An ordinary session of the region sits in March, July or October.
        var wrongMonth = new DateOnly(Today.Year + 1, 4, 7);
        var refused = await CreateAsync(staff, "Ordinary", wrongMonth);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Une session ordinaire de ce conseil se tient en");
        (await db.Set<CouncilSession>().CountAsync()).ShouldBe(before);

        // An extraordinary session that sat yesterday and today.
        var created = await CreateAsync(staff, "Extraordinary", Today.AddDays(-1), Today);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await created.Content.ReadAsStringAsync()));
        var id = IdOf(created);

        // Its agenda: an item with its document; an item without a title is refused.
        var noTitle = await staff.PostMultipartAsync($"/admin/sessions/{id}?culture=fr", $"/admin/sessions/{id}?handler=item&culture=fr", new Dictionary<string, string>());
        noTitle.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var added = await staff.PostMultipartAsync($"/admin/sessions/{id}?culture=fr", $"/admin/sessions/{id}?handler=item&culture=fr",
            new Dictionary<string, string> { ["TitleAr"] = "الدراسة والتصويت على اتفاقية شراكة لتأهيل المسالك القروية بإقليم أزيلال", ["TitleFr"] = "Convention de partenariat pour la mise à niveau des pistes rurales de la province d'Azilal" },
            ("documents", "convention-pistes-azilal.pdf", Pdf));
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await added.Content.ReadAsStringAsync()));
        var item = await db.Set<AgendaItem>().AsNoTracking().SingleAsync(i => i.SessionId == id);
        item.Position.ShouldBe(1);
        var page = await new BrowserSession(factory.Browser()).GetTextAsync($"/sessions/{id}?culture=fr");
        page.ShouldContain("pistes rurales de la province d&#x27;Azilal");
        page.ShouldContain("convention-pistes-azilal.pdf");
        page.ShouldContain("accessible en fauteuil roulant");

        Task<HttpResponseMessage> Decide(params (string, string)[] fields) =>
            staff.PostFieldsAsync($"/admin/sessions/{id}?culture=fr", $"/admin/sessions/{id}?handler=decide&culture=fr", [("ItemId", item.Id.ToString(CultureInfo.InvariantCulture)), .. fields]);
        Task<HttpResponseMessage> Publish(long itemId) =>
            staff.PostFieldsAsync($"/admin/sessions/{id}?culture=fr", $"/admin/sessions/{id}?handler=publish&culture=fr", ("ItemId", itemId.ToString(CultureInfo.InvariantCulture)));

        // A decision cannot be posted before it is recorded, nor adopted without a majority.
        var early = await Publish(item.Id);
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("Enregistrez la décision avant de l&#x27;afficher");
        var minority = await Decide(("Outcome", "Adopted"), ("DecidedOn", Iso(Today)), ("VotesFor", "12"), ("VotesAgainst", "20"), ("TextFr", "Approuve la convention."));
        minority.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await minority.Content.ReadAsStringAsync()).ShouldContain("Approuve la convention.");
        (await db.Set<AgendaItem>().AsNoTracking().SingleAsync(i => i.Id == item.Id)).Outcome.ShouldBeNull();
        (await Decide(("Outcome", "Adopted"), ("DecidedOn", Iso(Today.AddDays(1))), ("VotesFor", "41"), ("VotesAgainst", "12"), ("TextFr", "x"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var decided = await Decide(("Outcome", "Adopted"), ("DecidedOn", Iso(Today)), ("VotesFor", "41"), ("VotesAgainst", "12"), ("Abstentions", "3"),
            ("Number", "2026/EX/01"), ("TextAr", "صادق المجلس على الاتفاقية."), ("TextFr", "Le conseil approuve la convention et autorise le président à la signer."));
        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await decided.Content.ReadAsStringAsync()));
        var deadline = await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Key == AgendaItem.PublicationDeadlineKey(item.Id));
        (deadline.Rule, LocalTime.Date(deadline.DueUtc), deadline.CompletedUtc).ShouldBe((LegalDeadlines.DeliberationPosting, Today.AddDays(10), (DateTimeOffset?)null));

        // Not public until posted; then public with its vote, and final.
        (await new BrowserSession(factory.Browser()).GetTextAsync($"/sessions/{id}?culture=fr")).ShouldNotContain("autorise le président à la signer");
        (await staff.GetTextAsync($"/admin/sessions/{id}?culture=fr")).ShouldContain("À afficher au plus tard le");
        (await Publish(item.Id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await new BrowserSession(factory.Browser()).GetTextAsync($"/sessions/{id}?culture=fr");
        page.ShouldContain("autorise le président à la signer");
        page.ShouldContain("41 pour, 12 contre, 3 abstentions");
        page.ShouldContain("2026/EX/01");
        var list = await new BrowserSession(factory.Browser()).GetTextAsync($"/sessions?culture=fr");
        list.ShouldContain($"/sessions/{id}");
        (await new BrowserSession(factory.Browser()).GetTextAsync("/transparency?culture=fr")).ShouldContain("Sessions du conseil");
        (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Key == AgendaItem.PublicationDeadlineKey(item.Id))).CompletedUtc.ShouldNotBeNull();
        var again = await Decide(("Outcome", "Rejected"), ("DecidedOn", Iso(Today)), ("VotesFor", "1"), ("VotesAgainst", "50"));
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).ShouldContain("déjà été affichée");
        (await Publish(item.Id)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Another council does not see it.
        (await new BrowserSession(factory.Browser()).GetAsync($"/beni-mellal/sessions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_elected_members_are_convened_with_the_agenda_and_its_documents()
    {
        var staff = await StaffAsync();
        var march = new DateOnly(Today.Year + 1, 3, 3);
        var created = await CreateAsync(staff, "Ordinary", march, march.AddDays(1));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await created.Content.ReadAsStringAsync()));
        var id = IdOf(created);
        await using var db = Db();
        var notice = await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Key == CouncilSession.NoticeDeadlineKey(id));
        LocalTime.Date(notice.DueUtc).ShouldBe(march.AddDays(-7));
        (await staff.PostMultipartAsync($"/admin/sessions/{id}?culture=fr", $"/admin/sessions/{id}?handler=item&culture=fr",
            new Dictionary<string, string> { ["TitleFr"] = "Approbation du compte administratif" }, ("documents", "compte-administratif.pdf", Pdf))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Task<HttpResponseMessage> Convene() => staff.PostFieldsAsync($"/admin/sessions/{id}?culture=fr", $"/admin/sessions/{id}?handler=convene&culture=fr");
        var members = await db.Set<TenantRoleGrant>().CountAsync(g => g.Role == CmsRoles.CouncilMember);
        if (members == 0)
        {
            var none = await Convene();
            none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await none.Content.ReadAsStringAsync()).ShouldContain("Aucun compte n&#x27;a encore le rôle d&#x27;élu");
        }

        var elected = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.CouncilMember);
        (await Convene()).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var session = await db.Set<CouncilSession>().AsNoTracking().SingleAsync(s => s.Id == id);
        session.ConvenedUtc.ShouldNotBeNull();
        session.ConvenedMembers.ShouldBeGreaterThanOrEqualTo(1);
        var told = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.EventType == Notify.SendEvent && m.PayloadJson.Contains("transparency.convocation") && m.PayloadJson.Contains(elected.Id)).Select(m => m.PayloadJson).SingleAsync();
        told.ShouldContain("Approbation du compte administratif");
        told.ShouldContain($"/sessions/{id}");
        (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Key == CouncilSession.NoticeDeadlineKey(id))).CompletedUtc.ShouldNotBeNull();

        // Decisions wait for the session to sit.
        var itemId = await db.Set<AgendaItem>().Where(i => i.SessionId == id).Select(i => i.Id).SingleAsync();
        var early = await staff.PostFieldsAsync($"/admin/sessions/{id}?culture=fr", $"/admin/sessions/{id}?handler=decide&culture=fr",
            ("ItemId", itemId.ToString(CultureInfo.InvariantCulture)), ("Outcome", "Adopted"), ("DecidedOn", Iso(march)), ("VotesFor", "40"), ("VotesAgainst", "2"), ("TextFr", "Approuvé."));
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("pas encore siégé");
    }
}

public sealed class SqliteSessionTests(SqliteOutboxFactory factory) : SessionTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresSessionTests(PostgresOutboxFactory factory) : SessionTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
