using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Budgets.Domain;
using OpenRegion.Cms.Core.OpenData;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Budgeting.Pabulib;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Budgets.Endpoints;

/// <summary>
/// The open results of a budget, once voting has closed, for anyone to recount: every ballot without any name in
/// pabulib's format, the receipt codes of the ballots counted, and the projects with their votes as CSV and Excel.
/// Before voting closes there is nothing here (404): no partial count leaks.
/// </summary>
public static class ResultsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Published results are public: anyone may check the count.
        var files = endpoints.MapGroup("/budgets/{slug}/results/{budgetId:long}").AllowAnonymous();
        files.MapGet("/ballots.pb", (HttpContext context, string slug, long budgetId) => ServeAsync(context, slug, budgetId, "pb"));
        files.MapGet("/receipts.txt", (HttpContext context, string slug, long budgetId) => ServeAsync(context, slug, budgetId, "txt"));
        files.MapGet("/projects.csv", (HttpContext context, string slug, long budgetId) => ServeAsync(context, slug, budgetId, "csv"));
        files.MapGet("/projects.xlsx", (HttpContext context, string slug, long budgetId) => ServeAsync(context, slug, budgetId, "xlsx"));
    }

    private static async Task<IResult> ServeAsync(HttpContext context, string slug, long budgetId, string format)
    {
        var services = context.RequestServices;
        var db = services.GetRequiredService<ICmsDbContext>();
        var tenant = services.GetRequiredService<TenantContext>();
        var cancellationToken = context.RequestAborted;
        var process = await db.Set<BudgetProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        var budget = process is null ? null : await db.Set<Budget>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == budgetId && b.ProcessId == process.Id, cancellationToken);
        if (process is null || budget is null || process.PhaseAt(services.GetRequiredService<TimeProvider>().GetUtcNow()) < BudgetPhase.Results)
        {
            return Results.NotFound();
        }

        var name = FormattableString.Invariant($"{tenant.Shell.Id}-{process.Id}-{budget.Id}");
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (format == "txt")
        {
            var receipts = await db.Set<Ballot>().AsNoTracking().Where(b => b.BudgetId == budget.Id).Select(b => b.ReceiptCode).ToListAsync(cancellationToken);
            receipts.Sort(StringComparer.Ordinal);
            return Results.File(Encoding.UTF8.GetBytes(string.Join("\n", receipts) + (receipts.Count > 0 ? "\n" : "")), "text/plain; charset=utf-8", name + "-receipts.txt");
        }

        var outcome = await services.GetRequiredService<BudgetOutcomes>().ForAsync(db, tenant.Shell.Id, budget, cancellationToken);
        if (outcome is null)
        {
            return Results.NotFound();
        }

        return format switch
        {
            "pb" => Results.File(Encoding.UTF8.GetBytes(PbWriter.Write(outcome.Election)), "text/plain; charset=utf-8", name + ".pb"),
            "csv" => Results.File(Encoding.UTF8.GetBytes(ResultsExport.Csv(outcome)), "text/csv; charset=utf-8", name + "-projects.csv"),
            _ => Results.File(XlsxWriter.Write(budget.Name("fr"), ResultsExport.Header, ResultsExport.Rows(outcome)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + "-projects.xlsx"),
        };
    }
}
