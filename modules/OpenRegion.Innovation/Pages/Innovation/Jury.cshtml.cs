using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Innovation;

/// <summary>
/// A juror's desk for one challenge: the solutions to score and where they stand, conflicts of interest to declare, and —
/// once they have scored every solution they may — the ranking with the other members' scores.
/// </summary>
[Authorize]
public sealed class JuryModel(JuryDesk desk, InnovationTexts texts, TimeProvider clock, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public JuryState Jury { get; private set; } = null!;

    public bool Scoring => !Jury.Published && Jury.Challenge.Calendar.JuryScores(clock.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await desk.SeatAsync(id, UserId, cancellationToken) is { } jury ? Show(jury) : NotFound();

    public async Task<IActionResult> OnPostConflictAsync(long id, long solutionId, string? reason, CancellationToken cancellationToken)
    {
        if (await desk.SeatAsync(id, UserId, cancellationToken) is not { } jury)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var text = Text(reason, JuryConflict.MaxReasonLength, T["The conflict of interest"], T, errors);
        if (errors.Count == 0 && await desk.DeclareAsync(jury, UserId, solutionId, text, cancellationToken) is { } problem)
        {
            errors.Add(texts.Refusal(problem));
        }

        if (errors.Count > 0)
        {
            Jury = jury;
            return Refused("conflict-" + solutionId, errors);
        }

        return Saved(T["Your conflict of interest is recorded: you will not score this solution."], JuryDesk.Url(id));
    }

    private IActionResult Show(JuryState jury)
    {
        Jury = jury;
        return Page();
    }
}
