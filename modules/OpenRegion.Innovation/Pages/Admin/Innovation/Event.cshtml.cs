using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Admin.Innovation;

/// <summary>One event for staff: who registered (name, e-mail, seat), the attendance once it has started, or its cancellation before.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + InnovationPermissions.Challenges)]
public sealed class EventAdminModel(EventDesk desk, InnovationTexts texts, TimeProvider clock, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public LabEvent Event { get; private set; } = null!;

    public IReadOnlyList<LabEventRegistration> Registrations { get; private set; } = [];

    public bool Started => clock.GetUtcNow() >= Event.StartsUtc;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttendanceAsync(long id, List<long>? attended, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return await desk.AttendanceAsync(id, attended ?? [], cancellationToken) is { } problem
            ? Refused("attendance", [texts.Refusal(problem)])
            : Done(id, T["The attendance is recorded."]);
    }

    public async Task<IActionResult> OnPostCancelAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return await desk.CancelAsync(id, cancellationToken) is { } problem
            ? Refused("cancel", [texts.Refusal(problem)])
            : Done(id, T["The event is cancelled; its page says so."]);
    }

    private IActionResult Done(long id, string message) => Saved(message, EventDesk.AdminEventUrl(id));

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(id, cancellationToken) is not { } found)
        {
            return false;
        }

        (Event, Registrations) = found;
        return true;
    }
}
