using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Innovation;

/// <summary>
/// The lab around the jury, through HTTP on a real database: a solution's files (checked, limited, private until the
/// selection is published), the selected teams' prototype reports, the council's adoption, the showcase and the
/// challenge's indicators, and the lab's events with their seats and attendance.
/// </summary>
public abstract class LabTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private static DateOnly Today => LocalTime.Date(DateTimeOffset.UtcNow);

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

    private CmsDbContext Db() => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("region"));

    private async Task<(BrowserSession Session, CmsUser User)> SignedInAsync(string? role = null)
    {
        var user = await PlatformUsers.CreateAsync(factory, role is null ? null : "region", role);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password);
        return (session, user);
    }

    private static async Task<long> ChallengeAsync(CmsDbContext db, int[] days, bool selectionPublished = false)
    {
        var challenge = new Challenge
        {
            TitleFr = "Défi labo " + Guid.NewGuid().ToString("N")[..6], ProblemFr = "Un problème public.", Seats = 2, CreatedBy = "test",
            IdentificationFrom = Today.AddDays(days[0]), CallOpens = Today.AddDays(days[1]), CallCloses = Today.AddDays(days[2]), SelectionEnds = Today.AddDays(days[3]),
            PrototypingEnds = Today.AddDays(days[4]), EvaluationEnds = Today.AddDays(days[5]), CreatedUtc = DateTimeOffset.UtcNow, PublishedUtc = DateTimeOffset.UtcNow,
            SelectionPublishedUtc = selectionPublished ? DateTimeOffset.UtcNow.AddDays(-3) : null,
        };
        db.Set<Challenge>().Add(challenge);
        await db.SaveChangesAsync();
        db.Set<ChallengeCriterion>().Add(new ChallengeCriterion { ChallengeId = challenge.Id, Position = 1, NameFr = "Impact", Weight = 1 });
        await db.SaveChangesAsync();
        return challenge.Id;
    }

    [Fact]
    public async Task A_solutions_files_are_checked_limited_and_private_until_the_selection_is_published()
    {
        await using var db = Db();
        var id = await ChallengeAsync(db, [-20, -2, 20, 40, 120, 150]);
        var (team, owner) = await SignedInAsync();
        var form = $"/innovation/{id}/solution?culture=fr";
        var fields = new Dictionary<string, string>
        {
            ["Input.TeamName"] = "Tadla Compost", ["Input.TitleFr"] = "Composter les grignons", ["Input.DescriptionFr"] = "Compost partagé.",
            ["Input.Members[0].Name"] = "Nadia Ait Lahcen", ["Input.Members[0].Role"] = "cheffe de projet", ["Input.Members[0].Email"] = owner.Email!,
        };
        var folder = Path.Combine(factory.DataDirectory, "media", "region");
        int FilesOnDisk() => Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
        var before = FilesOnDisk();

        // An oversized PDF, a program named .pdf, six files: refused, nothing stored — not even the solution.
        var big = new byte[(21 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);
        var oversized = await team.PostMultipartAsync(form, form, fields, ("files", "plan.pdf", big));
        oversized.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var tooLarge = await oversized.Content.ReadAsStringAsync();
        tooLarge.ShouldContain("plan.pdf");
        tooLarge.ShouldContain("Le fichier est trop volumineux");
        var disguised = await team.PostMultipartAsync(form, form, fields, ("files", "budget.pdf", Encoding.ASCII.GetBytes("MZ\x90\0 this is a program")));
        disguised.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var six = Enumerable.Range(1, 6).Select(k => ("files", $"annexe-{k}.pdf", Pdf)).ToArray();
        (await (await team.PostMultipartAsync(form, form, fields, six)).Content.ReadAsStringAsync()).ShouldContain("au plus 5 fichiers");
        (await db.Set<Solution>().CountAsync(s => s.ChallengeId == id)).ShouldBe(0);
        FilesOnDisk().ShouldBe(before);

        // Two files with the solution.
        var submitted = await team.PostMultipartAsync(form, form, fields, ("files", "plan.pdf", Pdf), ("files", "maquette.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]));
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await submitted.Content.ReadAsStringAsync()));
        var solution = await db.Set<Solution>().AsNoTracking().SingleAsync(s => s.ChallengeId == id);
        var files = await db.Set<SolutionAttachment>().AsNoTracking().Where(f => f.SolutionId == solution.Id).OrderBy(f => f.Id).ToListAsync();
        files.Select(f => f.FileName).ShouldBe(["plan.pdf", "maquette.png"]);
        FilesOnDisk().ShouldBe(before + 2);
        var url = $"/innovation/{id}/solutions/{solution.Id}/files/{files[0].Id}/plan.pdf";
        (await team.GetTextAsync(form)).ShouldContain(url);

        // The team, staff and the jury read it; anyone else finds nothing, even with the right ids.
        (await (await team.GetAsync(url)).Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        var (staff, _) = await SignedInAsync(CmsRoles.Staff);
        (await staff.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (juror, jurorUser) = await SignedInAsync();
        (await juror.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        db.Set<JuryMember>().Add(new JuryMember { ChallengeId = id, UserId = jurorUser.Id, DisplayName = "Juré", Email = jurorUser.Email!, AppointedBy = "test", AppointedUtc = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        var read = await juror.GetAsync(url);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var anonymous = new BrowserSession(factory.Browser());
        (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await SignedInAsync()).Session.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/beni-mellal/innovation/{id}/solutions/{solution.Id}/files/{files[0].Id}/plan.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await team.GetAsync($"/innovation/{id}/solutions/{solution.Id}/files/{files[0].Id + 1000}/plan.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The team takes the photo off; its file leaves the disk.
        var edit = new Dictionary<string, string>(fields) { ["Input.Revision"] = "0", ["Input.RemoveFiles"] = files[1].Id.ToString(CultureInfo.InvariantCulture) };
        (await team.PostMultipartAsync(form, form, edit)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Set<SolutionAttachment>().CountAsync(f => f.SolutionId == solution.Id)).ShouldBe(1);
        FilesOnDisk().ShouldBe(before + 1);

        // Selected and published: the public reads it.
        await db.Set<Solution>().Where(s => s.Id == solution.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Selected, true).SetProperty(s => s.SelectionReasonFr, "Réaliste."));
        await db.Set<Challenge>().Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.SelectionPublishedUtc, DateTimeOffset.UtcNow));
        (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetTextAsync($"/innovation/{id}?culture=fr")).ShouldContain(url);
    }

    [Fact]
    public async Task Selected_teams_report_their_prototype_staff_record_the_adoption_and_the_showcase_shows_both()
    {
        await using var db = Db();
        var id = await ChallengeAsync(db, [-100, -90, -60, -10, 60, 90], selectionPublished: true); // prototyping now
        var (team, owner) = await SignedInAsync();
        var (other, otherUser) = await SignedInAsync();
        Solution Make(string userId, string name, bool selected) => new()
        {
            ChallengeId = id, OwnerUserId = userId, TeamName = name, TitleFr = "Solution " + name, DescriptionFr = "…", Selected = selected,
            SelectionReasonFr = selected ? "Une filière locale réaliste." : "", SubmittedUtc = DateTimeOffset.UtcNow, UpdatedUtc = DateTimeOffset.UtcNow,
        };
        var selected = Make(owner.Id, "Zitoun Lab", true);
        var left = Make(otherUser.Id, "Argan Tech", false);
        db.Set<Solution>().AddRange(selected, left);
        await db.SaveChangesAsync();
        db.Set<SolutionMember>().AddRange(
            new SolutionMember { SolutionId = selected.Id, Position = 1, Name = "Salma Aït Ouarab", Role = "cheffe", Email = owner.Email },
            new SolutionMember { SolutionId = selected.Id, Position = 2, Name = "Youssef El Mrabet", Role = "dév" },
            new SolutionMember { SolutionId = left.Id, Position = 1, Name = "Hicham Bouzid", Role = "agronome" });
        await db.SaveChangesAsync();

        var page = $"/innovation/{id}/prototype?culture=fr";
        Dictionary<string, string> Report(string stage, string progress, string text) => new() { ["Input.Stage"] = stage, ["Input.Progress"] = progress, ["Input.TextFr"] = text };
        async Task<HttpResponseMessage> PostAsync(BrowserSession session, Dictionary<string, string> fields) => await session.PostAsync(page, fields, await session.TokenAsync(page));

        // A team the jury did not select reports nothing; bad reports store nothing.
        (await (await PostAsync(other, Report("Building", "10", "Début."))).Content.ReadAsStringAsync()).ShouldContain("Seules les équipes dont le jury a sélectionné la solution");
        (await (await PostAsync(team, Report("Building", "150", "Début."))).Content.ReadAsStringAsync()).ShouldContain("un nombre entier de 0 à 100");
        (await (await PostAsync(team, Report("Tested", "80", "Testé avec trois huileries."))).Content.ReadAsStringAsync()).ShouldContain("son avancement est de 100");
        (await PostAsync(team, Report("Building", "20", " "))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await db.Set<PrototypeReport>().CountAsync(r => r.ChallengeId == id)).ShouldBe(0);

        (await PostAsync(team, Report("Building", "40", "Bac de compostage monté à Ouled M'barek."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(team, Report("Tested", "100", "Testé avec trois huileries : 12 tonnes de grignons compostées."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Staff record the council's adoption: a day to come, or no act, is refused.
        var (staff, _) = await SignedInAsync(CmsRoles.Staff);
        var admin = $"/admin/innovation/{id}?culture=fr";
        async Task<HttpResponseMessage> AdoptAsync(long solution, DateOnly day, string reference) => await staff.PostAsync(admin + "&handler=adopt",
            new Dictionary<string, string> { ["solutionId"] = solution.ToString(CultureInfo.InvariantCulture), ["day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["reference"] = reference },
            await staff.TokenAsync(admin));
        (await (await AdoptAsync(selected.Id, Today.AddDays(3), "Délibération n° 112/2027")).Content.ReadAsStringAsync()).ShouldContain("ne peut pas être dans le futur");
        (await AdoptAsync(selected.Id, Today, "")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await AdoptAsync(left.Id, Today, "Délibération n° 112/2027")).Content.ReadAsStringAsync()).ShouldContain("Seule une solution d&#x27;une sélection publiée");
        (await AdoptAsync(selected.Id, Today, "Délibération n° 112/2027")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var showcase = await new BrowserSession(factory.Browser()).GetTextAsync("/innovation/showcase?culture=fr");
        showcase.ShouldContain("Solution Zitoun Lab");
        showcase.ShouldNotContain("Solution Argan Tech");
        showcase.ShouldContain("Testé avec trois huileries : 12 tonnes de grignons compostées.");
        showcase.ShouldContain("Délibération n° 112/2027");
        showcase.ShouldContain("value=\"100\"");

        // The challenge's indicators: 3 people, 2 solutions, 1 selected, 1 prototype tested, 1 adopted.
        var challenge = await new BrowserSession(factory.Browser()).GetTextAsync($"/innovation/{id}?culture=fr");
        challenge.ShouldContain("<dt>Personnes ayant participé</dt><dd>3</dd>");
        challenge.ShouldContain("<dt>Prototypes testés</dt><dd>1</dd>");
        challenge.ShouldContain("<dt>Solutions adoptées par le conseil</dt><dd>1</dd>");
    }

    [Fact]
    public async Task Citizens_register_for_the_labs_events_within_their_seats_and_staff_mark_attendance()
    {
        await using var db = Db();
        var id = await ChallengeAsync(db, [-20, -2, 20, 40, 120, 150]);
        var (staff, _) = await SignedInAsync(CmsRoles.Staff);
        var admin = "/admin/innovation/events?culture=fr";
        var day = Today.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Dictionary<string, string> Event(string title, string starts, string ends, string capacity) => new()
        {
            ["Input.Kind"] = "Workshop", ["Input.ChallengeId"] = id.ToString(CultureInfo.InvariantCulture), ["Input.TitleFr"] = title,
            ["Input.PlaceFr"] = "Maison des jeunes, Fquih Ben Salah", ["Input.Starts"] = starts, ["Input.Ends"] = ends, ["Input.Capacity"] = capacity,
        };
        async Task<HttpResponseMessage> AnnounceAsync(Dictionary<string, string> fields) => await staff.PostAsync(admin, fields, await staff.TokenAsync(admin));
        var title = "Atelier " + Guid.NewGuid().ToString("N")[..6];
        (await (await AnnounceAsync(Event(title, day + "T14:30", day + "T12:00", "2"))).Content.ReadAsStringAsync()).ShouldContain("se termine après son début");
        (await (await AnnounceAsync(Event(title, day + "T14:30", day + "T18:00", "0"))).Content.ReadAsStringAsync()).ShouldContain("entre 1 et 2000");
        (await AnnounceAsync(Event(title, "2020-01-01T09:00", "2020-01-01T12:00", "2"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await db.Set<LabEvent>().CountAsync(e => e.TitleFr == title)).ShouldBe(0);
        (await AnnounceAsync(Event(title, day + "T14:30", day + "T18:00", "2"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var labEvent = await db.Set<LabEvent>().AsNoTracking().SingleAsync(e => e.TitleFr == title);
        labEvent.StartsUtc.ShouldBe(new DateTimeOffset(Today.AddDays(5).ToDateTime(new TimeOnly(14, 30)), LocalTime.Zone.GetUtcOffset(Today.AddDays(5).ToDateTime(new TimeOnly(14, 30)))));

        // Six citizens try for the two seats at once: two get one, the others are told it is full.
        var page = "/innovation/events?culture=fr";
        var citizens = new List<(BrowserSession Session, CmsUser User)>();
        for (var k = 0; k < 6; k++)
        {
            citizens.Add(await SignedInAsync());
        }

        var tokens = await Task.WhenAll(citizens.Select(c => c.Session.TokenAsync(page)));
        var answers = await Task.WhenAll(citizens.Select((c, k) => c.Session.PostAsync(page + "&handler=register", new Dictionary<string, string> { ["eventId"] = labEvent.Id.ToString(CultureInfo.InvariantCulture) }, tokens[k])));
        answers.Count(a => a.StatusCode == HttpStatusCode.Redirect).ShouldBe(2);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Redirect))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("Toutes les places sont prises.");
        }

        var seats = await db.Set<LabEventRegistration>().AsNoTracking().Where(r => r.EventId == labEvent.Id).OrderBy(r => r.Seat).ToListAsync();
        seats.Select(r => r.Seat).ShouldBe([1, 2]);

        // A seat given back goes to someone else; registering twice is refused.
        var holder = citizens.First(c => c.User.Id == seats[0].UserId);
        var waiting = citizens.First(c => seats.All(s => s.UserId != c.User.Id));
        (await holder.Session.PostFieldsAsync(page, page + "&handler=unregister", ("eventId", labEvent.Id.ToString(CultureInfo.InvariantCulture)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await waiting.Session.PostFieldsAsync(page, page + "&handler=register", ("eventId", labEvent.Id.ToString(CultureInfo.InvariantCulture)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await waiting.Session.PostFieldsAsync(page, page + "&handler=register", ("eventId", labEvent.Id.ToString(CultureInfo.InvariantCulture)))).Content.ReadAsStringAsync()).ShouldContain("Vous êtes déjà inscrit.");
        (await waiting.Session.GetTextAsync($"/innovation/{id}?culture=fr")).ShouldContain("Vous êtes inscrit");

        // Attendance waits for the event to start; then it counts among the challenge's participants.
        var eventPage = $"/admin/innovation/events/{labEvent.Id}?culture=fr";
        var registered = await db.Set<LabEventRegistration>().AsNoTracking().Where(r => r.EventId == labEvent.Id).ToListAsync();
        (await (await staff.PostFieldsAsync(eventPage, eventPage + "&handler=attendance", ("attended", registered[0].Id.ToString(CultureInfo.InvariantCulture)))).Content.ReadAsStringAsync())
            .ShouldContain("La présence se note une fois l&#x27;événement commencé.");
        await db.Set<LabEvent>().Where(e => e.Id == labEvent.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.StartsUtc, DateTimeOffset.UtcNow.AddHours(-1)));
        (await staff.PostFieldsAsync(eventPage, eventPage + "&handler=attendance", ("attended", registered[0].Id.ToString(CultureInfo.InvariantCulture)), ("attended", registered[1].Id.ToString(CultureInfo.InvariantCulture))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Set<LabEventRegistration>().CountAsync(r => r.EventId == labEvent.Id && r.Attended)).ShouldBe(2);
        (await staff.PostFieldsAsync(eventPage, eventPage + "&handler=cancel")).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // started: too late to cancel
        await db.Set<Challenge>().Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.CallCloses, Today.AddDays(-1)));
        (await new BrowserSession(factory.Browser()).GetTextAsync($"/innovation/{id}?culture=fr")).ShouldContain("<dt>Personnes ayant participé</dt><dd>2</dd>");

        // Registration closed once started; a citizen of another council does not see the event.
        var late = citizens.First(c => registered.All(r => r.UserId != c.User.Id)); // which citizens won the race varies
        (await (await late.Session.PostFieldsAsync(page, page + "&handler=register", ("eventId", labEvent.Id.ToString(CultureInfo.InvariantCulture)))).Content.ReadAsStringAsync()).ShouldContain("Cet événement a commencé");
        (await new BrowserSession(factory.Browser()).GetTextAsync("/beni-mellal/innovation/events?culture=fr&past=true")).ShouldNotContain(title);
    }
}

public sealed class SqliteLabTests(SqliteOutboxFactory factory) : LabTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresLabTests(PostgresOutboxFactory factory) : LabTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
