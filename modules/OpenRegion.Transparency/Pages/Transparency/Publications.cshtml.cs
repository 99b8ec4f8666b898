using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>
/// The publication catalogue (law 31-13 art 10): what the council publishes on its own initiative, filtered by category,
/// year, language and words; the state of each year's financial statements; the feed and the open data.
/// </summary>
[AllowAnonymous]
public sealed class PublicationsModel(ICmsDbContext db, PublicationDesk desk) : TransparencyPageModel
{
    public CatalogueFilter Filter { get; private set; } = new();

    public IReadOnlyList<CatalogueEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + Catalogue.PageSize - 1) / Catalogue.PageSize);

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<StatementsStatus> Statements { get; private set; } = [];

    public DateOnly Today => desk.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = CatalogueFilter.From(Request.Query);
        (Entries, Total) = await Catalogue.PageAsync(db, Filter, cancellationToken);
        Years = await Catalogue.YearsAsync(db, cancellationToken);
        Statements = [.. (await Catalogue.StatementsAsync(db, desk.StatementMonths, cancellationToken)).Take(3)];
        return Page();
    }
}
