using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.AdvisoryBodies;

/// <summary>
/// The region's equality body through HTTP on a real database: the council appoints members and refers a subject
/// with a document and a due date, members draft in versions and comment, the chair submits the adopted version, the
/// council responds; members of another body, citizens and ended mandates cannot touch the file.
/// </summary>
public abstract class AdvisoryBodyTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "region";

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private CmsDbContext Db(string tenant = Tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    private async Task<(BrowserSession Session, CmsUser User)> SignedInAsync(string? role = null)
    {
        var user = await PlatformUsers.CreateAsync(factory, role is null ? null : Tenant, role);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password);
        return (session, user);
    }

    private async Task<long> BodyIdAsync(string slug)
    {
        await using var db = Db();
        return await db.Set<AdvisoryBody>().Where(b => b.Slug == slug).Select(b => b.Id).SingleAsync();
    }

    private static async Task AppointAsync(BrowserSession admin, long bodyId, CmsUser user, BodyRole role, string start = "2025-01-01", string end = "")
    {
        var answer = await admin.PostFieldsAsync("/admin/bodies?culture=fr", $"/admin/bodies?handler=member&bodyId={bodyId}&culture=fr",
            ("email", user.Email!), ("role", role.ToString()), ("organisation", "Association Tifawin"), ("start", start), ("end", end));
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await answer.Content.ReadAsStringAsync()));
    }

    private static string Day(int fromToday) => LocalTime.Date(DateTimeOffset.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<long> ReferAsync(BrowserSession admin, long bodyId, string subjectFr, int dueInDays = 30)
    {
        var answer = await admin.PostMultipartAsync("/admin/bodies/refer?culture=fr", "/admin/bodies/refer?culture=fr", new Dictionary<string, string>
        {
            ["Input.BodyId"] = bodyId.ToString(CultureInfo.InvariantCulture),
            ["Input.SubjectAr"] = "مشروع برنامج التنمية الجهوية",
            ["Input.SubjectFr"] = subjectFr,
            ["Input.QuestionFr"] = "L'approche genre est-elle prise en compte dans la répartition des projets entre provinces ?",
            ["Input.DueOn"] = Day(dueInDays),
        }, ("documents", "projet-pdr.pdf", Pdf));
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await answer.Content.ReadAsStringAsync()));
        return long.Parse(answer.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> SaveAsync(BrowserSession member, long id, int baseVersion, string text, string note = "") =>
        member.PostFieldsAsync($"/bodies/opinions/{id}?culture=fr", $"/bodies/opinions/{id}?handler=save&culture=fr", ("baseVersion", baseVersion.ToString(CultureInfo.InvariantCulture)), ("Text", text), ("Note", note));

    private static Task<HttpResponseMessage> SubmitAsync(BrowserSession member, long id, int version, string votesFor = "7", string votesAgainst = "1") =>
        member.PostFieldsAsync($"/bodies/opinions/{id}?culture=fr", $"/bodies/opinions/{id}?handler=submit&culture=fr",
            ("version", version.ToString(CultureInfo.InvariantCulture)), ("adoptedOn", Day(0)), ("votesFor", votesFor), ("votesAgainst", votesAgainst), ("abstentions", "1"));

    private async Task<(int Versions, int Comments, OpinionState State)> FileAsync(long id)
    {
        await using var db = Db();
        return (await db.Set<OpinionVersion>().CountAsync(v => v.OpinionId == id), await db.Set<OpinionComment>().CountAsync(c => c.OpinionId == id),
            await db.Set<Opinion>().Where(o => o.Id == id).Select(o => o.State).SingleAsync());
    }

    [Fact]
    public async Task A_referral_goes_from_the_council_to_the_equality_body_and_back_with_the_councils_response()
    {
        var (admin, adminUser) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (fatima, fatimaUser) = await SignedInAsync();
        var (karim, karimUser) = await SignedInAsync();
        var equality = await BodyIdAsync("equality");
        await AppointAsync(admin, equality, fatimaUser, BodyRole.Chair);
        await AppointAsync(admin, equality, karimUser, BodyRole.Member);
        var id = await ReferAsync(admin, equality, "Projet de PDR " + Guid.NewGuid().ToString("N")[..6]);

        // Both members are told, and reminded 7 and 2 days before the due date.
        await using (var db = Db())
        {
            var told = await db.Set<OutboxMessage>().Where(m => m.EventType == Notify.SendEvent && m.PayloadJson.Contains("advisory.referral")).Select(m => m.PayloadJson).ToListAsync();
            told.ShouldContain(p => p.Contains(fatimaUser.Id));
            told.ShouldContain(p => p.Contains(karimUser.Id));
            (await db.Set<OutboxMessage>().Where(m => m.TimerKey != null && m.TimerKey.StartsWith($"advisory:{id}:due-") && m.Status == OutboxStatus.Pending).CountAsync()).ShouldBe(2);
        }

        // The public sees the referral and its document, not the workspace.
        var page = await new BrowserSession(factory.Browser()).GetTextAsync($"/bodies/opinions/{id}?culture=fr");
        page.ShouldContain("approche genre est-elle prise en compte");
        page.ShouldContain("projet-pdr.pdf");
        page.ShouldNotContain("Espace de travail de l&#x27;instance");

        // Members draft together: versions never overwrite each other.
        (await SaveAsync(karim, id, 0, "## Avis\n\nL'instance recommande des indicateurs ventilés par sexe.", "premier jet")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fatima.PostFieldsAsync($"/bodies/opinions/{id}?culture=fr", $"/bodies/opinions/{id}?handler=comment&culture=fr", ("Comment", "Ajoutons la part du rural."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SaveAsync(fatima, id, 1, "## Avis\n\nIndicateurs ventilés par sexe ; une part garantie pour le rural.", "part du rural")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await SaveAsync(karim, id, 1, "Mon texte à ne pas perdre");
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var staleText = await stale.Content.ReadAsStringAsync();
        staleText.ShouldContain("Un autre membre a enregistré une nouvelle version");
        staleText.ShouldContain("Mon texte à ne pas perdre");
        var workspace = await karim.GetTextAsync($"/bodies/opinions/{id}?culture=fr");
        workspace.ShouldContain("Ajoutons la part du rural.");
        workspace.ShouldContain("une part garantie pour le rural");

        // Only the chair or rapporteur submits, with a majority for.
        (await SubmitAsync(karim, id, 2)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SubmitAsync(fatima, id, 2, votesFor: "3", votesAgainst: "3")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await FileAsync(id)).State.ShouldBe(OpinionState.Drafting);
        (await SubmitAsync(fatima, id, 2)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FileAsync(id)).ShouldBe((2, 1, OpinionState.Submitted));

        // The adopted text is public; drafting is over; the reminders are cancelled; the council is told.
        page = await new BrowserSession(factory.Browser()).GetTextAsync($"/bodies/opinions/{id}?culture=fr");
        page.ShouldContain("une part garantie pour le rural");
        page.ShouldContain("7 pour, 1 contre, 1 abstentions");
        (await SaveAsync(karim, id, 2, "Trop tard")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await FileAsync(id)).Versions.ShouldBe(2);
        await using (var db = Db())
        {
            (await db.Set<OutboxMessage>().Where(m => m.TimerKey != null && m.TimerKey.StartsWith($"advisory:{id}:due-") && m.Status == OutboxStatus.Pending).CountAsync()).ShouldBe(0);
        }

        // The council responds; the archive shows referral, opinion and response; members are told.
        var responded = await admin.PostFieldsAsync($"/admin/bodies/opinions/{id}?culture=fr", $"/admin/bodies/opinions/{id}?culture=fr",
            ("ResponseAr", "أخذ المجلس بالتوصيتين."), ("ResponseFr", "Le conseil retient les deux recommandations."));
        responded.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await responded.Content.ReadAsStringAsync()));
        (await FileAsync(id)).State.ShouldBe(OpinionState.Answered);
        page = await new BrowserSession(factory.Browser()).GetTextAsync($"/bodies/opinions/{id}?culture=fr");
        page.ShouldContain("Le conseil retient les deux recommandations.");
        (await new BrowserSession(factory.Browser()).GetTextAsync("/bodies?culture=fr&body=equality")).ShouldContain("Le conseil a répondu");
        await factory.Service<OutboxDispatcher>().DrainAsync();
        await using (var db = Db())
        {
            (await db.Set<Notification>().Where(n => n.UserId == karimUser.Id).Select(n => n.Kind).ToListAsync()).ShouldBe(["advisory.referral", "advisory.response"], ignoreOrder: true);
            (await db.Set<Notification>().Where(n => n.UserId == adminUser.Id).Select(n => n.Kind).ToListAsync()).ShouldContain("advisory.submitted");
        }
    }

    [Fact]
    public async Task A_member_of_another_body_a_citizen_or_a_former_member_cannot_edit_the_opinion()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (chair, chairUser) = await SignedInAsync();
        var (youth, youthUser) = await SignedInAsync();
        var (former, formerUser) = await SignedInAsync();
        var (citizen, _) = await SignedInAsync();
        var equality = await BodyIdAsync("equality");
        await AppointAsync(admin, equality, chairUser, BodyRole.Chair);
        await AppointAsync(admin, await BodyIdAsync("youth"), youthUser, BodyRole.Chair);
        await AppointAsync(admin, equality, formerUser, BodyRole.Rapporteur, start: "2024-01-01", end: "2025-06-30");
        var id = await ReferAsync(admin, equality, "Budget sensible au genre " + Guid.NewGuid().ToString("N")[..6]);
        (await SaveAsync(chair, id, 0, "Texte de l'instance")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var outsider in new[] { youth, former, citizen })
        {
            (await outsider.GetTextAsync($"/bodies/opinions/{id}?culture=fr")).ShouldNotContain("Texte de l&#x27;instance");
            (await SaveAsync(outsider, id, 1, "Texte réécrit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await outsider.PostFieldsAsync($"/bodies/opinions/{id}?culture=fr", $"/bodies/opinions/{id}?handler=comment&culture=fr", ("Comment", "intrusion"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await SubmitAsync(outsider, id, 1)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await outsider.PostFieldsAsync("/bodies/equality?culture=fr", "/bodies/equality?handler=initiative&culture=fr", ("Subject", "Sujet"), ("Reason", "x"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await FileAsync(id)).ShouldBe((1, 0, OpinionState.Drafting));
        (await new BrowserSession(factory.Browser()).PostFieldsAsync("/account/login", $"/bodies/opinions/{id}?handler=save&culture=fr", ("baseVersion", "1"), ("Text", "anonyme")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect); // to the login page
        (await FileAsync(id)).Versions.ShouldBe(1);

        // The youth body's chair works on their own body's initiative, not on the equality body's.
        var opened = await youth.PostFieldsAsync("/bodies/youth?culture=fr", "/bodies/youth?handler=initiative&culture=fr", ("Subject", "L'emploi des jeunes diplômés"), ("Reason", "Le chômage des diplômés dans la région."));
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = Db();
        var own = await db.Set<Opinion>().SingleAsync(o => o.SubjectFr == "L'emploi des jeunes diplômés");
        own.Origin.ShouldBe(OpinionOrigin.OwnInitiative);
        own.DueOn.ShouldBeNull();
        own.BodyId.ShouldBe(await BodyIdAsync("youth"));
    }

    [Fact]
    public async Task Sitting_members_are_reminded_before_the_due_date_unless_the_opinion_went_in()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (chair, chairUser) = await SignedInAsync();
        var economic = await BodyIdAsync("economic-actors");
        await AppointAsync(admin, economic, chairUser, BodyRole.Chair);
        var due = await ReferAsync(admin, economic, "Zones d'activités " + Guid.NewGuid().ToString("N")[..6], dueInDays: 20);
        var done = await ReferAsync(admin, economic, "Tourisme durable " + Guid.NewGuid().ToString("N")[..6], dueInDays: 20);
        (await SaveAsync(chair, done, 0, "Avis favorable")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SubmitAsync(chair, done, 1)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The clock moves on: the 2-day reminders of both files fall due (the submitted file's were cancelled).
        await using (var db = Db())
        {
            var timers = await db.Set<OutboxMessage>().Where(m => m.TimerKey == $"advisory:{due}:due-2" || m.TimerKey == $"advisory:{done}:due-2").ToListAsync();
            timers.Single(t => t.TimerKey!.StartsWith($"advisory:{done}:", StringComparison.Ordinal)).Status.ShouldBe(OutboxStatus.Cancelled);
            foreach (var timer in timers)
            {
                (timer.DueUtc, timer.NextAttemptUtc) = (DateTimeOffset.UtcNow.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(-1));
            }

            await db.SaveChangesAsync();
        }

        await factory.Service<OutboxDispatcher>().DrainAsync();
        await using (var db = Db())
        {
            var reminders = await db.Set<Notification>().Where(n => n.UserId == chairUser.Id && n.Kind == "advisory.due-soon").ToListAsync();
            reminders.Count.ShouldBe(1);
            reminders[0].Url.ShouldEndWith($"/bodies/opinions/{due}");
        }
    }

    [Fact]
    public async Task Bad_referrals_and_forged_ids_are_refused_and_store_nothing()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var equality = await BodyIdAsync("equality");
        int Count() { using var db = Db(); return db.Set<Opinion>().Count(); }
        var before = Count();
        async Task<string> RefusedAsync(Dictionary<string, string> fields, params (string, string, byte[])[] files)
        {
            var answer = await admin.PostMultipartAsync("/admin/bodies/refer?culture=fr", "/admin/bodies/refer?culture=fr", fields, files);
            answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            return await answer.Content.ReadAsStringAsync();
        }

        Dictionary<string, string> Fields(string due, string subject = "Sujet", string body = "") => new()
        {
            ["Input.BodyId"] = body.Length > 0 ? body : equality.ToString(CultureInfo.InvariantCulture), ["Input.SubjectFr"] = subject, ["Input.QuestionFr"] = "Question ?", ["Input.DueOn"] = due,
        };
        (await RefusedAsync(Fields(Day(-1)))).ShouldContain("La date limite de l&#x27;avis");
        (await RefusedAsync(Fields(Day(10), subject: new string('x', Opinion.MaxSubjectLength + 1)))).ShouldContain("Sujet (français)");
        (await RefusedAsync(Fields(Day(10), body: "999999"))).ShouldContain("Choisissez l&#x27;instance");
        (await RefusedAsync(Fields(Day(10)), ("documents", "programme.pdf", "MZ\u0090 not a pdf"u8.ToArray()))).ShouldContain("programme.pdf");
        Count().ShouldBe(before);

        // Another tenant's file is not found under this tenant, nor its admin page.
        var id = await ReferAsync(admin, equality, "Sujet régional " + Guid.NewGuid().ToString("N")[..6]);
        (await new BrowserSession(factory.Browser()).GetAsync($"/beni-mellal/bodies/opinions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var communeAdminUser = await PlatformUsers.CreateAsync(factory, "beni-mellal", CmsRoles.TenantAdmin);
        var communeAdmin = new BrowserSession(factory.Browser());
        await communeAdmin.LogInAsync(communeAdminUser.Email!, PlatformUsers.Password, "/beni-mellal");
        (await communeAdmin.GetAsync("/beni-mellal/admin/bodies")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await communeAdmin.GetAsync($"/beni-mellal/admin/bodies/opinions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteAdvisoryBodyTests(SqliteOutboxFactory factory) : AdvisoryBodyTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresAdvisoryBodyTests(PostgresOutboxFactory factory) : AdvisoryBodyTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
