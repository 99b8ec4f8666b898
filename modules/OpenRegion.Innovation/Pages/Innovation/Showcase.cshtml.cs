using Microsoft.AspNetCore.Mvc;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Innovation;

/// <summary>The lab's showcase: every selected solution with the jury's reason, its prototype's progress and milestones, and whether the council adopted it; each challenge's indicators.</summary>
public sealed class ShowcaseModel(PrototypeDesk prototypes) : InnovationPageModel
{
    public IReadOnlyList<ShowcaseEntry> Entries { get; private set; } = [];

    public Dictionary<long, LabIndicators> Indicators { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await prototypes.ShowcaseAsync(cancellationToken);
        foreach (var id in Entries.Select(e => e.Challenge.Id).Distinct())
        {
            Indicators[id] = await prototypes.IndicatorsAsync(id, cancellationToken);
        }

        return Page();
    }
}
