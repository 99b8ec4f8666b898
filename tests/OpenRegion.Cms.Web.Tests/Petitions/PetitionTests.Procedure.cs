using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Petitions;

public abstract partial class PetitionTests<TFactory>
{
    [Fact]
    public async Task A_commune_petition_goes_from_draft_to_deliberation()
    {
        const string tenant = "azilal";
        const string P = "/" + tenant;
        var (admin, _) = await SignedInAsync(tenant, CmsRoles.TenantAdmin);
        var (clerk, _) = await SignedInAsync(tenant, CmsRoles.Staff);
        var (filer, _) = await SignedInAsync();
        var (first, firstUser) = await SignedInAsync();
        var (second, _) = await SignedInAsync();
        var (late, _) = await SignedInAsync();
        var (cards, births) = (new[] { NewCard(), NewCard(), NewCard(), NewCard() }, new[] { "1984-02-11", "12/07/1990", "1979-10-30", "2001-01-05" });

        // The roll: card, birth date and commune (by id, by name without "Commune de").
        var imported = await ImportRollAsync(admin, P, "cnie,date_naissance,commune\n"
            + $"{cards[0]},{births[0]},azilal\n{cards[1]};{births[1]};Azilal\n{cards[2]},{births[2]},azilal\n{cards[3]},{births[3]},azilal\n");
        imported.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await TextOf(imported)));

        // The law's threshold for a commune of 30,324 inhabitants is shown; the council sets 3 for this test.
        (await admin.GetTextAsync($"{P}/admin/petitions?culture=fr")).ShouldContain("placeholder=\"100\"");
        (await SetThresholdAsync(admin, P, 3)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var id = await OpenPetitionAsync(filer, P);
        (await PetitionAsync(tenant, id)).State.ShouldBe(PetitionState.Collecting);

        // An unverified citizen is told to verify first; a wrong birth date does not verify.
        (await first.GetTextAsync($"{P}/petitions/{id}?culture=fr")).ShouldContain("Vérifier mon identité");
        var wrong = await VerifyAsync(first, P, cards[0], "1984-02-12");
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextOf(wrong)).ShouldContain("Aucune ligne");
        (await VerifyAsync(first, P, cards[0].ToLowerInvariant(), births[0])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SignAsync(first, P, id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Each person signs once: again online, or on paper with the same card.
        var again = await SignAsync(first, P, id);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextOf(again)).ShouldContain("déjà signé");
        var paperDuplicate = await PaperAsync(clerk, P, id, "Ahmed Ait Ali", cards[0], tenant);
        paperDuplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextOf(paperDuplicate)).ShouldContain("a déjà signé");
        (await PaperAsync(clerk, P, id, "Khadija Ouhmad", cards[2], tenant)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SignatureRowsAsync(tenant, id)).ShouldBe(2);
        (await PetitionAsync(tenant, id)).SignatureCount.ShouldBe(2);

        // Two of three: the deposit is refused and says why.
        var early = await DepositAsync(filer, P, id);
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextOf(early)).ShouldContain("2 signatures");
        (await PetitionAsync(tenant, id)).State.ShouldBe(PetitionState.Collecting);

        (await VerifyAsync(second, P, cards[1], "1990-07-12")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SignAsync(second, P, id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var deposited = await DepositAsync(filer, P, id);
        deposited.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await TextOf(deposited)));
        var petition = await PetitionAsync(tenant, id);
        petition.State.ShouldBe(PetitionState.Deposited);
        petition.ReceiptNumber!.ShouldMatch(@"^\d{4}-\d{4}$");
        petition.RequiredSignatures.ShouldBe(3);
        (await filer.GetTextAsync($"{P}/petitions/{id}?culture=fr")).ShouldContain(petition.ReceiptNumber!);

        // The bureau's deadline: a reasoned rejection notice within 3 months for a commune.
        await using (var db = Db(tenant))
        {
            var deadline = await db.Set<Deadline>().SingleAsync(d => d.Key == $"petition:{id}:notice");
            LocalTime.Date(deadline.DueUtc).ShouldBe(LocalTime.Date(petition.DepositedUtc!.Value).AddMonths(3));
            deadline.CompletedUtc.ShouldBeNull();
        }

        // Signatures are closed once deposited.
        (await VerifyAsync(late, P, cards[3], births[3])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var closed = await SignAsync(late, P, id);
        closed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SignatureRowsAsync(tenant, id)).ShouldBe(3);

        // Accepting needs every condition checked and a session date.
        var review = $"{P}/admin/petitions/{id}?culture=fr";
        var unchecked_ = await admin.PostFieldsAsync(review, $"{P}/admin/petitions/{id}?handler=accept&culture=fr", ("Met", "competence"), ("Session", "2027-02-01"));
        unchecked_.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PetitionAsync(tenant, id)).State.ShouldBe(PetitionState.Deposited);
        var session = LocalTime.Date(DateTimeOffset.UtcNow).AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var accepted = await admin.PostFieldsAsync(review, $"{P}/admin/petitions/{id}?handler=accept&culture=fr",
            ("Met", "competence"), ("Met", "constants"), ("Met", "form"), ("Met", "proxy"), ("Met", "signers"), ("Met", "threshold"), ("Session", session));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await TextOf(accepted)));
        (await PetitionAsync(tenant, id)).State.ShouldBe(PetitionState.Accepted);
        await using (var db = Db(tenant))
        {
            (await db.Set<Deadline>().SingleAsync(d => d.Key == $"petition:{id}:notice")).CompletedUtc.ShouldNotBeNull();
        }

        // A move the procedure does not allow is refused: deliberating before the committee.
        var skipped = await admin.PostFieldsAsync(review, $"{P}/admin/petitions/{id}?handler=deliberation&culture=fr", ("Adopted", "true"), ("Deliberation", "Adopté"));
        skipped.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostFieldsAsync(review, $"{P}/admin/petitions/{id}?handler=committee&culture=fr", ("Committee", "Commission de l'urbanisme et de l'environnement")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PostFieldsAsync(review, $"{P}/admin/petitions/{id}?handler=deliberation&culture=fr",
            ("Adopted", "true"), ("Deliberation", "Le conseil approuve l'étude d'un parc de proximité au quartier Ouled Hamdan.")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        petition = await PetitionAsync(tenant, id);
        petition.State.ShouldBe(PetitionState.Deliberated);
        petition.Adopted.ShouldBe(true);

        // The public page tells the whole story; signers were told of each step.
        var page = await new BrowserSession(factory.Browser()).GetTextAsync($"{P}/petitions/{id}?culture=fr");
        page.ShouldContain("Commission de l&#x27;urbanisme");
        page.ShouldContain("Le conseil a adopté");
        page.ShouldNotContain("Fatima Zahra"); // the proxy's name is for the council, not the public
        await factory.Service<OutboxDispatcher>().DrainAsync();
        await using (var db = Db(tenant))
        {
            var titles = await db.Set<Notification>().Where(n => n.UserId == firstUser.Id).Select(n => n.Title).ToListAsync();
            titles.ShouldContain(t => t.Contains("Pétition déposée") || t.Contains("أودعت العريضة"));
            titles.Count.ShouldBeGreaterThanOrEqualTo(4); // deposited, accepted, committee, deliberated
        }

        // Open data: counts and dates, never a signer.
        var csv = await new BrowserSession(factory.Browser()).GetTextAsync($"{P}/petitions/open-data.csv");
        csv.ShouldContain(petition.ReceiptNumber!);
        csv.ShouldNotContain("Khadija");
        csv.ShouldNotContain("Fatima");
    }

    [Fact]
    public async Task A_rejection_sends_the_reasoned_notice_to_the_proxy()
    {
        const string tenant = "khouribga";
        const string P = "/" + tenant;
        var (admin, _) = await SignedInAsync(tenant, CmsRoles.TenantAdmin);
        var (filer, filerUser) = await SignedInAsync();
        var (signer, _) = await SignedInAsync();
        var card = NewCard();
        (await ImportRollAsync(admin, P, $"{card},1975-05-05,khouribga\n")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SetThresholdAsync(admin, P, 1)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await OpenPetitionAsync(filer, P, "Modifier le tracé de la route nationale");
        (await VerifyAsync(signer, P, card, "1975-05-05")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SignAsync(signer, P, id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DepositAsync(filer, P, id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var review = $"{P}/admin/petitions/{id}?culture=fr";
        var noReasons = await admin.PostFieldsAsync(review, $"{P}/admin/petitions/{id}?handler=reject&culture=fr", ("Met", "form"), ("Reasons", "  "));
        noReasons.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PetitionAsync(tenant, id)).State.ShouldBe(PetitionState.Deposited);
        (await admin.PostFieldsAsync(review, $"{P}/admin/petitions/{id}?handler=reject&culture=fr", ("Met", "form"), ("Met", "constants"),
            ("Reasons", "Les routes nationales relèvent de l'État, pas du conseil communal."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var petition = await PetitionAsync(tenant, id);
        petition.State.ShouldBe(PetitionState.Rejected);
        petition.DecisionReasons!.ShouldContain("relèvent de l'État");
        petition.DecisionReasons!.ShouldContain("compétences du conseil"); // the unchecked condition is named

        await factory.Service<OutboxDispatcher>().DrainAsync();
        await using var db = Db(tenant);
        var notice = await db.Set<Notification>().Where(n => n.UserId == filerUser.Id && n.Kind == "petition.notice").SingleAsync();
        notice.Body.ShouldContain("relèvent de l'État");
        (await db.Set<Deadline>().SingleAsync(d => d.Key == $"petition:{id}:notice")).CompletedUtc.ShouldNotBeNull();
    }
}
