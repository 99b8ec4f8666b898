using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>
/// Complaints: how to file one, and the annual complaints report computed from the register — received, answered,
/// within the deadline, not processed, median time, by category — for the current year as it stands and for every
/// past year, so it is published without anyone having to write it.
/// </summary>
[AllowAnonymous]
public sealed class ComplaintsModel(ICmsDbContext db, ComplaintDesk desk, TransparencyTexts texts) : TransparencyPageModel
{
    public ComplaintDesk Desk => desk;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int Shown { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public ComplaintReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The report as CSV: one line per category, then the total.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(cancellationToken);
        Response.Headers.XContentTypeOptions = "nosniff";
        var csv = Cms.Core.OpenData.SafeCsv.Write(Header, rows);
        return File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"complaints-{Report.Year.ToString(CultureInfo.InvariantCulture)}.csv");
    }

    /// <summary>The same report as JSON: one object per category, then the total.</summary>
    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(cancellationToken);
        var objects = rows.Select(row => Header.Zip(row).ToDictionary(pair => pair.First, pair => pair.Second));
        return Content(System.Text.Json.JsonSerializer.Serialize(objects, Endpoints.OpenDataEndpoints.JsonOptions), "application/json; charset=utf-8");
    }

    private static readonly IReadOnlyList<string> Header = ["year", "category", "label", "received", "answered", "answered_in_time"];

    private async Task<List<IReadOnlyList<object?>>> RowsAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var rows = Report.ByCategory.Select(line => (IReadOnlyList<object?>)[Report.Year, line.Category, texts.Category(line.Category), line.Received, line.Answered, line.AnsweredInTime]).ToList();
        rows.Add([Report.Year, "total", "", Report.Received, Report.Answered, Report.AnsweredInTime]);
        return rows;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Years = await Registers.YearsAsync<Complaint>(db, desk.Today, cancellationToken);
        Shown = Year is { } year && Years.Contains(year) ? year : desk.Today.Year;
        var lines = await Registers.ComplaintsAsync(db, Shown, cancellationToken);
        Report = desk.Rules.Report(Shown, lines.Select(l => l.Facts), desk.Today);
    }
}
