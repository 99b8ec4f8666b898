using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Admin.Innovation;

/// <summary>One challenge for staff: where it stands, its calendar and criteria; publish it, or take it back to draft.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + InnovationPermissions.Challenges)]
public sealed class ChallengeAdminModel(ICmsDbContext db, ChallengeDesk desk, SolutionDesk solutions, PrototypeDesk prototypes, InnovationTexts texts, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public ChallengeView View { get; private set; } = null!;

    public IReadOnlyList<SolutionView> Solutions { get; private set; } = [];

    [BindProperty]
    public int Revision { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(id, drafts: true, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Revision = view.Challenge.Revision;
        Solutions = await solutions.OfAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>Records that the council adopted a selected solution: the day and the act.</summary>
    public async Task<IActionResult> OnPostAdoptAsync(long id, long solutionId, string? day, string? reference, CancellationToken cancellationToken)
    {
        var challenge = await db.Set<Cms.Core.Innovation.Challenge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var act = Text(reference, Cms.Core.Innovation.Solution.MaxReferenceLength, T["The act that adopted it"], T, errors);
        if (!DateOnly.TryParseExact(day?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var on))
        {
            errors.Add(T["{0}: give a date such as {1}.", T["Adopted on"], "2027-03-04"]);
        }

        if (errors.Count == 0 && await prototypes.AdoptAsync(challenge, solutionId, on, act, cancellationToken) is { } problem)
        {
            errors.Add(texts.Refusal(problem));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            View = (await desk.FindAsync(id, drafts: true, cancellationToken))!;
            Revision = View.Challenge.Revision;
            Solutions = await solutions.OfAsync(id, cancellationToken);
            return Refused("adopt-" + solutionId, errors);
        }

        TempData["Saved"] = T["The council's adoption is recorded; the showcase shows it."].Value;
        return LocalRedirect(Url.Content("~" + ChallengeDesk.AdminUrl(id)));
    }

    public Task<IActionResult> OnPostPublishAsync(long id, CancellationToken cancellationToken) => PublishAsync(id, true, T["The challenge is published."], cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(long id, CancellationToken cancellationToken) => PublishAsync(id, false, T["The challenge is back to draft: the public no longer sees it."], cancellationToken);

    private async Task<IActionResult> PublishAsync(long id, bool publish, string done, CancellationToken cancellationToken)
    {
        var challenge = await db.Set<Cms.Core.Innovation.Challenge>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return NotFound();
        }

        string? error = challenge.Revision != Revision ? T["Someone else changed this challenge meanwhile: look at it again before acting."].Value : null;
        if (error is null)
        {
            try
            {
                error = await desk.PublishAsync(challenge, publish, cancellationToken) is { } refusal ? texts.Refusal((refusal, null, null)) : null;
            }
            catch (DbUpdateConcurrencyException)
            {
                error = T["Someone else changed this challenge meanwhile: look at it again before acting."];
            }
        }

        if (error is not null)
        {
            db.ChangeTracker.Clear();
            View = (await desk.FindAsync(id, drafts: true, cancellationToken))!;
            Solutions = await solutions.OfAsync(id, cancellationToken);
            return Refused("publish", [error]);
        }

        TempData["Saved"] = done;
        return LocalRedirect(Url.Content("~" + ChallengeDesk.AdminUrl(id)));
    }
}
