using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.OpenData;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Transparency;

/// <summary>
/// The publication catalogue and the citizen budget through HTTP on a real database: staff publish, correct and withdraw
/// documents; the seven financial statement tables close their deadline; readers filter and search; the Atom feed,
/// CSV, JSON and the API (checked against its own OpenAPI document) give the same rows back; a citizen budget is loaded
/// from a file (bad files change nothing), published and read back as open data.
/// </summary>
public abstract class PublicationTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "region";

    private static byte[] Pdf => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid():N}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private static DateOnly Today => LocalTime.Date(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private CmsDbContext Db(string tenant = Tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    private async Task<BrowserSession> StaffAsync()
    {
        var user = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.Staff);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password);
        return session;
    }

    private static Dictionary<string, string> Fields(string titleFr, string category, string? table = null, int? year = null, string? act = null, string? titleAr = null) => new()
    {
        ["Input.Category"] = category, ["Input.Table"] = table ?? "", ["Input.TitleFr"] = titleFr, ["Input.TitleAr"] = titleAr ?? "",
        ["Input.SummaryFr"] = "Tableau publié en application du décret 2-17-288.", ["Input.PeriodFrom"] = $"{year ?? Today.Year}-01-01", ["Input.PeriodTo"] = $"{year ?? Today.Year}-12-31",
        ["Input.ActOn"] = act ?? "", ["Input.Language"] = "ArabicAndFrench",
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Financial_statements_are_published_found_and_read_back_as_open_data()
    {
        var staff = await StaffAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var year = Today.Year + 1; // the demo's budget of next year was approved 50 days ago, five of its seven tables published
        await using var db = Db();
        var before = await db.Set<Publication>().CountAsync();
        (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Key == Publication.StatementsDeadlineKey(year))).CompletedUtc.ShouldBeNull();
        Task<HttpResponseMessage> Publish(Dictionary<string, string> fields, params (string, string, byte[])[] files) =>
            staff.PostMultipartAsync("/admin/publications?culture=fr", "/admin/publications?culture=fr", fields, files);

        // Bad input: nothing recorded, every problem named.
        var empty = await Publish(new Dictionary<string, string> { ["Input.Language"] = "French" });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var emptyPage = await empty.Content.ReadAsStringAsync();
        emptyPage.ShouldContain("Choisissez la catégorie.");
        emptyPage.ShouldContain("Veuillez remplir : Début de la période.");
        var executable = await Publish(Fields("Comptes " + tag, "Reports"), ("document", "comptes.exe", Encoding.ASCII.GetBytes("MZ\u0090\0binary")));
        executable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await executable.Content.ReadAsStringAsync()).ShouldContain("comptes.exe");
        var noTable = await Publish(Fields("Comptes spéciaux " + tag, "FinancialStatements", year: year), ("document", "comptes-speciaux.pdf", Pdf));
        noTable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noTable.Content.ReadAsStringAsync()).ShouldContain("lequel des sept tableaux");
        var both = await Publish(new Dictionary<string, string>(Fields("Lien " + tag, "Reports")) { ["Input.Url"] = "https://www.cg.gov.ma/fr" }, ("document", "lien.pdf", Pdf));
        both.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var plainHttp = await Publish(new Dictionary<string, string>(Fields("Lien " + tag, "Reports")) { ["Input.Url"] = "http://www.cg.gov.ma/fr" });
        plainHttp.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await plainHttp.Content.ReadAsStringAsync()).ShouldContain("https://");
        (await db.Set<Publication>().CountAsync()).ShouldBe(before);

        // The sixth and seventh tables: the year is complete and its deadline closes.
        var sixth = await Publish(Fields("Comptes spéciaux " + tag, "FinancialStatements", "SpecialAccounts", year, titleAr: "الحسابات الخصوصية " + tag), ("document", "comptes-speciaux.pdf", Pdf));
        sixth.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await sixth.Content.ReadAsStringAsync()));
        (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Key == Publication.StatementsDeadlineKey(year))).CompletedUtc.ShouldBeNull();
        (await Publish(Fields("Budgets annexes " + tag, "FinancialStatements", "AnnexedBudgets", year), ("document", "budgets-annexes.pdf", Pdf))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Key == Publication.StatementsDeadlineKey(year))).CompletedUtc.ShouldNotBeNull();
        var link = await Publish(new Dictionary<string, string>(Fields("Textes des collectivités " + tag, "Organisation")) { ["Input.Url"] = "https://www.collectivites-territoriales.gov.ma/fr" });
        link.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ours = await db.Set<Publication>().AsNoTracking().Where(p => p.TitleFr.EndsWith(tag)).OrderBy(p => p.Id).ToListAsync();
        ours.Select(p => (p.Category, p.Table, p.Format)).ShouldBe(
            [(PublicationCategory.FinancialStatements, FinancialTable.SpecialAccounts, "PDF"), (PublicationCategory.FinancialStatements, FinancialTable.AnnexedBudgets, "PDF"), (PublicationCategory.Organisation, null, "HTML")]);
        var id = ours[0].Id;

        // Readers: the catalogue, its filters and search (Arabic words too), the state of the year's statements.
        var reader = new BrowserSession(factory.Browser());
        var catalogue = await reader.GetTextAsync($"/publications?q={tag}&culture=fr");
        catalogue.ShouldContain("Comptes spéciaux " + tag);
        catalogue.ShouldContain("Documents trouvés : 3");
        (await reader.GetTextAsync($"/publications?q={tag}&category=Budget&culture=fr")).ShouldContain("Aucun document ne correspond.");
        (await reader.GetTextAsync($"/publications?q={tag}&category=FinancialStatements&year={year}&culture=fr")).ShouldContain("Documents trouvés : 2");
        (await reader.GetTextAsync($"/publications?q={Uri.EscapeDataString("الحسابات الخصوصيّة " + tag)}&culture=ar")).ShouldContain("الحسابات الخصوصية " + tag);
        (await reader.GetTextAsync($"/publications?q={Uri.EscapeDataString("COMPTES SPECIAUX " + tag)}&culture=fr")).ShouldContain("Documents trouvés : 1");
        var whole = await reader.GetTextAsync($"/publications?culture=fr");
        whole.ShouldContain($"Exercice {year} · 7 tableaux sur 7 publiés");

        // The Atom feed, CSV and JSON give the same publication.
        var feed = XDocument.Parse(await reader.GetTextAsync("/publications/feed.atom?culture=fr"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "title")!.Value == "Comptes spéciaux " + tag);
        entry.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value.ShouldContain($"/publications/{id}");
        entry.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure").Attribute("type")!.Value.ShouldBe("application/pdf");
        var csv = (await reader.GetTextAsync($"/publications/catalogue.csv?q={tag}")).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = SafeCsv.SplitLine(csv[0]);
        csv.Length.ShouldBe(4);
        var row = csv.Skip(1).Select(SafeCsv.SplitLine).Single(r => r[header.IndexOf("id")] == id.ToString(CultureInfo.InvariantCulture));
        row[header.IndexOf("category")].ShouldBe("FinancialStatements");
        row[header.IndexOf("table")].ShouldBe("SpecialAccounts");
        row[header.IndexOf("period_from")].ShouldBe($"{year}-01-01");
        row[header.IndexOf("language")].ShouldBe("ar,fr");
        row[header.IndexOf("format")].ShouldBe("PDF");
        var json = await JsonAsync(await reader.GetAsync($"/publications/catalogue.json?q={tag}&category=Organisation"));
        json.GetArrayLength().ShouldBe(1);
        json[0].GetProperty("url").GetString().ShouldBe("https://www.collectivites-territoriales.gov.ma/fr");

        // The API, checked against its OpenAPI document: every path answers with the properties its schema requires.
        var api = await JsonAsync(await reader.GetAsync($"/api/transparency/publications?q={tag}"));
        api.GetProperty("total").GetInt32().ShouldBe(3);
        (await JsonAsync(await reader.GetAsync($"/api/transparency/publications/{id}"))).GetProperty("title_ar").GetString().ShouldBe("الحسابات الخصوصية " + tag);
        (await reader.GetAsync("/api/transparency/publications/999999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var openapi = await JsonAsync(await reader.GetAsync("/api/transparency/openapi.json"));
        openapi.GetProperty("openapi").GetString().ShouldBe("3.1.0");
        var schemas = openapi.GetProperty("components").GetProperty("schemas");
        foreach (var path in openapi.GetProperty("paths").EnumerateObject())
        {
            var url = path.Name.Replace("{id}", id.ToString(CultureInfo.InvariantCulture)).Replace("{year}", (Today.Year + 1).ToString(CultureInfo.InvariantCulture));
            var answer = await JsonAsync(await reader.GetAsync(url));
            var schema = path.Value.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            if (schema.TryGetProperty("items", out var items))
            {
                answer.ValueKind.ShouldBe(JsonValueKind.Array);
                (schema, answer) = (items, answer.GetArrayLength() > 0 ? answer[0] : default);
            }

            if (answer.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var name = schema.GetProperty("$ref").GetString()!.Split('/').Last();
            foreach (var required in schemas.GetProperty(name).GetProperty("required").EnumerateArray())
            {
                answer.TryGetProperty(required.GetString()!, out _).ShouldBeTrue($"{path.Name}: {required}");
            }
        }

        // Withdrawal: a reason is needed; the page says when and why; the lists, the feed and the API drop it; the year's deadline opens again.
        var noReason = await staff.PostFieldsAsync($"/admin/publications/{id}?culture=fr", $"/admin/publications/{id}?handler=withdraw&culture=fr", ("Revision", "0"), ("Reason", ""));
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Donnez le motif du retrait du document.");
        var stale = await staff.PostFieldsAsync($"/admin/publications/{id}?culture=fr", $"/admin/publications/{id}?handler=withdraw&culture=fr", ("Revision", "7"), ("Reason", "Erreur"));
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostFieldsAsync($"/admin/publications/{id}?culture=fr", $"/admin/publications/{id}?handler=withdraw&culture=fr", ("Revision", "0"), ("Reason", "Remplacé par la version corrigée du tableau.")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var withdrawn = await reader.GetTextAsync($"/publications/{id}?culture=fr");
        withdrawn.ShouldContain("Ce document a été retiré le");
        withdrawn.ShouldContain("Remplacé par la version corrigée du tableau.");
        (await reader.GetTextAsync($"/publications?q={tag}&culture=fr")).ShouldContain("Documents trouvés : 2");
        (await reader.GetAsync($"/api/transparency/publications/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Key == Publication.StatementsDeadlineKey(year))).CompletedUtc.ShouldBeNull();
        (await staff.PostFieldsAsync($"/admin/publications/{id}?culture=fr", $"/admin/publications/{id}?handler=withdraw&culture=fr", ("Revision", "1"), ("Reason", "encore")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Corrections keep the file; a typo in the address of a linked document is corrected, a plain http one refused.
        var linked = ours[2];
        var fix = new Dictionary<string, string>(Fields("Textes des collectivités territoriales " + tag, "Organisation")) { ["Input.Url"] = "http://insecure.example", ["Revision"] = "0" };
        (await staff.PostAsync($"/admin/publications/{linked.Id}?handler=save&culture=fr", fix, await staff.TokenAsync($"/admin/publications/{linked.Id}?culture=fr"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        fix["Input.Url"] = "https://www.collectivites-territoriales.gov.ma/ar";
        (await staff.PostAsync($"/admin/publications/{linked.Id}?handler=save&culture=fr", fix, await staff.TokenAsync($"/admin/publications/{linked.Id}?culture=fr"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Set<Publication>().AsNoTracking().SingleAsync(p => p.Id == linked.Id)).Url.ShouldBe("https://www.collectivites-territoriales.gov.ma/ar");

        // Another council does not see it; a citizen cannot publish.
        (await reader.GetAsync($"/beni-mellal/publications/{ours[1].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.GetAsync($"/beni-mellal/api/transparency/publications/{ours[1].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var citizen = new BrowserSession(factory.Browser());
        var citizenUser = await PlatformUsers.CreateAsync(factory);
        await citizen.LogInAsync(citizenUser.Email!, PlatformUsers.Password);
        (await citizen.GetAsync("/admin/publications")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_citizen_budget_is_loaded_from_a_file_published_and_read_back()
    {
        var staff = await StaffAsync();
        const int Year = 2035;
        await using var db = Db();
        var created = await staff.PostFieldsAsync("/admin/citizen-budget?culture=fr", "/admin/citizen-budget?culture=fr",
            ("Input.Year", "2035"), ("Input.TitleFr", "Budget citoyen 2035"), ("Input.TitleAr", "الميزانية المواطنة 2035"), ("Input.IntroFr", "Le budget expliqué."));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await created.Content.ReadAsStringAsync()));
        var again = await staff.PostFieldsAsync("/admin/citizen-budget?culture=fr", "/admin/citizen-budget?culture=fr", ("Input.Year", "2035"), ("Input.TitleFr", "Doublon"));
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).ShouldContain("Un budget citoyen existe déjà pour cette année.");
        var budget = await db.Set<CitizenBudget>().AsNoTracking().SingleAsync(b => b.Year == Year);
        var page = $"/admin/citizen-budget/{Year}?culture=fr";
        Task<HttpResponseMessage> Load(string text, int revision) =>
            staff.PostMultipartAsync(page, $"/admin/citizen-budget/{Year}?handler=lines&culture=fr", new Dictionary<string, string> { ["Revision"] = revision.ToString(CultureInfo.InvariantCulture) },
                ("lines", "budget.csv", Encoding.UTF8.GetBytes(text)));

        // Nothing to publish yet; a file with bad lines, or not UTF-8, loads nothing and names each problem.
        var early = await staff.PostFieldsAsync(page, $"/admin/citizen-budget/{Year}?handler=publish&culture=fr", ("Revision", "0"));
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("Chargez les recettes et les dépenses du budget avant de le publier.");
        const string Header = "side,section,category_ar,category_fr,label_ar,label_fr,amount,province,commune,area,gender\n";
        var bad = await Load(Header + "revenue,operating,ضرائب,Impôts,حصة,Part de l'IS,1000000,,,,\nspending,investment,طرق,Routes,مسلك,Piste,-20,province-azilal,,rural,\nspending,somewhere,طرق,Routes,مسلك,Piste,20,,,,\n", 0);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var badPage = await bad.Content.ReadAsStringAsync();
        badPage.ShouldContain("Ligne 3 :");
        badPage.ShouldContain("Ligne 4 :");
        var latin1 = await staff.PostMultipartAsync(page, $"/admin/citizen-budget/{Year}?handler=lines&culture=fr", new Dictionary<string, string> { ["Revision"] = "0" },
            ("lines", "budget.csv", Encoding.Latin1.GetBytes(Header + "revenue,operating,,Impôts,,Taxe,10,,,,\n")));
        latin1.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await latin1.Content.ReadAsStringAsync()).ShouldContain("UTF-8");
        (await db.Set<CitizenBudgetLine>().CountAsync(l => l.BudgetId == budget.Id)).ShouldBe(0);

        // A good file; loading it again replaces the lines (a stale form is refused).
        var good = Header +
            "revenue,operating,ضرائب,Impôts affectés,حصة من الضريبة على الشركات,Part de l'impôt sur les sociétés,\"1 000 000\",,,,\n" +
            "revenue,investment,قروض,Emprunts,قرض,Emprunt,500000,,,,\n" +
            "spending,operating,موظفون,Personnel,أجور,Salaires,400000,,,,\n" +
            "spending,investment,طرق,Routes,مسلك قروي,Piste rurale d'Aït Attab,700000,province-azilal,Aït Attab,rural,sensitive\n" +
            "spending,investment,تعليم,Éducation,دار الطالبة,Dar Taliba d'Azilal,300000,province-azilal,azilal,urban,targeted\n" +
            "spending,investment,مياه,Eau,ماء,Eau potable,100000,,,,\n";
        (await Load(good, 0)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Load(good, 0)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Load(good, 1)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Set<CitizenBudgetLine>().CountAsync(l => l.BudgetId == budget.Id)).ShouldBe(6);

        // Not public until published.
        var reader = new BrowserSession(factory.Browser());
        (await reader.GetAsync($"/citizen-budget?year={Year}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.GetAsync($"/api/transparency/citizen-budgets/{Year}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.PostFieldsAsync(page, $"/admin/citizen-budget/{Year}?handler=publish&culture=fr", ("Revision", "2"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var french = await reader.GetTextAsync($"/citizen-budget?year={Year}&culture=fr");
        french.ShouldContain("Budget citoyen 2035");
        french.ShouldContain("1&#x202F;500&#x202F;000\u2069 MAD"); // revenue and spending, digits grouped by narrow spaces, isolated left-to-right
        french.ShouldContain("Province d&#x27;Azilal");
        french.ShouldContain("Aït Attab");
        french.ShouldContain("70 % de l&#x27;investissement placé dans une commune va aux communes rurales"); // 700,000 of 1,000,000
        french.ShouldContain("66,7 % des dépenses servent l&#x27;égalité entre les femmes et les hommes");
        var arabic = await reader.GetTextAsync($"/citizen-budget?year={Year}&culture=ar");
        arabic.ShouldContain("الميزانية المواطنة 2035");
        arabic.ShouldContain("إقليم أزيلال");
        arabic.ShouldContain("دار الطالبة");

        // The open data reads back: the CSV is the file format staff load, the JSON gives the same totals.
        var csv = await reader.GetTextAsync($"/citizen-budget/{Year}.csv");
        var (lines, problems) = CitizenBudgetCsv.Read(new StringReader(csv));
        problems.ShouldBeEmpty();
        lines.Select(l => (l.Side, l.Amount, l.Province, l.Commune, l.Area, l.Gender)).ShouldBe(CitizenBudgetCsv.Read(new StringReader(good)).Lines.Select(l => (l.Side, l.Amount, l.Province, l.Commune, l.Area, l.Gender)));
        var json = await JsonAsync(await reader.GetAsync($"/citizen-budget/{Year}.json"));
        json.GetProperty("revenue").GetDecimal().ShouldBe(1_500_000m);
        json.GetProperty("spending").GetDecimal().ShouldBe(1_500_000m);
        json.GetProperty("rural_share").GetDecimal().ShouldBe(70m);
        json.GetProperty("investment_by_province")[0].GetProperty("province").GetProperty("name_fr").GetString().ShouldBe("Province d'Azilal");
        json.GetProperty("lines").GetArrayLength().ShouldBe(6);
        (await JsonAsync(await reader.GetAsync("/api/transparency/citizen-budgets"))).EnumerateArray().Select(b => b.GetProperty("year").GetInt32()).ShouldContain(Year);

        // Back to draft: the public no longer sees it; another council never did.
        (await staff.PostFieldsAsync(page, $"/admin/citizen-budget/{Year}?handler=unpublish&culture=fr", ("Revision", "3"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await reader.GetAsync($"/citizen-budget/{Year}.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.GetAsync($"/beni-mellal/citizen-budget?year={Year}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_demo_region_publishes_its_budget_statements_and_citizen_budget()
    {
        var reader = new BrowserSession(factory.Browser());
        var year = Today.Year + 1;
        var page = await reader.GetTextAsync($"/citizen-budget?culture=fr");
        page.ShouldContain($"Budget citoyen {year}");
        page.ShouldContain("Chiffres illustratifs");
        var arabic = await reader.GetTextAsync("/publications?category=Statistics&culture=ar");
        arabic.ShouldContain("السكان القانونيون للجهة حسب الإقليم");
        var transparency = await reader.GetTextAsync("/transparency?culture=fr");
        transparency.ShouldContain("/citizen-budget");
        transparency.ShouldContain("/api/transparency/openapi.json");

        // Every dataset the API lists answers, as CSV and as JSON with the same number of rows.
        var datasets = await JsonAsync(await reader.GetAsync("/api/transparency/datasets"));
        datasets.GetArrayLength().ShouldBe(6);
        foreach (var dataset in datasets.EnumerateArray())
        {
            var origin = new Uri(dataset.GetProperty("csv").GetString()!.Replace("{year}", year.ToString(CultureInfo.InvariantCulture)));
            var csv = await reader.GetAsync(origin.PathAndQuery);
            csv.StatusCode.ShouldBe(HttpStatusCode.OK, origin.PathAndQuery);
            csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv", origin.PathAndQuery);
            var json = await JsonAsync(await reader.GetAsync(new Uri(dataset.GetProperty("json").GetString()!.Replace("{year}", year.ToString(CultureInfo.InvariantCulture))).PathAndQuery));
            if (json.ValueKind == JsonValueKind.Array)
            {
                var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
                (lines.Length - 1).ShouldBe(json.GetArrayLength(), origin.PathAndQuery);
            }
        }

        // The decisions the October session posted, and the commune of Beni Mellal's ten projects, as open data.
        var decisions = await JsonAsync(await reader.GetAsync("/sessions/decisions.json"));
        decisions.EnumerateArray().Select(d => d.GetProperty("outcome").GetString()).ShouldContain("Adopted");
        decisions.EnumerateArray().All(d => d.GetProperty("posted_on").ValueKind == JsonValueKind.String).ShouldBeTrue();
        var commitments = await JsonAsync(await reader.GetAsync("/beni-mellal/open-government/commitments.json"));
        commitments.GetArrayLength().ShouldBe(10);
        commitments.EnumerateArray().Sum(c => c.GetProperty("cost").GetDecimal()).ShouldBe(360_000m); // the ten listed costs (the document states 330,000)
    }
}

public sealed class SqlitePublicationTests(SqliteOutboxFactory factory) : PublicationTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresPublicationTests(PostgresOutboxFactory factory) : PublicationTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
