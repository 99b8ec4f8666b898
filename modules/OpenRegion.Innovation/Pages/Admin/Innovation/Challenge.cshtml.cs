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
public sealed class ChallengeAdminModel(ICmsDbContext db, ChallengeDesk desk, SolutionDesk solutions, InnovationTexts texts, IStringLocalizer<InnovationModule> T) : InnovationPageModel
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
