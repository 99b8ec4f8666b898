using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>The council's sessions for staff, newest first, with the decisions awaiting posting; and a new session (ordinary in the legal months, or extraordinary).</summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Sessions)]
public sealed class SessionListModel(ICmsDbContext db, SessionDesk desk, TransparencyTexts texts, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public SessionDesk Desk => desk;

    public IReadOnlyList<CouncilSession> Sessions { get; private set; } = [];

    /// <summary>Per session: decisions recorded but not posted, and how many of those are past their deadline.</summary>
    public IReadOnlyDictionary<long, (int Waiting, int Overdue)> Waiting { get; private set; } = new Dictionary<long, (int, int)>();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public SessionKind Kind { get; set; }

    [BindProperty]
    public string? OpensOn { get; set; }

    [BindProperty]
    public string? OpensAt { get; set; }

    [BindProperty]
    public string? ClosesOn { get; set; }

    [BindProperty]
    public string? PlaceAr { get; set; }

    [BindProperty]
    public string? PlaceFr { get; set; }

    [BindProperty]
    public string? AttendanceAr { get; set; }

    [BindProperty]
    public string? AttendanceFr { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var opens = Date(OpensOn, T["First day"], T, errors, required: true);
        var closes = Date(ClosesOn, T["Last day"], T, errors);
        TimeOnly? at = null;
        if (!string.IsNullOrWhiteSpace(OpensAt))
        {
            if (TimeOnly.TryParseExact(OpensAt.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                at = time;
            }
            else
            {
                errors.Add(T["Give the opening time as hours and minutes, e.g. 10:00."]);
            }
        }

        var placeAr = Optional(PlaceAr, CouncilSession.MaxPlaceLength, T["Place (Arabic)"], T, errors);
        var placeFr = Optional(PlaceFr, CouncilSession.MaxPlaceLength, T["Place (French)"], T, errors);
        if (placeAr is null && placeFr is null && errors.Count == 0)
        {
            errors.Add(T["Give the place of the session."]);
        }

        var attendanceAr = Optional(AttendanceAr, CouncilSession.MaxTextLength, T["Attending the session (Arabic)"], T, errors);
        var attendanceFr = Optional(AttendanceFr, CouncilSession.MaxTextLength, T["Attending the session (French)"], T, errors);
        if (!Enum.IsDefined(Kind))
        {
            errors.Add(T["Choose the kind of session."]);
        }

        if (errors.Count == 0)
        {
            var session = new CouncilSession
            {
                Kind = Kind, OpensOn = opens!.Value, OpensAt = at, ClosesOn = closes, PlaceAr = placeAr ?? "", PlaceFr = placeFr ?? "",
                AttendanceAr = attendanceAr ?? "", AttendanceFr = attendanceFr ?? "",
            };
            if (await desk.CreateAsync(session, By, cancellationToken) is { } refusal)
            {
                errors.Add(texts.Refusal(refusal, desk.Rules));
            }
            else
            {
                TempData["Saved"] = T["The session is recorded; add its agenda."].Value;
                return LocalRedirect(Url.Content("~" + SessionDesk.AdminUrl(session.Id)));
            }
        }

        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sessions = await db.Set<CouncilSession>().AsNoTracking().OrderByDescending(s => s.OpensOn).Take(200).ToListAsync(cancellationToken);
        var waiting = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.DecidedOn != null && i.PublishedUtc == null).ToListAsync(cancellationToken);
        Waiting = waiting.GroupBy(i => i.SessionId).ToDictionary(g => g.Key, g => (g.Count(), g.Count(i => desk.Rules.PostingOverdue(i, desk.Today))));
    }
}
