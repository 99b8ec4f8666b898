using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Budgets.Domain;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Budgets.Pages.Admin.Budgets;

/// <summary>
/// The technical review and the follow-up of a process's projects: the services answer each proposal (feasible, at
/// what cost, or not, with reasons that citizens read and the proposer is told), add projects of their own, and once
/// the winners are known publish their progress and milestones. What is on the ballot cannot change once voting opens.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + BudgetsPermissions.Manage)]
[InvalidatesBudgetDefinitions]
public sealed class ProjectsModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, IStringLocalizer<BudgetsModule> T) : PageModel
{
    public const int MaxReason = 4000;

    public BudgetProcess Process { get; private set; } = null!;

    public IReadOnlyList<Budget> Budgets { get; private set; } = [];

    public IReadOnlyList<BudgetProject> Projects { get; private set; } = [];

    public IReadOnlyDictionary<ProjectState, int> Counts { get; private set; } = new Dictionary<ProjectState, int>();

    public IReadOnlyDictionary<string, string> Proposers { get; private set; } = new Dictionary<string, string>();

    public ILookup<long, BudgetMilestone> Milestones { get; private set; } = Array.Empty<BudgetMilestone>().ToLookup(m => m.ProjectId);

    public BudgetPhase Phase { get; private set; }

    public bool Locked => Phase >= BudgetPhase.Voting;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    [BindProperty(SupportsGet = true, Name = "state")]
    public ProjectState? State { get; set; }

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    [BindProperty]
    public NewProjectInput New { get; set; } = new();

