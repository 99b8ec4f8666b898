using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.OpenData;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Endpoints;

/// <summary>
/// The publication catalogue and the citizen budget as open data: CSV and JSON per dataset, an Atom feed of new
/// publications, and a read-only JSON API under <c>/api/transparency</c> described by its OpenAPI document.
/// </summary>
public static class OpenDataEndpoints
{
    public const string ApiPrefix = "/api/transparency";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The datasets of the module, each as CSV and JSON: id, names, and the two addresses.</summary>
    public static IReadOnlyList<(string Id, string NameAr, string NameFr, string Csv, string Json)> Datasets { get; } =
    [
        ("publications", "دليل المنشورات", "Catalogue des publications", "/publications/catalogue.csv", "/publications/catalogue.json"),
        ("citizen-budget", "الميزانية المواطنة (سطور السنة)", "Budget citoyen (lignes de l'année)", "/citizen-budget/{year}.csv", "/citizen-budget/{year}.json"),
        ("decisions", "مقررات المجلس المعلقة", "Délibérations affichées du conseil", "/sessions/decisions.csv", "/sessions/decisions.json"),
        ("open-government", "التزامات الحكومة المنفتحة", "Engagements du gouvernement ouvert", "/open-government/commitments.csv", "/open-government/commitments.json"),
        ("information-requests", "سجل طلبات الحصول على المعلومات", "Registre des demandes d'accès à l'information", "/information/register.csv", "/information/register.json"),
        ("complaints", "التقرير السنوي حول الشكايات", "Rapport annuel des réclamations", "/complaints?handler=csv", "/complaints?handler=json"),
    ];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/publications/catalogue.csv", (HttpContext context, CancellationToken _) => CatalogueAsync(context, csv: true)).AllowAnonymous();
        endpoints.MapGet("/publications/catalogue.json", (HttpContext context, CancellationToken _) => CatalogueAsync(context, csv: false)).AllowAnonymous();
        endpoints.MapGet("/publications/feed.atom", FeedAsync).AllowAnonymous();
        endpoints.MapGet("/sessions/decisions.csv", (HttpContext context, CancellationToken _) => DecisionsAsync(context, csv: true)).AllowAnonymous();
        endpoints.MapGet("/sessions/decisions.json", (HttpContext context, CancellationToken _) => DecisionsAsync(context, csv: false)).AllowAnonymous();
        endpoints.MapGet("/open-government/commitments.csv", (HttpContext context, CancellationToken _) => CommitmentsAsync(context, csv: true)).AllowAnonymous();
        endpoints.MapGet("/open-government/commitments.json", (HttpContext context, CancellationToken _) => CommitmentsAsync(context, csv: false)).AllowAnonymous();
        endpoints.MapGet("/citizen-budget/{year:int}.csv", (HttpContext context, int year) => BudgetCsvAsync(context, year)).AllowAnonymous();
        endpoints.MapGet("/citizen-budget/{year:int}.json", (HttpContext context, int year) => BudgetJsonAsync(context, year)).AllowAnonymous();
        endpoints.MapGet(ApiPrefix + "/publications", (HttpContext context, CancellationToken _) => ApiPublicationsAsync(context)).AllowAnonymous();
        endpoints.MapGet(ApiPrefix + "/publications/{id:long}", (HttpContext context, long id) => ApiPublicationAsync(context, id)).AllowAnonymous();
        endpoints.MapGet(ApiPrefix + "/citizen-budgets", (HttpContext context, CancellationToken _) => ApiBudgetsAsync(context)).AllowAnonymous();
        endpoints.MapGet(ApiPrefix + "/citizen-budgets/{year:int}", (HttpContext context, int year) => BudgetJsonAsync(context, year)).AllowAnonymous();
        endpoints.MapGet(ApiPrefix + "/datasets", (HttpContext context, CancellationToken _) => Datasets_(context)).AllowAnonymous();
        endpoints.MapGet(ApiPrefix + "/openapi.json", (HttpContext context, CancellationToken _) => Json(OpenApi.Document(Root(context)))).AllowAnonymous();
    }

    private static string Root(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";

    private static IResult Json(object? value, int status = StatusCodes.Status200OK) =>
        Results.Text(value is JsonNode node ? node.ToJsonString(JsonOptions) : JsonSerializer.Serialize(value, JsonOptions), "application/json; charset=utf-8", Encoding.UTF8, status);

    private static Dictionary<string, object?> Object(IReadOnlyList<string> header, IReadOnlyList<object?> row) =>
        header.Zip(row).ToDictionary(pair => pair.First, pair => pair.Second);

    private static async Task<IResult> CatalogueAsync(HttpContext context, bool csv)
    {
        var db = context.RequestServices.GetRequiredService<ICmsDbContext>();
        var filter = CatalogueFilter.From(context.Request.Query) with { Page = 1 };
        var entries = await Catalogue.WithFilesAsync(db, await Catalogue.Query(db, filter).Take(10_000).ToListAsync(context.RequestAborted), context.RequestAborted);
        var root = Root(context);
        return Dataset(context, "publications", Catalogue.Header, [.. entries.Select(e => Catalogue.Row(e, root))], csv);
    }

    private static IResult Dataset(HttpContext context, string name, IReadOnlyList<string> header, List<IReadOnlyList<object?>> rows, bool csv)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        return csv
            ? Results.File(Encoding.UTF8.GetBytes(SafeCsv.Write(header, rows)), "text/csv; charset=utf-8", $"{tenant.Shell.Id}-{name}.csv")
            : Json(rows.Select(r => Object(header, r)));
    }

    private static readonly IReadOnlyList<string> DecisionHeader =
    [
        "session", "session_kind", "session_opens_on", "item", "title_ar", "title_fr", "outcome", "votes_for", "votes_against", "abstentions",
        "decision_number", "decided_on", "posted_on", "posted_late", "text_ar", "text_fr", "page",
    ];

    /// <summary>Every decision the council has posted (never one recorded but not yet posted), oldest session first.</summary>
    private static async Task<IResult> DecisionsAsync(HttpContext context, bool csv)
    {
        var db = context.RequestServices.GetRequiredService<ICmsDbContext>();
        var rules = context.RequestServices.GetRequiredService<SessionDesk>().Rules;
        var items = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.PublishedUtc != null).ToListAsync(context.RequestAborted);
        var ids = items.Select(i => i.SessionId).Distinct().ToList();
        var sessions = await db.Set<CouncilSession>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, context.RequestAborted);
        var root = Root(context);
        var rows = items.OrderBy(i => sessions[i.SessionId].OpensOn).ThenBy(i => i.SessionId).ThenBy(i => i.Position).Select(i => (IReadOnlyList<object?>)
        [
            i.SessionId, sessions[i.SessionId].Kind.ToString(), sessions[i.SessionId].OpensOn, i.Position, i.TitleAr, i.TitleFr, i.Outcome?.ToString(),
            i.VotesFor, i.VotesAgainst, i.Abstentions, i.DecisionNumber, i.DecidedOn, Cms.Core.Content.LocalTime.Date(i.PublishedUtc!.Value), rules.PublishedLate(i),
            i.DecisionTextAr, i.DecisionTextFr, root + SessionDesk.PublicUrl(i.SessionId),
        ]).ToList();
        return Dataset(context, "decisions", DecisionHeader, rows, csv);
    }

    private static readonly IReadOnlyList<string> CommitmentHeader =
    [
        "plan_ar", "plan_fr", "code", "axis_ar", "axis_fr", "title_ar", "title_fr", "institutions", "start_on", "end_on", "cost", "status", "milestones", "milestones_done", "page",
    ];

    /// <summary>Every commitment of the open-government plans with its OGP status computed from evidenced progress.</summary>
    private static async Task<IResult> CommitmentsAsync(HttpContext context, bool csv)
    {
        var db = context.RequestServices.GetRequiredService<ICmsDbContext>();
        var root = Root(context);
        var rows = (await OpenGovPlans.AllAsync(db, context.RequestAborted)).SelectMany(plan => plan.Commitments.Select(view => (IReadOnlyList<object?>)
        [
            plan.Plan.TitleAr, plan.Plan.TitleFr, view.Commitment.Code, view.Commitment.AxisAr, view.Commitment.AxisFr, view.Commitment.TitleAr, view.Commitment.TitleFr,
            view.Commitment.Institutions, view.Commitment.StartOn, view.Commitment.EndOn, view.Commitment.Cost is { } cost ? Cms.Core.Content.Money.Normal(cost) : null, view.Status.ToString(),
            view.Milestones.Count, view.Milestones.Count(m => m.State == MilestoneState.Done), root + "/open-government/" + view.Commitment.Id.ToString(CultureInfo.InvariantCulture),
        ])).ToList();
        return Dataset(context, "open-government", CommitmentHeader, rows, csv);
    }

    private static async Task<IResult> ApiPublicationsAsync(HttpContext context)
    {
        var db = context.RequestServices.GetRequiredService<ICmsDbContext>();
        var filter = CatalogueFilter.From(context.Request.Query);
        var (entries, total) = await Catalogue.PageAsync(db, filter, context.RequestAborted);
        var root = Root(context);
        return Json(new
        {
            total,
            page = filter.Page,
            page_size = Catalogue.PageSize,
            items = entries.Select(e => Item(e, root)),
        });
    }

    private static async Task<IResult> ApiPublicationAsync(HttpContext context, long id)
    {
        var db = context.RequestServices.GetRequiredService<ICmsDbContext>();
        var publication = await db.Set<Publication>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.WithdrawnUtc == null, context.RequestAborted);
        if (publication is null)
        {
            return Json(new { error = "not_found" }, StatusCodes.Status404NotFound);
        }

        var entry = (await Catalogue.WithFilesAsync(db, [publication], context.RequestAborted))[0];
        return Json(Item(entry, Root(context)));
    }

    private static Dictionary<string, object?> Item(CatalogueEntry entry, string root)
    {
        var item = Object(Catalogue.Header, Catalogue.Row(entry, root));
        item["page"] = root + Catalogue.PublicUrl(entry.Publication.Id);
        return item;
    }

    private static async Task<IResult> ApiBudgetsAsync(HttpContext context)
    {
        var budgets = context.RequestServices.GetRequiredService<CitizenBudgets>();
        var root = Root(context);
        var list = new List<object>();
        foreach (var budget in await budgets.AllAsync(publishedOnly: true, context.RequestAborted))
        {
            var year = budget.Year.ToString(CultureInfo.InvariantCulture);
            list.Add(new
            {
                year = budget.Year,
                title_ar = budget.TitleAr,
                title_fr = budget.TitleFr,
                adopted_on = budget.AdoptedOn,
                published = budget.PublishedUtc,
                csv = $"{root}/citizen-budget/{year}.csv",
                json = $"{root}/citizen-budget/{year}.json",
                page = root + CitizenBudgets.PublicUrl(budget.Year),
            });
        }

        return Json(list);
    }

    private static async Task<IResult> BudgetCsvAsync(HttpContext context, int year)
    {
        var budgets = context.RequestServices.GetRequiredService<CitizenBudgets>();
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        if (await budgets.FindAsync(year, drafts: false, context.RequestAborted) is not { } view)
        {
            return Results.NotFound();
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(Encoding.UTF8.GetBytes(CitizenBudgetCsv.Write(view.Summary.Lines)), "text/csv; charset=utf-8",
            $"{tenant.Shell.Id}-citizen-budget-{year.ToString(CultureInfo.InvariantCulture)}.csv");
    }

    private static async Task<IResult> BudgetJsonAsync(HttpContext context, int year)
    {
        var budgets = context.RequestServices.GetRequiredService<CitizenBudgets>();
        if (await budgets.FindAsync(year, drafts: false, context.RequestAborted) is not { } view)
        {
            return Json(new { error = "not_found" }, StatusCodes.Status404NotFound);
        }

        var s = view.Summary;
        object Place(string place) => new { id = place, name_ar = budgets.Place(place, "ar"), name_fr = budgets.Place(place, "fr") };
        return Json(new
        {
            year = view.Budget.Year,
            title_ar = view.Budget.TitleAr,
            title_fr = view.Budget.TitleFr,
            intro_ar = view.Budget.IntroAr,
            intro_fr = view.Budget.IntroFr,
            adopted_on = view.Budget.AdoptedOn,
            currency = "MAD",
            revenue = s.Revenue,
            spending = s.Spending,
            balance = s.Balance,
            operating = s.Operating,
            investment = s.Investment,
            rural = s.Rural,
            urban = s.Urban,
            rural_share = s.RuralShare,
            gender_targeted = s.GenderTargeted,
            gender_sensitive = s.GenderSensitive,
            gender_share = s.GenderShare,
            per_inhabitant = s.PerInhabitant(budgets.Population),
            revenue_by_category = s.RevenueByCategory.Select(c => new { name_ar = c.NameAr, name_fr = c.NameFr, amount = c.Amount }),
            spending_by_category = s.SpendingByCategory.Select(c => new { name_ar = c.NameAr, name_fr = c.NameFr, amount = c.Amount }),
            investment_by_province = s.ByProvince.Select(p => new
            {
                province = Place(p.Province),
                amount = p.Amount,
                communes = p.Communes.Select(c => new { commune = Place(c.Commune), amount = c.Amount }),
            }),
            lines = s.Lines.Select(l => Object(CitizenBudgets.JsonHeader, CitizenBudgets.Row(l))),
        });
    }

    private static IResult Datasets_(HttpContext context)
    {
        var root = Root(context);
        return Json(Datasets.Select(d => new { id = d.Id, name_ar = d.NameAr, name_fr = d.NameFr, csv = root + d.Csv, json = root + d.Json }));
    }

    /// <summary>The latest 30 publications in the request's culture (?culture=ar|fr), each linking to its page.</summary>
    private static async Task FeedAsync(HttpContext context)
    {
        var db = context.RequestServices.GetRequiredService<ICmsDbContext>();
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var entries = await Catalogue.WithFilesAsync(db, await Catalogue.Query(db, new CatalogueFilter()).Take(30).ToListAsync(context.RequestAborted), context.RequestAborted);
        var root = Root(context);
        var self = $"{root}/publications/feed.atom?culture={culture}";
        var updated = entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Publication.CreatedUtc);
        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var writer = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "feed", AtomNs);
        await writer.WriteAttributeStringAsync("xml", "lang", null, culture);
        await writer.WriteElementStringAsync(null, "id", AtomNs, self);
        await writer.WriteElementStringAsync(null, "title", AtomNs, $"{tenant.Shell.Tenant.DisplayName(culture)} — {(culture == "fr" ? "Publications" : "المنشورات")}");
        await writer.WriteElementStringAsync(null, "updated", AtomNs, Iso(updated));
        await Link(writer, "self", self);
        await Link(writer, "alternate", $"{root}/publications?culture={culture}");
        foreach (var entry in entries)
        {
            var p = entry.Publication;
            await writer.WriteStartElementAsync(null, "entry", AtomNs);
            await writer.WriteElementStringAsync(null, "id", AtomNs, $"urn:openregion:{tenant.TenantId}:publication:{p.Id.ToString(CultureInfo.InvariantCulture)}");
            await writer.WriteElementStringAsync(null, "title", AtomNs, p.Title(culture));
            await writer.WriteElementStringAsync(null, "updated", AtomNs, Iso(p.CreatedUtc));
            await writer.WriteElementStringAsync(null, "published", AtomNs, p.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
            await writer.WriteStartElementAsync(null, "category", AtomNs);
            await writer.WriteAttributeStringAsync(null, "term", null, p.Category.ToString());
            await writer.WriteEndElementAsync();
            await Link(writer, "alternate", $"{root}{Catalogue.PublicUrl(p.Id)}?culture={culture}");
            var href = entry.Href;
            await writer.WriteStartElementAsync(null, "link", AtomNs);
            await writer.WriteAttributeStringAsync(null, "rel", null, "enclosure");
            await writer.WriteAttributeStringAsync(null, "href", null, href.StartsWith('/') ? root + href : href);
            if (entry.File is { } file)
            {
                await writer.WriteAttributeStringAsync(null, "type", null, file.ContentType.Split(';')[0]);
                await writer.WriteAttributeStringAsync(null, "length", null, file.Size.ToString(CultureInfo.InvariantCulture));
            }

            await writer.WriteEndElementAsync();
            if (p.Summary(culture) is { Length: > 0 } summary)
            {
                await writer.WriteElementStringAsync(null, "summary", AtomNs, summary);
            }

            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task Link(XmlWriter writer, string rel, string href)
    {
        await writer.WriteStartElementAsync(null, "link", AtomNs);
        await writer.WriteAttributeStringAsync(null, "rel", null, rel);
        await writer.WriteAttributeStringAsync(null, "href", null, href);
        await writer.WriteEndElementAsync();
    }
}
