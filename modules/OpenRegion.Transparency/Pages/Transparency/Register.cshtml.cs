using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>The public register of requests for information: the year's figures (received, answered, in time, median working days) and every request without the requester.</summary>
[AllowAnonymous]
public sealed class RegisterModel(ICmsDbContext db, InformationDesk desk) : TransparencyPageModel
{
    public InformationDesk Desk => desk;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int Shown { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<RegisterLine> Lines { get; private set; } = [];

    public InformationReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await Registers.YearsAsync<InformationRequest>(db, desk.Today, cancellationToken);
        Shown = Year is { } year && Years.Contains(year) ? year : desk.Today.Year;
        Lines = await Registers.RequestsAsync(db, Shown, cancellationToken);
        Report = desk.Rules.Report(Shown, Lines.Select(l => l.Facts), desk.Today);
        return Page();
    }
}
