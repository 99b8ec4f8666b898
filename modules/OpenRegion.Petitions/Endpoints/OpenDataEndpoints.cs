using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.OpenData;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Petitions.Domain;

namespace OpenRegion.Petitions.Endpoints;

/// <summary>
/// The register of public petitions as open data (CSV and JSON, the same fields): no personal data — neither the
/// signers nor the citizens' proxy, only counts, dates, decisions and the association that filed, if one did.
/// </summary>
public static class OpenDataEndpoints
{
    public static readonly IReadOnlyList<string> Header =
    [
        "id", "receipt_number", "title", "language", "filer", "association", "state", "signatures", "required_signatures",
        "opened", "deposited", "decided", "session", "committee", "adopted", "deliberated", "url",
    ];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/petitions/open-data.csv", (HttpContext context, CancellationToken _) => ServeAsync(context, csv: true)).AllowAnonymous();
        endpoints.MapGet("/petitions/open-data.json", (HttpContext context, CancellationToken _) => ServeAsync(context, csv: false)).AllowAnonymous();
    }

    private static async Task<IResult> ServeAsync(HttpContext context, bool csv)
    {
        var db = context.RequestServices.GetRequiredService<ICmsDbContext>();
        var tenant = context.RequestServices.GetRequiredService<TenantContext>();
        var petitions = await db.Set<Petition>().AsNoTracking().Where(p => p.State != PetitionState.Draft).OrderBy(p => p.Id).ToListAsync(context.RequestAborted);
        var rows = petitions.Select(p => (IReadOnlyList<object?>)
        [
            p.Id, p.ReceiptNumber, p.Title, p.Language, p.Filer.ToString(), p.AssociationName, p.State.ToString(), p.SignatureCount, p.RequiredSignatures,
            p.OpenedUtc, p.DepositedUtc, p.DecidedUtc, p.SessionDate, p.Committee, p.Adopted, p.DeliberatedUtc, PetitionEvents.Url(p.Id),
        ]).ToList();
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var name = tenant.Shell.Id + "-petitions";
        if (csv)
        {
            return Results.File(Encoding.UTF8.GetBytes(SafeCsv.Write(Header, rows)), "text/csv; charset=utf-8", name + ".csv");
        }

        var objects = rows.Select(row => Header.Zip(row).ToDictionary(pair => pair.First, pair => pair.Second));
        return Results.Text(JsonSerializer.Serialize(objects, JsonOptions), "application/json; charset=utf-8", Encoding.UTF8);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
