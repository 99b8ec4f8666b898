using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Innovation;

/// <summary>The lab's showcase: every selected solution with the jury's reason, its prototype's progress and milestones, and whether the council adopted it; each challenge's indicators.</summary>
[AllowAnonymous]
public sealed class ShowcaseModel(PrototypeDesk prototypes) : InnovationPageModel
{
    public IReadOnlyList<ShowcaseEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<long, LabIndicators> Indicators { get; private set; } = new Dictionary<long, LabIndicators>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        (Entries, Indicators) = await prototypes.ShowcaseAsync(cancellationToken);
        return Page();
    }
}
