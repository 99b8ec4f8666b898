using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Innovation.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Innovation.Pages.Innovation;

/// <summary>The lab's coming events (consultation sessions, masterclass, workshops, demonstration day): register for a seat, or give it back.</summary>
[AllowAnonymous]
public sealed class EventsModel(EventDesk desk, ChallengeDesk challenges, UserManager<CmsUser> users, InnovationTexts texts, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public IReadOnlyList<EventView> Events { get; private set; } = [];

    public Dictionary<long, ChallengeView> Challenges { get; private set; } = [];

    public bool Past { get; private set; }

    public Task<IActionResult> OnGetAsync(bool past, CancellationToken cancellationToken) => ShowAsync(past, cancellationToken);

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostRegisterAsync(long eventId, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        return await desk.RegisterAsync(eventId, user, cancellationToken) is { } problem
            ? await RefusedAsync(eventId, problem, cancellationToken)
            : Done(T["Your seat is booked. If you cannot come, give it back here so that someone else can."]);
    }

    public async Task<IActionResult> OnPostUnregisterAsync(long eventId, CancellationToken cancellationToken)
    {
        if (UserId.Length == 0)
        {
            return Challenge();
        }

        return await desk.UnregisterAsync(eventId, UserId, cancellationToken) is { } problem
            ? await RefusedAsync(eventId, problem, cancellationToken)
            : Done(T["Your seat is given back."]);
    }

    private async Task<IActionResult> RefusedAsync(long eventId, Cms.Core.Innovation.EventProblem problem, CancellationToken cancellationToken)
    {
        await ShowAsync(false, cancellationToken);
        return Refused("event-" + eventId, [texts.Refusal(problem)]);
    }

    private IActionResult Done(string message) => Saved(message, EventDesk.PublicUrl);

    private async Task<IActionResult> ShowAsync(bool past, CancellationToken cancellationToken)
    {
        Past = past;
        Events = await desk.AllAsync(null, past, UserId.Length > 0 ? UserId : null, cancellationToken);
        Challenges = (await challenges.AllAsync(drafts: false, cancellationToken)).ToDictionary(c => c.Challenge.Id);
        return Page();
    }
}
