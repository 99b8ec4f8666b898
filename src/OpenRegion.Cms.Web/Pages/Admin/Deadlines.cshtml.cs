using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Calendar;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Admin;

/// <summary>
/// The tenant's deadlines: what has passed, what is due (soonest first, in working days), what was done. Any member
/// of the team sees them, records one by hand and marks their own done; giving a deadline to someone else, or closing
/// another person's, takes the right to manage the tenant. Every change is audited.
/// </summary>
[Authorize(Policy = PermissionPolicy.AnyTenantRole)]
public sealed class DeadlinesModel(
    ICmsDbContext db,
    TenantContext tenant,
    IAuditLog audit,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<HostStrings> T) : PageModel
{
    public const int PageSize = 200;

    /// <summary>"overdue", "due" or "done"; by default the overdue ones when there are any.</summary>
    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true, Name = "mine")]
    public bool Mine { get; set; }

    [BindProperty]
    public DeadlineInput Input { get; set; } = new();

    public IReadOnlyList<DeadlineRow> Rows { get; private set; } = [];

    public int OverdueCount { get; private set; }

    public int DueCount { get; private set; }

    public int DoneCount { get; private set; }

    public IReadOnlyList<TeamMember> Team { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool CanManage { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IEnumerable<LegalDeadlineRule> Rules => LegalDeadlines.For(tenant.Shell.Tenant.Kind);

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private string Actor => User.Identity?.Name ?? UserId ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var request = Validate();
        if (request is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var deadline = await StaffDeadlines.SetAsync(db, tenant.Shell, request, Actor, clock, cancellationToken);
        audit.Record("deadline.recorded", deadline.Key, new { deadline.Rule, deadline.Title, Due = LocalTime.Date(deadline.DueUtc), deadline.AssigneeUserId });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["The deadline is recorded: due on {0}.", LocalTime.Format(deadline.DueUtc, Culture)].Value;
        return RedirectToPage(new { show = deadline.DueUtc < clock.GetUtcNow() ? "overdue" : "due" });
    }

    public Task<IActionResult> OnPostDoneAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, open: true, async deadline =>
        {
            await StaffDeadlines.CompleteAsync(db, deadline.Key, Actor, clock, cancellationToken);
            audit.Record("deadline.completed", deadline.Key);
            TempData["Saved"] = T["Marked done: {0}.", deadline.Title].Value;
            return "done";
        }, cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, open: false, async deadline =>
        {
            await StaffDeadlines.ReopenAsync(db, tenant.Shell, deadline.Key, clock, cancellationToken);
            audit.Record("deadline.reopened", deadline.Key);
            TempData["Saved"] = T["Reopened: {0}.", deadline.Title].Value;
            return deadline.DueUtc < clock.GetUtcNow() ? "overdue" : "due";
        }, cancellationToken);

    /// <summary>One deadline of this tenant (another tenant's id is not found), changed by its assignee or an administrator.</summary>
    private async Task<IActionResult> ChangeAsync(long id, bool open, Func<Deadline, Task<string>> change, CancellationToken cancellationToken)
    {
        var deadline = await db.Set<Deadline>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && (d.CompletedUtc == null) == open, cancellationToken);
        if (deadline is null)
        {
            return NotFound();
        }

        if (!await MayChangeAsync(deadline))
        {
            return Forbid();
        }

        var show = await change(deadline);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { show, mine = Mine ? true : (bool?)null });
    }

    private async Task<bool> MayChangeAsync(Deadline deadline) =>
        (deadline.AssigneeUserId is { } assignee && assignee == UserId) || await IsManagerAsync();

    private async Task<bool> IsManagerAsync() => (await authorization.AuthorizeAsync(User, PermissionPolicy.ManageTenant)).Succeeded;

    private DeadlineRequest? Validate()
    {
        var errors = new List<string>();
        var title = Input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add(T["Give the deadline a title."]);
        }
        else if (title.Length > Deadline.MaxTitleLength)
        {
            errors.Add(T["The title is too long (at most {0} characters).", Deadline.MaxTitleLength]);
        }

        var rule = LegalDeadlines.Find(Input.Rule);
        if (rule is null || !rule.AppliesTo(tenant.Shell.Tenant.Kind))
        {
            errors.Add(T["Choose a rule from the list."]);
        }

        var start = ParseDate(Input.StartDate, errors);
        var due = ParseDate(Input.DueDate, errors);
        if (rule is { IsCustom: true } && string.IsNullOrWhiteSpace(Input.DueDate))
        {
            errors.Add(T["No rule sets this deadline: give its due date."]);
        }
        else if (rule is { IsCustom: false } && string.IsNullOrWhiteSpace(Input.StartDate))
        {
            errors.Add(T["Give the date the delay runs from (receipt, deposit, session…)."]);
        }

        if (rule is { IsCustom: true } && start is { } from && due is { } to && to < from)
        {
            errors.Add(T["The due date cannot be before the start date."]);
        }

        var assignee = string.IsNullOrWhiteSpace(Input.AssigneeUserId) ? null : Input.AssigneeUserId;
        if (assignee is not null && Team.All(m => m.UserId != assignee))
        {
            errors.Add(T["Choose the person in charge from the team."]);
        }
        else if (assignee is not null && assignee != UserId && !CanManage)
        {
            errors.Add(T["Only an administrator can give a deadline to someone else."]);
        }

        var reference = string.IsNullOrWhiteSpace(Input.Reference) ? null : Input.Reference.Trim();
        if (reference is { Length: > DeadlineInput.MaxReferenceLength })
        {
            errors.Add(T["The reference is too long (at most {0} characters).", DeadlineInput.MaxReferenceLength]);
        }

        Errors = errors;
        if (errors.Count > 0 || rule is null)
        {
            return null;
        }

        var startUtc = start is { } day ? LocalTime.At(day, TimeOnly.MinValue) : clock.GetUtcNow();
        return new DeadlineRequest("manual:" + Guid.NewGuid().ToString("N"), rule.Id, title, startUtc, assignee, reference, DueDate: rule.IsCustom ? due : null);
    }

    /// <summary>A date input's value (yyyy-MM-dd); null when empty, and an error when unreadable or out of range.</summary>
    private DateOnly? ParseDate(string? text, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }

        errors.Add(T["This date is not valid: {0}.", text]);
        return null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = Now = clock.GetUtcNow();
        var me = UserId;
        CanManage = await IsManagerAsync();
        var team = await (from g in db.Set<TenantRoleGrant>()
                          join u in db.Set<CmsUser>() on g.UserId equals u.Id
                          select new { u.Id, u.DisplayName, u.Email }).Distinct().ToListAsync(cancellationToken);
        Team = [.. team.Select(u => new TeamMember(u.Id, NameOf(u.DisplayName, u.Email, u.Id))).OrderBy(m => m.Name, StringComparer.CurrentCulture)];

        var all = db.Set<Deadline>().AsNoTracking();
        if (Mine)
        {
            all = all.Where(d => d.AssigneeUserId == me);
        }

        OverdueCount = await all.CountAsync(d => d.CompletedUtc == null && d.DueUtc < now, cancellationToken);
        DueCount = await all.CountAsync(d => d.CompletedUtc == null && d.DueUtc >= now, cancellationToken);
        DoneCount = await all.CountAsync(d => d.CompletedUtc != null, cancellationToken);
        Show = Show is "overdue" or "due" or "done" ? Show : OverdueCount > 0 ? "overdue" : "due";
        var deadlines = Show switch
        {
            "overdue" => await all.Where(d => d.CompletedUtc == null && d.DueUtc < now).OrderBy(d => d.DueUtc).ThenBy(d => d.Id).Take(PageSize).ToListAsync(cancellationToken),
            "done" => await all.Where(d => d.CompletedUtc != null).OrderByDescending(d => d.CompletedUtc).ThenByDescending(d => d.Id).Take(PageSize).ToListAsync(cancellationToken),
            _ => await all.Where(d => d.CompletedUtc == null && d.DueUtc >= now).OrderBy(d => d.DueUtc).ThenBy(d => d.Id).Take(PageSize).ToListAsync(cancellationToken),
        };

        // Someone who left the team keeps their name on what they were given.
        var names = Team.ToDictionary(m => m.UserId, m => m.Name);
        var missing = deadlines.Select(d => d.AssigneeUserId).OfType<string>().Where(id => !names.ContainsKey(id)).Distinct().ToList();
        foreach (var user in await db.Set<CmsUser>().AsNoTracking().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken))
        {
            names[user.Id] = NameOf(user.DisplayName, user.Email, user.Id);
        }

        var calendar = WorkingCalendar.For(tenant.Shell);
        Rows = [.. deadlines.Select(d => new DeadlineRow(
            d,
            LegalDeadlines.Find(d.Rule)?.Name.In(Culture) ?? d.Rule,
            d.AssigneeUserId is { } id ? names.GetValueOrDefault(id) : null,
            StaffDeadlines.WorkingDaysLeft(d.DueUtc, now, calendar),
            CanManage || (d.AssigneeUserId is { } assignee && assignee == me)))];
    }

    private static string NameOf(string displayName, string? email, string id) =>
        string.IsNullOrWhiteSpace(displayName) ? email ?? id : displayName;

    public sealed class DeadlineInput
    {
        public const int MaxReferenceLength = 100;

        public string? Title { get; set; }

        public string? Rule { get; set; }

        /// <summary>yyyy-MM-dd, Moroccan calendar day.</summary>
        public string? StartDate { get; set; }

        /// <summary>yyyy-MM-dd; only for the "custom" rule.</summary>
        public string? DueDate { get; set; }

        public string? AssigneeUserId { get; set; }

        public string? Reference { get; set; }
    }

    /// <param name="WorkingDaysLeft">After today until due; negative: working days late.</param>
    public sealed record DeadlineRow(Deadline Deadline, string RuleName, string? Assignee, int WorkingDaysLeft, bool CanChange);

    public sealed record TeamMember(string UserId, string Name);
}
