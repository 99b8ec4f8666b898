using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.OpenData;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Endpoints;

/// <summary>
/// The register of requests for information as open data, a year at a time (CSV and JSON, the same fields): numbers,
/// dates, stages, outcomes, the exceptions invoked and response times — never the requester, and the subject only
/// where the requester agreed.
/// </summary>
public static class TransparencyEndpoints
{
    public static readonly IReadOnlyList<string> Header =
    [
        "number", "received", "channel", "subject", "urgent", "stage", "answer_due", "extended", "answered", "outcome", "exceptions",
        "working_days", "late", "complaint", "complaint_answered",
    ];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/information/register.csv", (HttpContext context, CancellationToken _) => ServeAsync(context, csv: true)).AllowAnonymous();
        endpoints.MapGet("/information/register.json", (HttpContext context, CancellationToken _) => ServeAsync(context, csv: false)).AllowAnonymous();
    }

    private static async Task<IResult> ServeAsync(HttpContext context, bool csv)
    {
        var db = context.RequestServices.GetRequiredService<ICmsDbContext>();
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        var desk = context.RequestServices.GetRequiredService<InformationDesk>();
        var year = int.TryParse(context.Request.Query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked is >= 2000 and <= 2100 ? asked : desk.Today.Year;
        var lines = await Registers.RequestsAsync(db, year, context.RequestAborted);
        var rules = desk.Rules;
        var rows = lines.OrderBy(l => l.Id).Select(l => (IReadOnlyList<object?>)
        [
            l.Number, Iso(Cms.Core.Content.LocalTime.Date(l.ReceivedUtc)), l.Channel.ToString(), l.Subject, l.Urgent, rules.Stage(l.Facts, desk.Today).ToString(),
            Iso(rules.AnswerDue(l.Facts)), Iso(l.Facts.ExtendedOn), Iso(l.Facts.AnsweredOn), l.Facts.Outcome?.ToString(), l.Grounds,
            rules.ResponseWorkingDays(l.Facts), rules.AnsweredLate(l.Facts), Iso(l.Facts.ComplainedOn), Iso(l.Facts.ComplaintAnsweredOn),
        ]).ToList();
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var name = $"{tenant.Shell.Id}-information-requests-{year.ToString(CultureInfo.InvariantCulture)}";
        if (csv)
        {
            return Results.File(Encoding.UTF8.GetBytes(SafeCsv.Write(Header, rows)), "text/csv; charset=utf-8", name + ".csv");
        }

        var objects = rows.Select(row => Header.Zip(row).ToDictionary(pair => pair.First, pair => pair.Second));
        return Results.Text(JsonSerializer.Serialize(objects, JsonOptions), "application/json; charset=utf-8", Encoding.UTF8);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
