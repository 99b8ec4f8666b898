using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Innovation;

/// <summary>The lab's challenges and contests by thematic, each with where it stands and its key dates.</summary>
[AllowAnonymous]
public sealed class IndexModel(ChallengeDesk desk, JuryDesk juries) : InnovationPageModel
{
    public IReadOnlyList<ChallengeView> Challenges { get; private set; } = [];

    /// <summary>The published challenges whose jury the signed-in account sits on.</summary>
    public IReadOnlyList<ChallengeView> JurySeats { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // What a citizen can act on first: open calls, then those coming, then the rest (latest first).
        Challenges = [.. (await desk.AllAsync(drafts: false, cancellationToken)).OrderBy(v => v.Phase switch
        {
            Cms.Core.Innovation.ChallengePhase.CallForSolutions => 0,
            Cms.Core.Innovation.ChallengePhase.ProblemIdentification or Cms.Core.Innovation.ChallengePhase.Announced => 1,
            _ => 2,
        })];
        if (UserId.Length > 0)
        {
            var seats = await juries.SeatsOfAsync(UserId, cancellationToken);
            JurySeats = [.. Challenges.Where(c => seats.Contains(c.Challenge.Id))];
        }

        return Page();
    }
}