    [BindProperty]
    public MilestoneInput Milestone { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The project whose form shows the errors (0: the new project form).</summary>
    public long? ErrorsFor { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReviewAsync(long id, long projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || await FindAsync(projectId, cancellationToken) is not { } project)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var cost = Money.Parse(Review.Cost);
        var budget = Budgets.First(b => b.Id == project.BudgetId);
        if (cost is not > 0)
        {
            errors.Add(T["Give the cost in dirhams, as a number greater than zero."]);
        }

        if (Review.State is not (ProjectState.Proposed or ProjectState.Feasible or ProjectState.Unfeasible or ProjectState.Withdrawn) && Review.State != project.State)
        {
            errors.Add(T["Choose the project's state from the list."]);
        }

        var (reason, problem) = TextInput.Clean(Review.Reason, MaxReason, multiline: true);
        if (problem != TextInput.Problem.None)
        {
            errors.Add(problem == TextInput.Problem.TooLong ? T["The reasons have at most {0} characters.", MaxReason] : T["Remove the invisible or direction-changing characters from the reasons."]);
        }

        if (Review.State == ProjectState.Unfeasible && reason.Length == 0)
        {
            errors.Add(T["Say why the project cannot be done: the proposer and every citizen read it."]);
        }

        if (Locked && (Review.State != project.State || cost != project.Cost))
        {
            errors.Add(T["Voting has opened: the projects on the ballot and their costs can no longer change."]);
        }

        if (errors.Count > 0)
        {
            return Refused(errors, projectId);
        }

        var changed = project.State != Review.State!.Value || project.ReviewReason != (reason.Length > 0 ? reason : null) || project.Cost != cost;
        project.State = Review.State.Value;
        project.Cost = cost!.Value;
        project.ReviewReason = reason.Length > 0 ? reason : null;
        if (changed)
        {
            Outbox.Raise(db, BudgetEvents.ProjectReviewed, new BudgetEvents.ProjectPayload(project.Id, Process.Id, project.TitleAr.Length > 0 ? project.TitleAr : project.TitleFr, project.TitleFr, project.State.ToString(), project.ReviewReason, project.Cost, BudgetEvents.ProjectUrl(Process, project.Id), project.ProposerUserId), clock);
            audit.Record("budget.project-reviewed", $"BudgetProject:{project.Id}", new { State = project.State.ToString(), project.Cost, budget = budget.Id });
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Saved: {0}.", project.Title(Culture)].Value;
        return Back(id, project.Id);
    }

    public async Task<IActionResult> OnPostAddAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var budget = Budgets.FirstOrDefault(b => b.Id == New.BudgetId);
        if (budget is null)
        {
            errors.Add(T["Choose the budget your project belongs to."]);
        }

        var titleAr = TextInput.Clean(New.TitleAr, 300);
        var titleFr = TextInput.Clean(New.TitleFr, 300);
        var textAr = TextInput.Clean(New.DescriptionAr, 4000, multiline: true);
        var textFr = TextInput.Clean(New.DescriptionFr, 4000, multiline: true);
        if (new[] { titleAr.Problem, titleFr.Problem, textAr.Problem, textFr.Problem }.Any(p => p != TextInput.Problem.None))
        {
            errors.Add(T["Titles have at most 300 characters and descriptions 4,000, without invisible or direction-changing characters."]);
        }

        if (titleAr.Text.Length == 0 && titleFr.Text.Length == 0)
        {
            errors.Add(T["Give your project a title, in Arabic or in French."]);
        }

        var cost = Money.Parse(New.Cost);
        if (cost is not > 0)
        {
            errors.Add(T["Give the cost in dirhams, as a number greater than zero."]);
        }

        if (New.Category is { Length: > 0 } category && !BallotTexts.Categories.Contains(category))
        {
            errors.Add(T["Choose a category from the list."]);
        }

        if (Locked)
        {
            errors.Add(T["Voting has opened: the projects on the ballot and their costs can no longer change."]);
        }

        if (errors.Count > 0 || budget is null)
        {
            return Refused(errors, 0);
        }

        var project = new BudgetProject
        {
            BudgetId = budget.Id, TitleAr = titleAr.Text, TitleFr = titleFr.Text, DescriptionAr = textAr.Text, DescriptionFr = textFr.Text, Cost = cost!.Value,
            Category = New.Category is { Length: > 0 } c ? c : null, Place = TextInput.Clean(New.Place, 300).Text is { Length: > 0 } place ? place : null,
            State = New.OnBallot ? ProjectState.Feasible : ProjectState.Proposed, CreatedUtc = clock.GetUtcNow(),
        };
        db.Set<BudgetProject>().Add(project);
        audit.Record("budget.project-added", $"BudgetProcess:{Process.Slug}", new { project.TitleFr, project.Cost, budget = budget.Id });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Added: {0}.", project.Title(Culture)].Value;
        return Back(id, project.Id);
    }

    public async Task<IActionResult> OnPostProgressAsync(long id, long projectId, int? progress, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || await FindAsync(projectId, cancellationToken) is not { } project)
        {
            return NotFound();
        }

        if (progress is not (>= 0 and <= 100) || project.State != ProjectState.Selected)
        {
            return Refused([project.State != ProjectState.Selected ? T["Only a funded project has an execution to follow."] : T["The progress is a whole number from 0 to 100."]], projectId);
        }

        project.Progress = progress.Value;
        audit.Record("budget.progress-updated", $"BudgetProject:{project.Id}", new { project.Progress });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Saved: {0}.", project.Title(Culture)].Value;
        return Back(id, project.Id);
    }

    public async Task<IActionResult> OnPostMilestoneAsync(long id, long projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || await FindAsync(projectId, cancellationToken) is not { } project)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var titleAr = TextInput.Clean(Milestone.TitleAr, 300);
        var titleFr = TextInput.Clean(Milestone.TitleFr, 300);
        if (titleAr.Problem != TextInput.Problem.None || titleFr.Problem != TextInput.Problem.None || titleAr.Text.Length + titleFr.Text.Length == 0)
        {
            errors.Add(T["Name the milestone in Arabic or in French (at most 300 characters)."]);
        }

