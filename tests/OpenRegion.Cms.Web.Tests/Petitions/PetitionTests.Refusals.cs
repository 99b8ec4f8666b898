using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Petitions;

public abstract partial class PetitionTests<TFactory>
{
    [Fact]
    public async Task An_association_founded_two_years_ago_cannot_file()
    {
        const string P = "/beni-mellal";
        var (filer, user) = await SignedInAsync();
        var founded = DateTime.UtcNow.AddYears(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>(CitizensPetition("Créer une piste cyclable sur l'avenue Mohammed V"))
        {
            ["Input.Filer"] = "Association", ["Input.AssociationName"] = "Association Tadla pour l'environnement", ["Input.FoundedOn"] = founded,
            ["Input.Members"] = "45", ["Input.SeatInTerritory"] = "true", ["Input.GoodStanding"] = "true", ["Input.DemocraticStatutes"] = "true", ["Input.ActivityLinked"] = "true",
        };
        var refused = await FileAsync(filer, P, fields, ("declaration-receipt", "recepisse.pdf", Pdf), ("statutes", "statuts.pdf", Pdf));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextOf(refused)).ShouldContain("plus de 3 ans");
        await using (var db = Db("beni-mellal"))
        {
            (await db.Set<Petition>().AnyAsync(p => p.FilerUserId == user.Id)).ShouldBeFalse();
        }

        // Four years old, with its documents: filed as a draft.
        fields["Input.FoundedOn"] = DateTime.UtcNow.AddYears(-4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filed = await FileAsync(filer, P, fields, ("declaration-receipt", "recepisse.pdf", Pdf), ("statutes", "statuts.pdf", Pdf));
        filed.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await TextOf(filed)));
        await using (var db = Db("beni-mellal"))
        {
            var petition = await db.Set<Petition>().SingleAsync(p => p.FilerUserId == user.Id);
            petition.State.ShouldBe(PetitionState.Draft);
            petition.AssociationName.ShouldBe("Association Tadla pour l'environnement");
            petition.AttachmentsJson.ShouldContain("statutes");
        }
    }

    [Fact]
    public async Task A_region_petition_short_in_one_province_cannot_be_deposited()
    {
        const string tenant = "region";
        var (filer, _) = await SignedInAsync();
        var id = await OpenPetitionAsync(filer, "", "Créer une ligne de bus entre Azilal et Béni Mellal");

        // 400 signatures for 2,525,801 inhabitants, at least 20 from each of the 5 provinces: 400 are in, but only 19 from Khénifra.
        var provinces = new[] { "province-beni-mellal", "province-azilal", "province-fquih-ben-salah", "province-khouribga", "province-khenifra" };
        await AddSignaturesAsync(tenant, id, [("province-beni-mellal", 200), ("province-azilal", 101), ("province-fquih-ben-salah", 40), ("province-khouribga", 40), ("province-khenifra", 19)]);
        var page = await filer.GetTextAsync($"/petitions/{id}?culture=fr");
        page.ShouldContain("Province de Khénifra");
        var refused = await DepositAsync(filer, "", id);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await TextOf(refused);
        text.ShouldContain("au moins 20 signatures");
        text.ShouldContain("Province de Khénifra : 19 sur 20");
        (await PetitionAsync(tenant, id)).State.ShouldBe(PetitionState.Collecting);

        await AddSignaturesAsync(tenant, id, [("province-khenifra", 1)]);
        (await DepositAsync(filer, "", id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var petition = await PetitionAsync(tenant, id);
        petition.State.ShouldBe(PetitionState.Deposited);
        petition.RequiredSignatures.ShouldBe(400);
        petition.SignatureCount.ShouldBe(401);
        provinces.Length.ShouldBe(5);
    }

    [Fact]
    public async Task Bad_input_is_refused_and_stores_nothing()
    {
        const string P = "/beni-mellal";
        var (admin, _) = await SignedInAsync("beni-mellal", CmsRoles.TenantAdmin);
        var (filer, user) = await SignedInAsync();

        // An attachment that is not a PDF or a photo, and one whose content lies about its type.
        var fields = CitizensPetition();
        var exe = await FileAsync(filer, P, fields, ("supporting", "programme.exe", [0x4D, 0x5A, 0x90, 0x00]));
        exe.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var fake = await FileAsync(filer, P, fields, ("supporting", "photo.pdf", "not a pdf at all"u8.ToArray()));
        fake.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var empty = await FileAsync(filer, P, new Dictionary<string, string>(fields) { ["Input.Title"] = " ", ["Input.Reasons"] = "a\u202Eb" });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using (var db = Db("beni-mellal"))
        {
            (await db.Set<Petition>().AnyAsync(p => p.FilerUserId == user.Id)).ShouldBeFalse();
        }

        // A roll with bad lines: each is reported, none is imported.
        var before = await RollCountAsync("beni-mellal");
        var card = NewCard();
        var bad = await ImportRollAsync(admin, P, $"{card},1980-01-01,beni-mellal\nXYZ,1980-01-01,beni-mellal\n{NewCard()},31/02/1980,beni-mellal\n{NewCard()},1980-01-01,Casablanca\n{card},1981-01-01,beni-mellal\n");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var report = await TextOf(bad);
        report.ShouldContain("4 lignes");
        report.ShouldContain("XYZ");
        report.ShouldContain("Casablanca");
        (await RollCountAsync("beni-mellal")).ShouldBe(before);

        // Another tenant's petition through this tenant's address, a draft seen by someone else, a forged id.
        var azilalId = await OpenPetitionAsync(filer, "/azilal", "Éclairer la route de Demnate");
        (await filer.GetAsync($"{P}/petitions/{azilalId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ForgedSignAsync(filer, P, azilalId)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SignatureRowsAsync("azilal", azilalId)).ShouldBe(0);
        var draft = await FileAsync(filer, P, CitizensPetition("Brouillon privé"));
        var draftId = long.Parse(draft.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var (other, _) = await SignedInAsync();
        (await other.GetAsync($"{P}/petitions/{draftId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"{P}/petitions/file?id={draftId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"{P}/petitions/999999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A petition of this tenant that is still a draft cannot be signed, even by a verified resident.
        var resident = NewCard();
        (await ImportRollAsync(admin, P, $"{resident},1992-09-09,beni-mellal\n")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await VerifyAsync(other, P, resident, "1992-09-09")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ForgedSignAsync(other, P, draftId)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A resident of Azilal cannot sign a Béni Mellal petition unless they work there.
        var openId = await OpenPetitionAsync(filer, P, "Rénover le marché couvert");
        var (outsider, outsiderUser) = await SignedInAsync();
        var outsiderCard = NewCard();
        (await ImportRollAsync(admin, P, $"{outsiderCard},1988-03-03,beni-mellal\n")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await VerifyAsync(outsider, P, outsiderCard, "1988-03-03")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = Db("beni-mellal"))
        {
            await db.Set<CmsUser>().Where(u => u.Id == outsiderUser.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.ResidenceTenantId, "azilal"));
        }

        var notResident = await SignAsync(outsider, P, openId);
        notResident.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextOf(notResident)).ShouldContain("activité");
        (await SignAsync(outsider, P, openId, activityCommune: "beni-mellal")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = Db("beni-mellal"))
        {
            (await db.Set<PetitionSignature>().SingleAsync(s => s.PetitionId == openId)).Basis.ShouldBe(SignatureBasis.Activity);
        }
    }

    /// <summary>A signature posted to a petition the signer cannot see (the token taken from another form of the site).</summary>
    private static Task<HttpResponseMessage> ForgedSignAsync(BrowserSession signer, string prefix, long id) =>
        signer.PostFieldsAsync($"{prefix}/petitions/file?culture=fr", $"{prefix}/petitions/{id}?handler=sign&culture=fr", ("DirectInterest", "true"));

    private async Task<int> RollCountAsync(string tenant)
    {
        await using var db = Db(tenant);
        return await db.Set<ElectoralRollEntry>().CountAsync();
    }

    /// <summary>Signatures as many residents would leave them (the count kept with them, as signing does).</summary>
    private async Task AddSignaturesAsync(string tenant, long id, IEnumerable<(string Province, int Count)> provinces)
    {
        await using var db = Db(tenant);
        var total = 0;
        foreach (var (province, count) in provinces)
        {
            for (var i = 0; i < count; i++)
            {
                db.Set<PetitionSignature>().Add(new PetitionSignature
                {
                    PetitionId = id, SignerKey = Guid.NewGuid().ToString("N"), SignerName = "Signataire " + i.ToString(CultureInfo.InvariantCulture),
                    CommuneTenantId = province, ProvinceTenantId = province, Basis = SignatureBasis.Resident, Channel = SignatureChannel.Paper, SignedUtc = DateTimeOffset.UtcNow,
                });
            }

            total += count;
        }

        await db.SaveChangesAsync();
        await db.Set<Petition>().Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.SignatureCount, p => p.SignatureCount + total));
    }
}
