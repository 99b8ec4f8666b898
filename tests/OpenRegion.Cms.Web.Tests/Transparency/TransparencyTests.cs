using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
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
/// Requests for information (law 31-13) and complaints (decree 2-17-265) through HTTP on a real database, as a
/// citizen files them and the council's staff answer: receipts and numbers, deadlines on the staff dashboard, refused
/// steps that change nothing, the requester's and complainant's pages, the public register and its open data.
/// </summary>
public abstract class TransparencyTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "region";

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private CmsDbContext Db(string tenant = Tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    private async Task<(BrowserSession Session, CmsUser User)> SignedInAsync(string? role = null, string tenant = Tenant)
    {
        var user = await PlatformUsers.CreateAsync(factory, role is null ? null : tenant, role);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password, tenant == Tenant ? "" : "/" + tenant);
        return (session, user);
    }

    private static (string, string)[] RequestFields(string subject, bool urgent = false, bool show = true) =>
    [
        ("Input.Name", "Khadija Ait Lahcen"), ("Input.Address", "12, rue Oum Errabia, Béni Mellal"), ("Input.Identity", "i 733 421"),
        ("Input.Email", "khadija@example.org"), ("Input.Language", "fr"), ("Input.Subject", subject),
        ("Input.Details", "Le tableau des subventions accordées aux associations en 2025, avec les montants et les bénéficiaires."),
        ("Input.Form", "Electronic"), ("Input.Urgent", urgent ? "true" : "false"), ("Input.ShowInRegister", show ? "true" : "false"),
    ];

    private static async Task<long> RequestAsync(BrowserSession citizen, string subject, bool show = true)
    {
        var filed = await citizen.PostFieldsAsync("/information/request?culture=fr", "/information/request?culture=fr", RequestFields(subject, show: show));
        filed.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await filed.Content.ReadAsStringAsync()));
        return long.Parse(filed.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private async Task<InformationRequest> RequestRowAsync(long id)
    {
        await using var db = Db();
        return await db.Set<InformationRequest>().AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private static Task<HttpResponseMessage> StaffAsync(BrowserSession staff, long id, string handler, params (string, string)[] fields) =>
        staff.PostFieldsAsync($"/admin/information/{id}?culture=fr", $"/admin/information/{id}?handler={handler}&culture=fr", fields);

    [Fact]
    public async Task A_request_is_answered_in_part_with_its_ground_then_complained_about_and_the_head_answers()
    {
        var (citizen, citizenUser) = await SignedInAsync();
        var (staff, _) = await SignedInAsync(CmsRoles.Staff);
        var subject = "Subventions aux associations 2025 " + Guid.NewGuid().ToString("N")[..6];
        var id = await RequestAsync(citizen, subject);

        // The receipt comes at once: number of the year, date, deadline; the staff dashboard has the deadline.
        var request = await RequestRowAsync(id);
        request.Number.ShouldStartWith(LocalTime.Date(DateTimeOffset.UtcNow).Year.ToString(CultureInfo.InvariantCulture) + "-");
        request.IdentityNumber.ShouldBe("I733421");
        request.RequesterUserId.ShouldBe(citizenUser.Id);
        var page = await citizen.GetTextAsync($"/information/{id}?culture=fr");
        page.ShouldContain(request.Number);
        page.ShouldContain("En attente de réponse");
        await using (var db = Db())
        {
            var deadline = await db.Set<Deadline>().SingleAsync(d => d.Key == InformationRequest.DeadlineKey(id));
            deadline.Rule.ShouldBe(LegalDeadlines.InformationRequest);
            // 20 working days: four weeks at least, whatever the holidays.
            deadline.DueUtc.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(26));
            deadline.DueUtc.ShouldBeLessThan(DateTimeOffset.UtcNow.AddDays(45));
            (await db.Set<OutboxMessage>().CountAsync(m => m.EventType == Notify.SendEvent && m.PayloadJson.Contains("transparency.information") && m.PayloadJson.Contains(citizenUser.Id))).ShouldBe(1);
        }

        // Nobody else reads it: another citizen, an anonymous reader.
        var (other, _) = await SignedInAsync();
        (await other.GetAsync($"/information/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await new BrowserSession(factory.Browser()).GetAsync($"/information/{id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // An extension needs its reasons; then the deadline moves by 20 working days.
        var refused = await StaffAsync(staff, id, "extend", ("Reason", " "));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Indiquez les motifs de la prorogation");
        (await RequestRowAsync(id)).ExtendedOn.ShouldBeNull();
        (await StaffAsync(staff, id, "extend", ("Reason", "Les pièces sont détenues par trois services."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StaffAsync(staff, id, "extend", ("Reason", "Encore"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A partial answer without its ground is refused and stores nothing, file included.
        var files = Directory.Exists(factory.DataDirectory) ? Directory.GetFiles(factory.DataDirectory, "*.pdf", SearchOption.AllDirectories).Length : 0;
        var answer = new Dictionary<string, string> { ["Outcome"] = "Partial", ["Answer"] = "Voici le tableau ; les noms des bénéficiaires personnes physiques sont occultés." };
        var noGround = await staff.PostMultipartAsync($"/admin/information/{id}?culture=fr", $"/admin/information/{id}?handler=answer&culture=fr", answer, ("document", "subventions-2025.pdf", Pdf));
        noGround.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var noGroundText = await noGround.Content.ReadAsStringAsync();
        noGroundText.ShouldContain("doit nommer l&#x27;exception de l&#x27;article 7");
        noGroundText.ShouldContain("les noms des bénéficiaires personnes physiques sont occultés");
        (await RequestRowAsync(id)).AnsweredOn.ShouldBeNull();
        (Directory.Exists(factory.DataDirectory) ? Directory.GetFiles(factory.DataDirectory, "*.pdf", SearchOption.AllDirectories).Length : 0).ShouldBe(files);

        answer["Grounds"] = "PrivateLifeAndPersonalData";
        var answered = await staff.PostMultipartAsync($"/admin/information/{id}?culture=fr", $"/admin/information/{id}?handler=answer&culture=fr", answer, ("document", "subventions-2025.pdf", Pdf));
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await answered.Content.ReadAsStringAsync()));
        request = await RequestRowAsync(id);
        (request.Outcome, request.Grounds, request.AnsweredOn).ShouldBe((InformationOutcome.Partial, "PrivateLifeAndPersonalData", LocalTime.Date(DateTimeOffset.UtcNow)));
        await using (var db = Db())
        {
            (await db.Set<Deadline>().SingleAsync(d => d.Key == InformationRequest.DeadlineKey(id))).CompletedUtc.ShouldNotBeNull();
        }

        // An answer on a closed request is refused.
        (await staff.PostMultipartAsync($"/admin/information/{id}?culture=fr", $"/admin/information/{id}?handler=answer&culture=fr",
            new Dictionary<string, string> { ["Outcome"] = "Full", ["Answer"] = "Autre réponse" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await RequestRowAsync(id)).Outcome.ShouldBe(InformationOutcome.Partial);

        // The requester reads the answer, its ground and the document (served to them only).
        page = await citizen.GetTextAsync($"/information/{id}?culture=fr");
        page.ShouldContain("Information communiquée en partie");
        page.ShouldContain("La vie privée et les données à caractère personnel");
        page.ShouldContain("Réclamer auprès du chef de l&#x27;organisme");
        var document = await citizen.GetAsync($"/information/{id}?handler=document");
        document.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await document.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        (await other.GetAsync($"/information/{id}?handler=document")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The complaint to the head of the body, then its answer and the way to the commission.
        (await citizen.PostFieldsAsync($"/information/{id}?culture=fr", $"/information/{id}?handler=complain&culture=fr", ("ComplaintText", " "))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var complained = await citizen.PostFieldsAsync($"/information/{id}?culture=fr", $"/information/{id}?handler=complain&culture=fr", ("ComplaintText", "Les montants par association suffisent : aucune donnée personnelle n'y figure."));
        complained.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await complained.Content.ReadAsStringAsync()));
        (await other.PostAsync($"/information/{id}?handler=complain&culture=fr", new Dictionary<string, string> { ["ComplaintText"] = "x" }, await other.TokenAsync("/information/request")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using (var db = Db())
        {
            (await db.Set<Deadline>().SingleAsync(d => d.Key == InformationRequest.ComplaintDeadlineKey(id))).Rule.ShouldBe(LegalDeadlines.InformationComplaintAnswer);
        }

        (await StaffAsync(staff, id, "complaintAnswer", ("Text", "Le tableau complet vous est communiqué."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await citizen.GetTextAsync($"/information/{id}?culture=fr");
        page.ShouldContain("Le tableau complet vous est communiqué.");
        page.ShouldContain("cdai.ma");

        // The public register shows the request without the requester, and its open data parse back.
        var register = await new BrowserSession(factory.Browser()).GetTextAsync("/information?culture=fr");
        register.ShouldContain(subject);
        register.ShouldNotContain("Khadija");
        var csv = await new BrowserSession(factory.Browser()).GetTextAsync("/information/register.csv");
        var line = csv.Split('\n').Single(l => l.StartsWith(request.Number, StringComparison.Ordinal));
        line.ShouldContain("Partial");
        line.ShouldContain("PrivateLifeAndPersonalData");
        line.ShouldNotContain("I733421");
        using var json = JsonDocument.Parse(await new BrowserSession(factory.Browser()).GetTextAsync("/information/register.json"));
        var row = json.RootElement.EnumerateArray().Single(r => r.GetProperty("number").GetString() == request.Number);
        row.GetProperty("outcome").GetString().ShouldBe("Partial");
        row.GetProperty("stage").GetString().ShouldBe("ComplaintAnswered");
        row.GetProperty("subject").GetString().ShouldBe(subject);
    }

    [Fact]
    public async Task A_request_with_missing_or_wrong_fields_is_refused_with_every_reason_and_nothing_is_stored()
    {
        var (citizen, _) = await SignedInAsync();
        await using var db = Db();
        var before = await db.Set<InformationRequest>().CountAsync();
        var refused = await citizen.PostFieldsAsync("/information/request?culture=fr", "/information/request?culture=fr",
            ("Input.Name", ""), ("Input.Address", "Kasba Tadla"), ("Input.Identity", "not-a-card"), ("Input.Email", "pas une adresse"),
            ("Input.Subject", "Budget"), ("Input.Details", "Le budget 2026"), ("Input.Form", "Electronic"), ("Input.Urgent", "true"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await refused.Content.ReadAsStringAsync();
        text.ShouldContain("Veuillez remplir : Nom complet.");
        text.ShouldContain("Saisissez le numéro de la carte nationale d&#x27;identité électronique");
        text.ShouldContain("L&#x27;adresse électronique n&#x27;est pas valide.");
        text.ShouldContain("Une demande urgente dit pourquoi");
        text.ShouldContain("Kasba Tadla");
        (await db.Set<InformationRequest>().CountAsync()).ShouldBe(before);

        // Without an account, the form sends to the login page.
        (await new BrowserSession(factory.Browser()).GetAsync("/information/request")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Requests_filed_at_the_same_time_get_distinct_consecutive_numbers()
    {
        var sessions = new List<BrowserSession>();
        for (var i = 0; i < 6; i++)
        {
            sessions.Add((await SignedInAsync()).Session);
        }

        var tag = Guid.NewGuid().ToString("N")[..6];
        var ids = await Task.WhenAll(sessions.Select((s, i) => RequestAsync(s, $"Demande simultanée {tag} {i}")));
        await using var db = Db();
        var numbers = await db.Set<InformationRequest>().Where(r => ids.Contains(r.Id)).Select(r => r.Number).ToListAsync();
        numbers.Distinct().Count().ShouldBe(6);
        var sequence = numbers.Select(n => int.Parse(n.Split('-')[1], CultureInfo.InvariantCulture)).Order().ToList();
        (sequence[^1] - sequence[0]).ShouldBeLessThan(6 + 50, "numbers are taken from the year's sequence");
    }

    [Fact]
    public async Task A_paper_request_is_recorded_by_staff_and_another_councils_staff_cannot_open_it()
    {
        var (staff, _) = await SignedInAsync(CmsRoles.Staff);
        var fields = RequestFields("Procès-verbal de la session d'octobre " + Guid.NewGuid().ToString("N")[..6]).Concat([("Input.Channel", "Post"), ("Input.ReceivedOn", LocalTime.Date(DateTimeOffset.UtcNow).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]).ToArray();
        var recorded = await staff.PostFieldsAsync("/admin/information/new?culture=fr", "/admin/information/new?culture=fr", fields);
        recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await recorded.Content.ReadAsStringAsync()));
        var id = long.Parse(recorded.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var request = await RequestRowAsync(id);
        (request.Channel, request.ReceivedOn, request.RequesterUserId).ShouldBe((ReceiptChannel.Post, LocalTime.Date(DateTimeOffset.UtcNow).AddDays(-3), (string?)null));
        (await staff.GetTextAsync($"/admin/information/{id}?culture=fr")).ShouldContain("Le demandeur n&#x27;a pas de compte ici");

        // A date in the future, or "online" from the counter, is refused.
        var future = RequestFields("Futur").Concat([("Input.Channel", "Online"), ("Input.ReceivedOn", "2999-01-01")]).ToArray();
        var refused = await staff.PostFieldsAsync("/admin/information/new?culture=fr", "/admin/information/new?culture=fr", future);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("La date de réception doit être");

        // Citizens cannot open the staff pages; another council's staff do not find the request.
        var (citizen, _) = await SignedInAsync();
        (await citizen.GetAsync($"/admin/information/{id}")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        var (communeStaff, _) = await SignedInAsync(CmsRoles.Staff, "beni-mellal");
        (await communeStaff.GetAsync($"/beni-mellal/admin/information/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await communeStaff.GetAsync($"/beni-mellal/information/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_complaint_is_answered_after_a_request_for_a_missing_document_and_counted_in_the_annual_report()
    {
        var (citizen, citizenUser) = await SignedInAsync();
        var (staff, _) = await SignedInAsync(CmsRoles.Staff);
        var year = LocalTime.Date(DateTimeOffset.UtcNow).Year;
        int Lighting(string report) => int.Parse(System.Text.RegularExpressions.Regex.Match(report, @"Éclairage public</span>\s*<span class=""bar""[^>]*>.*?</span></span>\s*<span class=""score"">(\d+) reçues").Groups[1].Value is { Length: > 0 } v ? v : "0", CultureInfo.InvariantCulture);
        var before = Lighting(await new BrowserSession(factory.Browser()).GetTextAsync($"/complaints?year={year}&culture=fr"));

        var filed = await citizen.PostFieldsAsync("/complaints/new?culture=fr", "/complaints/new?culture=fr",
            ("Input.Name", "Youssef Amrani"), ("Input.Phone", "0612345678"), ("Input.Language", "fr"), ("Input.Category", "lighting"),
            ("Input.Subject", "Lampadaires éteints"), ("Input.Text", "Les lampadaires de notre rue sont éteints depuis trois semaines."), ("Input.Place", "Hay Ennahda"));
        filed.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await filed.Content.ReadAsStringAsync()));
        var id = long.Parse(filed.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var page = await citizen.GetTextAsync($"/complaints/{id}?culture=fr");
        page.ShouldContain("Accusé de réception");
        Complaint Row() { using var db = Db(); return db.Set<Complaint>().AsNoTracking().Single(c => c.Id == id); }
        page.ShouldContain(Row().Number);
        Task<HttpResponseMessage> Staff(string handler, params (string, string)[] fields) =>
            staff.PostFieldsAsync($"/admin/complaints/{id}?culture=fr", $"/admin/complaints/{id}?handler={handler}&culture=fr", fields);

        // Asking for what is missing needs what; then the clock stops.
        (await Staff("complement", ("Text", ""))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Row().ComplementAskedOn.ShouldBeNull();
        (await Staff("complement", ("Text", "Le nom exact de la rue et, si possible, une photo."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Row().ComplementAskedOn.ShouldNotBeNull();
        await using (var db = Db())
        {
            (await db.Set<Deadline>().SingleAsync(d => d.Key == Complaint.DeadlineKey(id))).CompletedUtc.ShouldNotBeNull();
            (await db.Set<OutboxMessage>().CountAsync(m => m.EventType == Notify.SendEvent && m.PayloadJson.Contains("complement-asked") && m.PayloadJson.Contains(citizenUser.Id))).ShouldBe(1);
        }

        page = await citizen.GetTextAsync($"/complaints/{id}?culture=fr");
        page.ShouldContain("En attente de compléments");
        page.ShouldContain("Le nom exact de la rue");

        // The complainant completes it; the 60 days run again from today.
        var completed = await citizen.PostFieldsAsync($"/complaints/{id}?culture=fr", $"/complaints/{id}?handler=complement&culture=fr", ("Complement", "Rue Al Massira, entre la mosquée et l'école."));
        completed.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await completed.Content.ReadAsStringAsync()));
        (await citizen.PostFieldsAsync($"/complaints/{id}?culture=fr", $"/complaints/{id}?handler=complement&culture=fr", ("Complement", "Encore"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using (var db = Db())
        {
            var deadline = await db.Set<Deadline>().SingleAsync(d => d.Key == Complaint.DeadlineKey(id));
            deadline.CompletedUtc.ShouldBeNull();
            LocalTime.Date(deadline.DueUtc).ShouldBe(LocalTime.Date(DateTimeOffset.UtcNow).AddDays(60));
        }

        // Not processed "outside competence" must name the competent body; answered instead.
        var decline = await Staff("decline", ("Ground", "OutsideCompetence"), ("CompetentBody", ""));
        decline.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await decline.Content.ReadAsStringAsync()).ShouldContain("Indiquez l&#x27;organisme compétent");
        (await Staff("answer", ("Text", "Les lampadaires ont été réparés le jour même par le service de l'éclairage."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Staff("answer", ("Text", "Deux fois"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Row().AnswerText.ShouldBe("Les lampadaires ont été réparés le jour même par le service de l'éclairage.");
        (await citizen.GetTextAsync($"/complaints/{id}?culture=fr")).ShouldContain("ont été réparés le jour même");

        // The annual report counts it under its category, with no personal data; its CSV parses back.
        var report = await new BrowserSession(factory.Browser()).GetTextAsync($"/complaints?year={year}&culture=fr");
        Lighting(report).ShouldBe(before + 1);
        report.ShouldNotContain("Youssef");
        var csv = await new BrowserSession(factory.Browser()).GetTextAsync($"/complaints?handler=csv&year={year}");
        var lighting = csv.Split('\n').Single(l => l.Contains(",lighting,", StringComparison.Ordinal)).Split(',');
        int.Parse(lighting[3], CultureInfo.InvariantCulture).ShouldBe(before + 1);
        csv.ShouldContain($"{year},total,");
    }

    [Fact]
    public async Task A_complaint_outside_the_councils_competence_is_closed_with_the_competent_body()
    {
        var (citizen, _) = await SignedInAsync();
        var (staff, _) = await SignedInAsync(CmsRoles.Staff);
        var filed = await citizen.PostFieldsAsync("/complaints/new?culture=ar", "/complaints/new?culture=ar",
            ("Input.Name", "يوسف العمراني"), ("Input.Language", "ar"), ("Input.Category", "services"),
            ("Input.Subject", "تأخر تسليم جواز السفر"), ("Input.Text", "قدمت طلب جواز السفر منذ شهرين ولم أتوصل به."));
        filed.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await filed.Content.ReadAsStringAsync()));
        var id = long.Parse(filed.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        (await staff.PostFieldsAsync($"/admin/complaints/{id}?culture=ar", $"/admin/complaints/{id}?handler=decline&culture=ar",
            ("Ground", "OutsideCompetence"), ("CompetentBody", "عمالة إقليم بني ملال، مصلحة جوازات السفر"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await citizen.GetTextAsync($"/complaints/{id}?culture=ar");
        page.ShouldContain("الموضوع خارج اختصاص هذا المجلس");
        page.ShouldContain("عمالة إقليم بني ملال، مصلحة جوازات السفر");
        page.ShouldContain("dir=\"rtl\"");
    }
}

public sealed class SqliteTransparencyTests(SqliteOutboxFactory factory) : TransparencyTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresTransparencyTests(PostgresOutboxFactory factory) : TransparencyTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