        if (!DateOnly.TryParseExact(Milestone.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year is < 2000 or > 2100)
        {
            errors.Add(T["Give the milestone's date."]);
        }

        if (project.State != ProjectState.Selected)
        {
            errors.Add(T["Only a funded project has an execution to follow."]);
        }

        if (errors.Count > 0)
        {
            return Refused(errors, projectId);
        }

        db.Set<BudgetMilestone>().Add(new BudgetMilestone { ProjectId = project.Id, Date = date, TitleAr = titleAr.Text, TitleFr = titleFr.Text, Done = Milestone.Done, CreatedUtc = clock.GetUtcNow() });
        audit.Record("budget.milestone-added", $"BudgetProject:{project.Id}", new { Date = date.ToString("O", CultureInfo.InvariantCulture), Milestone.Done });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Saved: {0}.", project.Title(Culture)].Value;
        return Back(id, project.Id);
    }

    public async Task<IActionResult> OnPostMilestoneDoneAsync(long id, long milestoneId, bool done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var projectIds = Projects.Select(p => p.Id).ToList();
        var milestone = await db.Set<BudgetMilestone>().FirstOrDefaultAsync(m => m.Id == milestoneId && projectIds.Contains(m.ProjectId), cancellationToken);
        if (milestone is null)
        {
            return NotFound();
        }

        milestone.Done = done;
        audit.Record("budget.milestone-updated", $"BudgetProject:{milestone.ProjectId}", new { milestone.Id, done });
        await db.SaveChangesAsync(cancellationToken);
        return Back(id, milestone.ProjectId);
    }

    private IActionResult Back(long id, long projectId) =>
        LocalRedirect(Url.Content($"~/admin/budgets/{id}/projects") + (State is { } state ? $"?state={state}" : "") + $"#project-{projectId}");

    private PageResult Refused(IReadOnlyList<string> errors, long projectId)
    {
        db.ChangeTracker.Clear();
        Errors = errors;
        ErrorsFor = projectId;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>A project of this process (another process's or tenant's id is not found), tracked for change.</summary>
    private async Task<BudgetProject?> FindAsync(long projectId, CancellationToken cancellationToken)
    {
        var budgetIds = Budgets.Select(b => b.Id).ToList();
        return await db.Set<BudgetProject>().FirstOrDefaultAsync(p => p.Id == projectId && budgetIds.Contains(p.BudgetId), cancellationToken);
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var process = await db.Set<BudgetProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (process is null)
        {
            return false;
        }

        Process = process;
        Phase = process.PhaseAt(clock.GetUtcNow());
        Budgets = await db.Set<Budget>().AsNoTracking().Where(b => b.ProcessId == id).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        var budgetIds = Budgets.Select(b => b.Id).ToList();
        var all = db.Set<BudgetProject>().AsNoTracking().Where(p => budgetIds.Contains(p.BudgetId));
        Counts = await all.GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Projects = await (State is { } state ? all.Where(p => p.State == state) : all).OrderBy(p => p.BudgetId).ThenBy(p => p.Id).Take(500).ToListAsync(cancellationToken);
        var proposers = Projects.Select(p => p.ProposerUserId).OfType<string>().Distinct().ToList();
        Proposers = await db.Set<CmsUser>().AsNoTracking().Where(u => proposers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName, cancellationToken);
        var ids = Projects.Select(p => p.Id).ToList();
        Milestones = (await db.Set<BudgetMilestone>().AsNoTracking().Where(m => ids.Contains(m.ProjectId)).OrderBy(m => m.Date).ToListAsync(cancellationToken)).ToLookup(m => m.ProjectId);
        return true;
    }

    public sealed class ReviewInput
    {
        public ProjectState? State { get; set; }

        public string? Cost { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class NewProjectInput
    {
        public long? BudgetId { get; set; }

        public string? TitleAr { get; set; }

        public string? TitleFr { get; set; }

        public string? DescriptionAr { get; set; }

        public string? DescriptionFr { get; set; }

        public string? Cost { get; set; }

        public string? Category { get; set; }

        public string? Place { get; set; }

        /// <summary>Found feasible already: straight on the ballot.</summary>
        public bool OnBallot { get; set; }
    }

    public sealed class MilestoneInput
    {
        public string? Date { get; set; }

        public string? TitleAr { get; set; }

        public string? TitleFr { get; set; }

        public bool Done { get; set; }
    }
}
