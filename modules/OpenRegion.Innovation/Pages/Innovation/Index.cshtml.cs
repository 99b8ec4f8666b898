using Microsoft.AspNetCore.Mvc;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Innovation;

/// <summary>The lab's challenges and contests by thematic, each with where it stands and its key dates.</summary>
public sealed class IndexModel(ChallengeDesk desk) : InnovationPageModel
{
    public IReadOnlyList<ChallengeView> Challenges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Challenges = await desk.AllAsync(drafts: false, cancellationToken);
        return Page();
    }
}
