using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Consultations;

/// <summary>
/// A public consultation through HTTP on a real database: staff prepare the draft in sections and open it, citizens
/// comment, reply, agree and report, a workshop's contributions are recorded, moderation hides a text with its
/// reason, contributions close, and the synthesis with the council's responses is published and told to followers.
/// </summary>
public abstract class ConsultationTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "khouribga";
    private const string P = "/" + Tenant;

    private CmsDbContext Db(string tenant = Tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    private async Task<(BrowserSession Session, CmsUser User)> SignedInAsync(string? role = null)
    {
        var user = await PlatformUsers.CreateAsync(factory, role is null ? null : Tenant, role);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password);
        return (session, user);
    }

    private static string At(TimeSpan offset) => LocalTime.ToInput(DateTimeOffset.UtcNow + offset);

    /// <summary>Creates a consultation with two sections, open since yesterday until <paramref name="closesIn"/>.</summary>
    private async Task<(long Id, string Slug, long First, long Second)> OpenConsultationAsync(BrowserSession admin, TimeSpan closesIn)
    {
        var slug = "plan-action-" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.SubmitAsync($"{P}/admin/consultations?culture=fr", new Dictionary<string, string>
        {
            ["TitleAr"] = "مشروع برنامج عمل الجماعة المنفتحة", ["TitleFr"] = "Projet de programme de la commune ouverte", ["Slug"] = slug,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await created.Content.ReadAsStringAsync()));
        var id = long.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var page = $"{P}/admin/consultations/{id}?culture=fr";
        foreach (var (ar, fr) in new[] { ("النظافة والمحافظة على البيئة", "Propreté et environnement"), ("تأهيل المدينة", "Mise à niveau de la ville") })
        {
            (await admin.PostFieldsAsync(page, $"{P}/admin/consultations/{id}?handler=section&culture=fr",
                ("Section.TitleAr", ar), ("Section.TitleFr", fr), ("Section.BodyAr", "نص المحور"), ("Section.BodyFr", "Texte de la partie **" + fr + "**")))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await admin.PostFieldsAsync(page, $"{P}/admin/consultations/{id}?handler=details&culture=fr",
            ("Details.TitleAr", "مشروع برنامج عمل الجماعة المنفتحة"), ("Details.TitleFr", "Projet de programme de la commune ouverte"),
            ("Details.SummaryFr", "Donnez votre avis sur chaque axe."), ("Details.Opens", At(TimeSpan.FromDays(-1))), ("Details.Closes", At(closesIn))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = Db();
        var sections = await db.Set<ConsultationSection>().Where(s => s.ConsultationId == id).OrderBy(s => s.Position).Select(s => s.Id).ToListAsync();
        return (id, slug, sections[0], sections[1]);
    }

    private static Task<HttpResponseMessage> CommentAsync(BrowserSession citizen, string slug, long sectionId, string body, long? parentId = null) =>
        citizen.PostFieldsAsync($"{P}/consultations/{slug}?culture=fr", $"{P}/consultations/{slug}?handler=comment&sectionId={sectionId}" + (parentId is null ? "" : $"&parentId={parentId}") + "&culture=fr", ("Body", body));

    private async Task<List<Contribution>> ContributionsAsync(long consultationId)
    {
        await using var db = Db();
        return await db.Set<Contribution>().AsNoTracking().Where(c => c.ConsultationId == consultationId).OrderBy(c => c.Id).ToListAsync();
    }

    [Fact]
    public async Task A_consultation_goes_from_draft_to_its_published_synthesis()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (amina, aminaUser) = await SignedInAsync();
        var (youssef, _) = await SignedInAsync();
        var (id, slug, first, second) = await OpenConsultationAsync(admin, TimeSpan.FromDays(10));

        // Comment, reply (its author is told), agree, report.
        (await CommentAsync(amina, slug, first, "Il faut plus de poubelles au marché central.\nEt un ramassage le dimanche.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var comment = (await ContributionsAsync(id)).Single();
        (await CommentAsync(youssef, slug, first, "D'accord, et des bacs de tri.", comment.Id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = $"{P}/consultations/{slug}?culture=fr";
        (await youssef.PostFieldsAsync(page, $"{P}/consultations/{slug}?handler=react&sectionId={first}&contributionId={comment.Id}&agree=true&culture=fr")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await youssef.PostFieldsAsync(page, $"{P}/consultations/{slug}?handler=react&sectionId={first}&contributionId={comment.Id}&agree=false&culture=fr")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PostFieldsAsync(page, $"{P}/consultations/{slug}?handler=react&sectionId={first}&contributionId={comment.Id}&agree=true&culture=fr")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var counted = (await ContributionsAsync(id)).First();
        (counted.Agree, counted.Disagree).ShouldBe((1, 1));
        (await youssef.PostFieldsAsync(page, $"{P}/consultations/{slug}?handler=report&sectionId={first}&contributionId={comment.Id}&culture=fr", ("Reason", "Hors sujet"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await youssef.PostFieldsAsync(page, $"{P}/consultations/{slug}?handler=report&sectionId={first}&contributionId={comment.Id}&culture=fr", ("Reason", "Encore"));
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).ShouldContain("déjà signalé");

        // A workshop: 39 participants, one contribution recorded on the second section.
        var workshops = $"{P}/admin/consultations/{id}/workshops?culture=fr";
        (await admin.PostFieldsAsync(workshops, $"{P}/admin/consultations/{id}/workshops?handler=workshop&culture=fr",
            ("title", "Réunion publique à la salle de la commune"), ("heldOn", LocalTime.Date(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("place", "Khouribga"), ("participants", "39")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        long workshopId;
        await using (var db = Db())
        {
            workshopId = (await db.Set<Workshop>().SingleAsync(w => w.ConsultationId == id)).Id;
        }

        (await admin.PostFieldsAsync(workshops, $"{P}/admin/consultations/{id}/workshops?handler=contribution&workshopId={workshopId}&culture=fr",
            ("sectionId", second.ToString(CultureInfo.InvariantCulture)), ("body", "Les participants demandent l'éclairage de l'avenue Hassan II.")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var text = await new BrowserSession(factory.Browser()).GetTextAsync(page);
        text.ShouldContain("Atelier en présentiel");
        text.ShouldContain("2 en ligne, 1 lors de 1 ateliers");
        text.ShouldContain("Et un ramassage le dimanche.");

        // Moderation hides the reply with a public reason; its text stays stored.
        var (moderator, _) = await SignedInAsync(CmsRoles.Moderator);
        var reply = (await ContributionsAsync(id))[1];
        (await moderator.PostFieldsAsync($"{P}/admin/consultations/moderation?culture=fr", $"{P}/admin/consultations/moderation?handler=hide&contributionId={reply.Id}&culture=fr", ("reason", "Propos répété")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        text = await new BrowserSession(factory.Browser()).GetTextAsync(page);
        text.ShouldContain("Masquée par la modération : Propos répété");
        text.ShouldNotContain("des bacs de tri");
        (await ContributionsAsync(id))[1].Body.ShouldBe("D'accord, et des bacs de tri.");

        // Contributions close: a comment is refused and nothing is stored.
        (await admin.PostFieldsAsync($"{P}/admin/consultations/{id}?culture=fr", $"{P}/admin/consultations/{id}?handler=details&culture=fr",
            ("Details.TitleFr", "Projet de programme de la commune ouverte"), ("Details.Opens", At(TimeSpan.FromDays(-2))), ("Details.Closes", At(TimeSpan.FromMinutes(-5)))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var late = await amina.PostFieldsAsync($"{P}/consultations/{slug}?culture=fr", $"{P}/consultations/{slug}?handler=comment&sectionId={first}&culture=fr", ("Body", "Trop tard ?"));
        late.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await late.Content.ReadAsStringAsync()).ShouldContain("n’est pas ouverte aux contributions");
        (await ContributionsAsync(id)).Count.ShouldBe(3);

        // The synthesis and the response on each section, published and told to the followers (the contributors).
        var edit = $"{P}/admin/consultations/{id}?culture=fr";
        (await admin.PostFieldsAsync(edit, $"{P}/admin/consultations/{id}?handler=synthesis&culture=fr",
            ("synthesisFr", "Nous avons reçu 2 contributions en ligne et 1 d'un atelier de 39 personnes."), ("synthesisAr", "توصلنا بمساهمتين عبر الإنترنت ومساهمة من ورشة حضرها 39 شخصا."),
            ($"responseFr-{first}", "Ajout d'un ramassage le dimanche au marché central."), ($"responseAr-{first}", "إضافة جمع النفايات يوم الأحد بالسوق المركزي."),
            ("publish", "true"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        text = await new BrowserSession(factory.Browser()).GetTextAsync(page);
        text.ShouldContain("Ajout d'un ramassage le dimanche");
        text.ShouldContain("atelier de 39 personnes");
        text.ShouldContain("Contributions par partie");

        // The report as open data once published: per section, both channels; the staff's Excel file is a workbook.
        var csv = await new BrowserSession(factory.Browser()).GetTextAsync($"{P}/consultations/{slug}?handler=report");
        csv.ShouldContain("section,title_ar,title_fr,online_contributions,workshop_contributions,replies,agree,disagree,hidden");
        csv.ShouldContain("1,النظافة والمحافظة على البيئة,Propreté et environnement,2,0,1,1,1,1");
        csv.ShouldContain("2,تأهيل المدينة,Mise à niveau de la ville,0,1,0,0,0,0");
        var xlsx = await admin.GetAsync($"{P}/admin/consultations/{id}/report?handler=xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await xlsx.Content.ReadAsByteArrayAsync())[..2].ShouldBe("PK"u8.ToArray());
        (await admin.GetTextAsync($"{P}/admin/consultations/{id}/report?culture=fr")).ShouldContain("Participants en ligne par province");
        await factory.Service<OutboxDispatcher>().DrainAsync();
        await using (var db = Db())
        {
            var kinds = await db.Set<Notification>().Where(n => n.UserId == aminaUser.Id).Select(n => n.Kind).ToListAsync();
            kinds.ShouldContain("consultation.reply");
            kinds.ShouldContain("consultation.synthesis");
        }
    }

    [Fact]
    public async Task Citizens_answer_the_survey_and_its_results_appear_with_the_synthesis()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (citizen, citizenUser) = await SignedInAsync();
        var (id, slug, _, _) = await OpenConsultationAsync(admin, TimeSpan.FromDays(10));
        var survey = $"{P}/admin/consultations/{id}/survey?culture=fr";
        async Task<HttpResponseMessage> AddAsync(params (string, string)[] fields) => await admin.PostFieldsAsync(survey, $"{P}/admin/consultations/{id}/survey?handler=add&culture=fr", fields);
        (await AddAsync(("Input.Kind", "SingleChoice"), ("Input.PromptFr", "Quel axe est prioritaire ?"), ("Input.OptionsAr", "النظافة\nالتواصل\nتأهيل المدينة"), ("Input.OptionsFr", "Propreté\nCommunication\nMise à niveau"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AddAsync(("Input.Kind", "Scale"), ("Input.PromptFr", "Le projet répond-il à vos attentes ?"), ("Input.ScaleMin", "1"), ("Input.ScaleMax", "5"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AddAsync(("Input.Kind", "Ranking"), ("Input.PromptFr", "Classez ces actions"), ("Input.OptionsFr", "Bacs\nÉclairage\nJardins"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AddAsync(("Input.Kind", "FreeText"), ("Input.PromptFr", "Autre chose ?"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // A question with one option, or options that do not match line by line, is refused.
        (await AddAsync(("Input.Kind", "SingleChoice"), ("Input.PromptFr", "?"), ("Input.OptionsFr", "Seule"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AddAsync(("Input.Kind", "SingleChoice"), ("Input.PromptFr", "?"), ("Input.OptionsAr", "أ\nب\nج"), ("Input.OptionsFr", "A\nB"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        List<SurveyQuestion> questions;
        await using (var db = Db())
        {
            questions = await db.Set<SurveyQuestion>().Where(q => q.ConsultationId == id).OrderBy(q => q.Position).ToListAsync();
        }

        questions.Select(q => q.Kind).ShouldBe([QuestionKind.SingleChoice, QuestionKind.Scale, QuestionKind.Ranking, QuestionKind.FreeText]);
        var (single, scale, ranking, text) = ($"q{questions[0].Id}", $"q{questions[1].Id}", $"q{questions[2].Id}", $"q{questions[3].Id}");
        var page = $"{P}/consultations/{slug}?culture=fr";
        var action = $"{P}/consultations/{slug}?handler=survey&culture=fr";
        async Task<int> AnswersAsync() { await using var db = Db(); return await db.Set<SurveyAnswer>().CountAsync(a => a.ConsultationId == id); }

        // Out of range, forged option, incomplete ranking: refused with the message next to the question; nothing stored, the answers given are shown again.
        var refused = await citizen.PostFieldsAsync(page, action, (single, "0"), (scale, "6"), ($"{ranking}-0", "1"), ($"{ranking}-1", "1"), ($"{ranking}-2", "2"), (text, "Des bancs"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await refused.Content.ReadAsStringAsync();
        body.ShouldContain("Choisissez une valeur de 1 à 5.");
        body.ShouldContain("Donnez à chaque option un rang différent");
        body.ShouldContain("Des bancs");
        (await citizen.PostFieldsAsync(page, action, (single, "7"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await citizen.PostFieldsAsync(page, action, (single, "0"), ("gender", "Robot"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await citizen.PostFieldsAsync(page, action, (single, "0"), ("ageBand", "1"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AnswersAsync()).ShouldBe(0);

        // Valid answers, any subset; sending again replaces them.
        (await citizen.PostFieldsAsync(page, action, (single, "0"), (scale, "4"), ($"{ranking}-0", "2"), ($"{ranking}-1", "1"), ($"{ranking}-2", "3"), (text, "Des bancs au jardin")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await citizen.PostFieldsAsync(page, action, (single, "2"), (scale, "5"), ($"{ranking}-0", "2"), ($"{ranking}-1", "1"), ($"{ranking}-2", "3"), (text, ""), ("gender", "Woman"), ("ageBand", "From25To34")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = Db())
        {
            var answers = await db.Set<SurveyAnswer>().Where(a => a.ConsultationId == id).ToDictionaryAsync(a => a.QuestionId, a => a.Value);
            answers.ShouldBe(new Dictionary<long, string> { [questions[0].Id] = "2", [questions[1].Id] = "5", [questions[2].Id] = "1,0,2" });
            (await db.Set<SurveyAnswer>().Where(a => a.ConsultationId == id).Select(a => a.UserId).Distinct().SingleAsync()).ShouldBe(citizenUser.Id);
        }

        (await citizen.GetTextAsync(page)).ShouldContain($"name=\"{scale}\" value=\"5\" checked=\"checked\"");

        // A question with answers stays; once closed nobody answers; the synthesis shows the results.
        (await admin.PostFieldsAsync(survey, $"{P}/admin/consultations/{id}/survey?handler=remove&questionId={questions[0].Id}&culture=fr")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostFieldsAsync(survey, $"{P}/admin/consultations/{id}/survey?handler=remove&questionId={questions[3].Id}&culture=fr")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetTextAsync(survey)).ShouldContain("Mise à niveau");
        await using (var db = Db())
        {
            var consultation = await db.Set<Consultation>().SingleAsync(c => c.Id == id);
            consultation.ClosesUtc = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        (await citizen.PostFieldsAsync(page, action, (single, "1"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AnswersAsync()).ShouldBe(3);
        await using (var db = Db())
        {
            var consultation = await db.Set<Consultation>().SingleAsync(c => c.Id == id);
            consultation.SynthesisPublishedUtc = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }

        var published = await new BrowserSession(factory.Browser()).GetTextAsync(page);
        published.ShouldContain("Le projet répond-il à vos attentes ?");
        published.ShouldContain("Moyenne 5.0, médiane 5");
        var report = await admin.GetTextAsync($"{P}/admin/consultations/{id}/report?culture=fr");
        report.ShouldContain("<tr><th scope=\"row\">Femmes</th><td>1</td></tr>");
        report.ShouldContain("<tr><th scope=\"row\">25 à 34 ans</th><td>1</td></tr>");
        report.ShouldContain("<tr><th scope=\"row\">Hommes</th><td>0</td></tr>");
        var csv = await new BrowserSession(factory.Browser()).GetTextAsync($"{P}/consultations/{slug}?handler=report&part=survey");
        csv.ShouldContain("question,kind,prompt_ar,prompt_fr,item,label_ar,label_fr,count,text");
        csv.ShouldContain("1,SingleChoice,,Quel axe est prioritaire ?,3,تأهيل المدينة,Mise à niveau,1,");
        csv.ShouldContain("2,Scale,,Le projet répond-il à vos attentes ?,5,5,5,1,");
        csv.ShouldContain("3,Ranking,,Classez ces actions,2,Éclairage,Éclairage,2,"); // first place of 3: 2 points
    }

    [Fact]
    public async Task Citizens_propose_and_support_ideas_by_axis_and_the_council_links_the_project_it_became()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (amina, aminaUser) = await SignedInAsync();
        var (youssef, _) = await SignedInAsync();
        var (id, slug, first, second) = await OpenConsultationAsync(admin, TimeSpan.FromDays(10));
        var ideasPage = $"{P}/consultations/{slug}/ideas?culture=fr";
        (await new BrowserSession(factory.Browser()).GetAsync(ideasPage)).StatusCode.ShouldBe(HttpStatusCode.NotFound); // not a co-creation yet
        await using (var db = Db())
        {
            (await db.Set<Consultation>().SingleAsync(c => c.Id == id)).CollectsIdeas = true;
            await db.SaveChangesAsync();
        }

        Task<HttpResponseMessage> ProposeAsync(BrowserSession who, long axis, string title) =>
            who.PostFieldsAsync(ideasPage, $"{P}/consultations/{slug}/ideas?handler=propose&culture=fr", ("Axis", axis.ToString(CultureInfo.InvariantCulture)), ("Title", title), ("Description", "Dans chaque quartier, près des écoles."));
        (await ProposeAsync(amina, first, "Des bacs de tri dans chaque quartier")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ProposeAsync(youssef, second, "Éclairer la rue des écoles")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ProposeAsync(youssef, 999_999, "Axe inventé")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProposeAsync(youssef, first, "")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        long ideaId;
        await using (var db = Db())
        {
            (await db.Set<Idea>().CountAsync(i => i.ConsultationId == id)).ShouldBe(2);
            ideaId = await db.Set<Idea>().Where(i => i.ConsultationId == id && i.SectionId == first).Select(i => i.Id).SingleAsync();
        }

        // Supports: once per person; a second tap withdraws it.
        Task<HttpResponseMessage> SupportAsync(BrowserSession who) => who.PostFieldsAsync(ideasPage, $"{P}/consultations/{slug}/ideas?handler=support&ideaId={ideaId}&culture=fr");
        (await SupportAsync(youssef)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SupportAsync(amina)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SupportAsync(amina)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SupportAsync(amina)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = Db())
        {
            (await db.Set<Idea>().Where(i => i.Id == ideaId).Select(i => i.Supports).SingleAsync()).ShouldBe(2);
            (await db.Set<IdeaSupport>().CountAsync(s => s.IdeaId == ideaId)).ShouldBe(2);
        }

        // The council answers; a link that is not a site page or https is refused; the author is told.
        var answer = $"{P}/admin/consultations/{id}/ideas?culture=fr";
        Task<HttpResponseMessage> AnswerAsync(string state, string url) => admin.PostFieldsAsync(answer, $"{P}/admin/consultations/{id}/ideas?handler=answer&ideaId={ideaId}&culture=fr",
            ("state", state), ("answerFr", "Retenue : 40 points de tri en 2027."), ("projectTitle", "Points de tri sélectif"), ("projectUrl", url));
        (await AnswerAsync("Implemented", "javascript:alert(1)")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AnswerAsync("Implemented", "//evil.example/x")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AnswerAsync("Implemented", "")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AnswerAsync("Submitted", "/budgets")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using (var db = Db())
        {
            (await db.Set<Idea>().Where(i => i.Id == ideaId).Select(i => i.AnsweredUtc).SingleAsync()).ShouldBeNull();
        }

        (await AnswerAsync("Implemented", "/budgets")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var text = await new BrowserSession(factory.Browser()).GetTextAsync(ideasPage);
        text.ShouldContain("Retenue : 40 points de tri en 2027.");
        text.ShouldContain($"href=\"{P}/budgets\"");
        text.ShouldContain("Devenue un projet");
        text.IndexOf("Des bacs de tri", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("Éclairer la rue", StringComparison.Ordinal));
        await factory.Service<OutboxDispatcher>().DrainAsync();
        await using (var db = Db())
        {
            (await db.Set<Notification>().Where(n => n.UserId == aminaUser.Id).Select(n => n.Kind).ToListAsync()).ShouldContain("consultation.idea-answered");
            var consultation = await db.Set<Consultation>().SingleAsync(c => c.Id == id);
            consultation.ClosesUtc = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        // Closed: no new idea, no support; the answers stay readable.
        (await ProposeAsync(amina, first, "Trop tard")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SupportAsync(amina)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await new BrowserSession(factory.Browser()).GetTextAsync(ideasPage)).ShouldContain("Points de tri sélectif");
    }

    [Fact]
    public async Task A_citizen_attaches_a_file_to_a_comment_and_an_oversized_or_forged_one_is_refused()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (citizen, _) = await SignedInAsync();
        var (id, slug, first, _) = await OpenConsultationAsync(admin, TimeSpan.FromDays(10));
        var page = $"{P}/consultations/{slug}?culture=fr";
        var action = $"{P}/consultations/{slug}?handler=comment&sectionId={first}&culture=fr";
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
        var png = new byte[MediaRules.MaxImageBytes + 1];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);

        var tooLarge = await citizen.PostMultipartAsync(page, action, new Dictionary<string, string> { ["Body"] = "Photo du dépôt sauvage" }, ("Attachment", "depot.png", png));
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLarge.Content.ReadAsStringAsync()).ShouldContain("Le fichier est trop volumineux");
        var forged = await citizen.PostMultipartAsync(page, action, new Dictionary<string, string> { ["Body"] = "Rapport" }, ("Attachment", "rapport.pdf", "MZ not a pdf at all"u8.ToArray()));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ContributionsAsync(id)).ShouldBeEmpty();
        await using (var db = Db())
        {
            (await db.Set<MediaItem>().CountAsync(m => m.FileName == "depot.png" || m.FileName == "rapport.pdf")).ShouldBe(0);
        }

        var posted = await citizen.PostMultipartAsync(page, action, new Dictionary<string, string> { ["Body"] = "Voir le plan joint des points de collecte." }, ("Attachment", "plan-collecte.pdf", pdf));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await posted.Content.ReadAsStringAsync()));
        var saved = (await ContributionsAsync(id)).Single();
        saved.AttachmentId.ShouldNotBeNull();
        var text = await new BrowserSession(factory.Browser()).GetTextAsync(page);
        text.ShouldContain("plan-collecte.pdf");

        // A comment refused (the section is withdrawn) keeps no file.
        (await admin.PostFieldsAsync($"{P}/admin/consultations/{id}?culture=fr", $"{P}/admin/consultations/{id}?handler=hide&sectionId={first}&culture=fr", ("reason", "Nouvelle version en préparation"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await citizen.PostMultipartAsync(page, action, new Dictionary<string, string> { ["Body"] = "Encore" }, ("Attachment", "autre.pdf", [.. pdf, (byte)'\n']));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using (var db = Db())
        {
            (await db.Set<MediaItem>().CountAsync(m => m.FileName == "autre.pdf")).ShouldBe(0);
        }

        (await ContributionsAsync(id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Anonymous_readers_are_served_from_the_page_cache_and_see_every_change_at_once()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (citizen, _) = await SignedInAsync();
        var (id, slug, first, _) = await OpenConsultationAsync(admin, TimeSpan.FromDays(10));
        var page = $"{P}/consultations/{slug}?culture=fr";
        var reader = new BrowserSession(factory.Browser());
        var fresh = await reader.GetAsync(page);
        fresh.Headers.Contains("Set-Cookie").ShouldBeFalse("a page that sets a cookie is never cached");
        (await fresh.Content.ReadAsStringAsync()).ShouldContain("Aucune contribution sur cette partie");
        (await reader.GetTextAsync(page)).ShouldContain("Aucune contribution sur cette partie"); // served from the cache

        (await CommentAsync(citizen, slug, first, "Des poubelles devant chaque école")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await reader.GetTextAsync(page)).ShouldContain("Des poubelles devant chaque école");
        var comment = (await ContributionsAsync(id)).Single();

        // Signed in: one link per contribution opens its report form; the form is rendered for that one only.
        var signedIn = await citizen.GetTextAsync(page);
        signedIn.ShouldContain($"report={comment.Id}#c-{comment.Id}");
        signedIn.ShouldNotContain($"id=\"reason-{comment.Id}\"");
        (await citizen.GetTextAsync($"{P}/consultations/{slug}?report={comment.Id}&culture=fr")).ShouldContain($"id=\"reason-{comment.Id}\"");
        (await admin.PostFieldsAsync($"{P}/admin/consultations/moderation?culture=fr", $"{P}/admin/consultations/moderation?handler=hide&contributionId={comment.Id}&culture=fr", ("reason", "Hors sujet")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await reader.GetTextAsync(page);
        after.ShouldNotContain("Des poubelles devant chaque école");
        after.ShouldContain("Hors sujet");

        // The report's files are not the page: another query, another entry.
        (await reader.GetAsync($"{P}/consultations/{slug}?handler=report")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // no synthesis yet
        (await reader.GetTextAsync(page)).ShouldContain("Hors sujet");
    }

    [Fact]
    public async Task A_long_thread_shows_its_first_replies_and_a_link_to_the_rest()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (citizen, _) = await SignedInAsync();
        var (id, slug, first, _) = await OpenConsultationAsync(admin, TimeSpan.FromDays(10));
        (await CommentAsync(citizen, slug, first, "Éclairer l'avenue Hassan II")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CommentAsync(citizen, slug, first, "Des bancs au jardin public")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (lighting, benches) = ((await ContributionsAsync(id))[0], (await ContributionsAsync(id))[1]);
        for (var i = 1; i <= 5; i++)
        {
            (await CommentAsync(citizen, slug, first, $"Réponse numéro {i} sur l'éclairage", lighting.Id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await CommentAsync(citizen, slug, first, "Réponse sur les bancs", benches.Id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var reader in new[] { new BrowserSession(factory.Browser()), citizen })
        {
            var page = await reader.GetTextAsync($"{P}/consultations/{slug}?culture=fr");
            page.ShouldContain("Réponse numéro 3 sur l");
            page.ShouldNotContain("Réponse numéro 4 sur l");
            page.ShouldContain("Réponse sur les bancs");
            page.ShouldContain($"href=\"?thread={lighting.Id}#c-{lighting.Id}\"");
            page.ShouldContain("Voir les 5 réponses");
            page.ShouldNotContain($"thread={benches.Id}");

            var thread = await reader.GetTextAsync($"{P}/consultations/{slug}?thread={lighting.Id}&culture=fr");
            thread.ShouldContain("Réponse numéro 5 sur l");
            thread.ShouldNotContain("Voir les 5 réponses");

            // A thread of another consultation, or a forged id, opens nothing.
            (await reader.GetTextAsync($"{P}/consultations/{slug}?thread=987654321&culture=fr")).ShouldNotContain("Réponse numéro 4 sur l");
        }

        // Signed in, the page carries two reaction forms (agree, disagree), whatever the number of contributions.
        var signedIn = await citizen.GetTextAsync($"{P}/consultations/{slug}?culture=fr");
        signedIn.ShouldContain($"form=\"agree\" name=\"contributionId\" value=\"{benches.Id}\"");
        System.Text.RegularExpressions.Regex.Count(signedIn, " action=\"\\?handler=react").ShouldBe(2);
        var refused = await citizen.PostFieldsAsync($"{P}/consultations/{slug}?culture=fr", $"{P}/consultations/{slug}?handler=react&agree=true&culture=fr", ("contributionId", "987654321"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("role=\"alert\"");
        var agreed = await citizen.PostFieldsAsync($"{P}/consultations/{slug}?culture=fr", $"{P}/consultations/{slug}?handler=react&agree=true&culture=fr", ("contributionId", benches.Id.ToString(CultureInfo.InvariantCulture)));
        agreed.Headers.Location!.OriginalString.ShouldEndWith($"#c-{benches.Id}");

        // From an opened thread, the reader comes back to it.
        var inThread = await citizen.PostFieldsAsync($"{P}/consultations/{slug}?culture=fr", $"{P}/consultations/{slug}?handler=react&agree=false&thread={lighting.Id}&culture=fr", ("contributionId", lighting.Id.ToString(CultureInfo.InvariantCulture)));
        inThread.Headers.Location!.OriginalString.ShouldEndWith($"?thread={lighting.Id}#c-{lighting.Id}");
        (await citizen.GetTextAsync($"{P}/consultations/{slug}?thread={lighting.Id}&culture=fr")).ShouldContain($"action=\"?thread={lighting.Id}&amp;handler=react&amp;agree=true\"");
        (await ContributionsAsync(id)).Single(c => c.Id == benches.Id).Agree.ShouldBe(1);
    }

    [Fact]
    public async Task Bad_contributions_are_refused_and_store_nothing()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var (citizen, _) = await SignedInAsync();
        var (id, slug, first, second) = await OpenConsultationAsync(admin, TimeSpan.FromDays(10));

        // A script is stored and shown as text, never run.
        (await CommentAsync(citizen, slug, first, "<script>alert('x')</script> Avis")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await new BrowserSession(factory.Browser()).GetTextAsync($"{P}/consultations/{slug}?culture=fr");
        page.ShouldNotContain("<script>alert");
        page.ShouldContain("&lt;script&gt;alert");

        // Too long, empty, hidden characters, a section of nothing, a reply to another section's comment.
        (await CommentAsync(citizen, slug, first, new string('x', Contribution.MaxBodyLength + 1))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CommentAsync(citizen, slug, first, "   ")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CommentAsync(citizen, slug, first, "abc\u202Edef")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CommentAsync(citizen, slug, 999_999_999, "Section inconnue")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var top = (await ContributionsAsync(id)).Single();
        (await CommentAsync(citizen, slug, second, "Réponse égarée", top.Id)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A section withdrawn from comment.
        (await admin.PostFieldsAsync($"{P}/admin/consultations/{id}?culture=fr", $"{P}/admin/consultations/{id}?handler=hide&sectionId={second}&culture=fr", ("reason", "Remplacée par une nouvelle version")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var hidden = await CommentAsync(citizen, slug, second, "Sur la partie retirée");
        hidden.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await hidden.Content.ReadAsStringAsync()).ShouldContain("retirée");

        // Another tenant's consultation through this tenant's address.
        var forged = await citizen.PostFieldsAsync($"{P}/consultations/{slug}?culture=fr", $"/azilal/consultations/{slug}?handler=comment&sectionId={first}&culture=fr", ("Body", "Ailleurs"));
        forged.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ContributionsAsync(id)).Count.ShouldBe(1);

        // A consultation still in preparation is not public.
        var draft = await admin.SubmitAsync($"{P}/admin/consultations?culture=fr", new Dictionary<string, string> { ["TitleFr"] = "Brouillon", ["Slug"] = "brouillon-" + Guid.NewGuid().ToString("N")[..6] });
        var draftSlug = (await Db().Set<Consultation>().OrderByDescending(c => c.Id).FirstAsync()).Slug;
        draft.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await citizen.GetAsync($"{P}/consultations/{draftSlug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteConsultationTests(SqliteOutboxFactory factory) : ConsultationTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresConsultationTests(PostgresOutboxFactory factory) : ConsultationTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
