using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenRegion.Budgets.Domain;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Budgets.Pages.Admin.Budgets;

/// <summary>
/// One process for staff: its texts, its calendar (the phases switch by these dates, with timers), its counting rule,
/// and its budgets with their amount, ballot rule and eligible communes. Once voting has opened, what voters were
/// shown — the counting rule, the amounts, the ballot rules — can no longer change.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + BudgetsPermissions.Manage)]
[InvalidatesBudgetDefinitions]
public sealed class ProcessModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, TenantRegistry registry, TenantContext tenant, IStringLocalizer<BudgetsModule> T) : PageModel
{
    public static readonly string[] CountingRules = ["greedy", "greedy-no-skip", "mes"];

    public BudgetProcess Process { get; private set; } = null!;

    public IReadOnlyList<Budget> Budgets { get; private set; } = [];

    public IReadOnlyDictionary<long, int> Ballots { get; private set; } = new Dictionary<long, int>();

    public IReadOnlyList<Tenant> Communes { get; private set; } = [];

    public BudgetPhase Phase { get; private set; }

    /// <summary>Voting has opened: the rules voters saw are fixed.</summary>
    public bool Locked => Phase >= BudgetPhase.Voting;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    [BindProperty]
    public ProcessInput Input { get; set; } = new();

    [BindProperty]
    public BudgetInput BudgetForm { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<string> BudgetErrors { get; private set; } = [];

    /// <summary>The budget whose form shows errors (0: the new one).</summary>
    public long? BudgetWithErrors { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = ProcessInput.From(Process);
        return Page();
    }

    public async Task<IActionResult> OnPostProcessAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var titleAr = T.Read(Input.TitleAr, 300, false, T["Title in Arabic"], errors);
        var titleFr = T.Read(Input.TitleFr, 300, false, T["Title in French"], errors);
        if (titleAr.Length == 0 && titleFr.Length == 0)
        {
            errors.Add(T["Give the participatory budget a title, in Arabic or in French."]);
        }

        var descriptionAr = T.Read(Input.DescriptionAr, 20_000, true, T["Description in Arabic"], errors);
        var descriptionFr = T.Read(Input.DescriptionFr, 20_000, true, T["Description in French"], errors);
        var slug = (Input.Slug ?? "").Trim();
        if (Slugs.Problem(slug) is { } problem)
        {
            errors.Add(T[problem]);
        }
        else if (await db.Set<BudgetProcess>().AnyAsync(p => p.Slug == slug && p.Id != id, cancellationToken))
        {
            errors.Add(T["The address {0} is already used by another participatory budget.", slug]);
        }

        if (!CountingRules.Contains(Input.CountingRule))
        {
            errors.Add(T["Choose how the winners are chosen."]);
        }
        else if (Locked && Input.CountingRule != Process.CountingRule)
        {
            errors.Add(T["Voting has opened: the counting rule shown to voters can no longer change."]);
        }

        var inputs = new[] { Input.Information, Input.Proposals, Input.Review, Input.Voting, Input.VotingEnds, Input.FollowUp };
        var dates = new DateTimeOffset?[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            if (!LocalTime.TryParseInput(inputs[i], out dates[i]))
            {
                errors.Add(T["This date is not valid: {0}.", inputs[i]!]);
            }
        }

        if (BudgetDates.Problem(dates) is not null)
        {
            errors.Add(T["The dates must follow each other: information, proposals, technical review, voting, end of voting, follow-up; voting needs a start and an end."]);
        }

        var now = clock.GetUtcNow();
        if (Locked && dates[3] != Process.VotingStartsUtc && (dates[3] is null || dates[3] > now))
        {
            errors.Add(T["Voting has opened: its start cannot move."]);
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var process = await db.Set<BudgetProcess>().FirstAsync(p => p.Id == id, cancellationToken);
        (process.TitleAr, process.TitleFr, process.DescriptionAr, process.DescriptionFr, process.Slug, process.CountingRule) = (titleAr, titleFr, descriptionAr, descriptionFr, slug, Input.CountingRule!);
        (process.InformationStartsUtc, process.ProposalsStartsUtc, process.ReviewStartsUtc, process.VotingStartsUtc, process.VotingEndsUtc, process.FollowUpStartsUtc) = (dates[0], dates[1], dates[2], dates[3], dates[4], dates[5]);
        await BudgetEvents.ScheduleAsync(db, process, clock, cancellationToken);
        audit.Record("budget.process-updated", $"BudgetProcess:{process.Slug}", new { process.CountingRule, process.VotingStartsUtc, process.VotingEndsUtc });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Saved."].Value;
        return LocalRedirect(Url.Content($"~/admin/budgets/{id}"));
    }

    public async Task<IActionResult> OnPostBudgetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = ProcessInput.From(Process);
        var form = BudgetForm;
        var existing = form.Id is > 0 ? await db.Set<Budget>().FirstOrDefaultAsync(b => b.Id == form.Id && b.ProcessId == id, cancellationToken) : null;
        if (form.Id is > 0 && existing is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var nameAr = T.Read(form.NameAr, 300, false, T["Name in Arabic"], errors);
        var nameFr = T.Read(form.NameFr, 300, false, T["Name in French"], errors);
        if (nameAr.Length == 0 && nameFr.Length == 0)
        {
            errors.Add(T["Give the budget a name, in Arabic or in French."]);
        }

        var amount = Money.Parse(form.Amount);
        if (amount is not > 0 || amount > 100_000_000_000m)
        {
            errors.Add(T["Give the amount in dirhams, as a number greater than zero."]);
        }

        if (!Enum.TryParse<BallotKind>(form.BallotKind, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add(T["Choose how citizens fill in their ballot."]);
        }

        if (ModelState.Keys.Any(k => k.StartsWith("BudgetForm.", StringComparison.Ordinal) && ModelState[k]!.Errors.Count > 0))
        {
            errors.Add(T["Numbers of projects, shares and points are whole numbers."]);
        }

        var communes = (form.Communes ?? []).Distinct().ToList();
        if (communes.Any(c => Communes.All(t => t.Id != c)))
        {
            errors.Add(T["Choose the communes from the list."]);
        }

        var budget = existing ?? new Budget { ProcessId = id };
        (decimal, BallotRule)? before = existing is null ? null : (budget.Amount, budget.Rule);
        budget.NameAr = nameAr;
        budget.NameFr = nameFr;
        budget.Amount = amount ?? 0;
        budget.BallotKind = kind;
        budget.MinProjects = Math.Max(0, form.MinProjects ?? 1);
        budget.MaxProjects = kind == BallotKind.ChooseOne ? 1 : form.MaxProjects;
        budget.MinSpendPercent = kind == BallotKind.Knapsack ? form.MinSpendPercent : null;
        budget.Points = kind == BallotKind.Cumulative ? form.Points ?? 0 : 0;
        budget.MaxPointsPerProject = kind == BallotKind.Cumulative ? form.MaxPointsPerProject : null;
        budget.EligibleCommunesJson = JsonSerializer.Serialize(communes);
        if (errors.Count == 0)
        {
            // The rule's own reasons are English msgids of this module's catalogue.
            errors.AddRange(budget.Rule.Check().Select(e => T[e.Message].Value));
        }

        if (Locked && (existing is null || before != (budget.Amount, budget.Rule)))
        {
            errors.Add(T["Voting has opened: the budgets, their amounts and their ballot rules can no longer change (names can)."]);
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            BudgetErrors = errors;
            BudgetWithErrors = form.Id ?? 0;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (existing is null)
        {
            db.Set<Budget>().Add(budget);
        }

        audit.Record("budget.budget-saved", $"BudgetProcess:{Process.Slug}", new { budget.NameFr, budget.Amount, Ballot = budget.BallotKind.ToString(), Communes = communes });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Budget saved: {0}.", budget.Name(Culture)].Value;
        return LocalRedirect(Url.Content($"~/admin/budgets/{id}#budgets"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, bool confirm, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = ProcessInput.From(Process);
        if (Ballots.Values.Sum() > 0 || !confirm)
        {
            Errors = [Ballots.Values.Sum() > 0 ? T["This participatory budget has ballots: it cannot be deleted."] : T["Tick the box to confirm the deletion."]];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var process = await db.Set<BudgetProcess>().FirstAsync(p => p.Id == id, cancellationToken);
        foreach (var (phase, _) in process.Calendar())
        {
            await OpenRegion.Cms.Core.Workflows.Outbox.CancelAsync(db, BudgetEvents.TimerKey(id, phase), cancellationToken);
        }

        db.Set<BudgetProcess>().Remove(process);
        audit.Record("budget.process-deleted", $"BudgetProcess:{process.Slug}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Deleted: {0}.", process.Title(Culture)].Value;
        return LocalRedirect(Url.Content("~/admin/budgets"));
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
        var ids = Budgets.Select(b => b.Id).ToList();
        Ballots = await db.Set<Ballot>().Where(b => ids.Contains(b.BudgetId)).GroupBy(b => b.BudgetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var territory = OpenRegion.Cms.Core.Budgeting.Territories.Of(registry, tenant.Shell.Id);
        Communes = [.. registry.All.Where(t => t.Kind == TenantKind.Commune && territory.Contains(t.Id)).OrderBy(t => t.DisplayName(Culture), StringComparer.Create(CultureInfo.CurrentCulture, true))];
        return true;
    }

    public BudgetInput FormFor(Budget? budget) =>
        BudgetWithErrors == (budget?.Id ?? 0) ? BudgetForm : budget is null ? new BudgetInput { BallotKind = nameof(BallotKind.Knapsack), MinProjects = 1 } : BudgetInput.From(budget);

    public sealed class ProcessInput
    {
        public string? TitleAr { get; set; }

        public string? TitleFr { get; set; }

        public string? DescriptionAr { get; set; }

        public string? DescriptionFr { get; set; }

        public string? Slug { get; set; }

        public string? CountingRule { get; set; }

        public string? Information { get; set; }

        public string? Proposals { get; set; }

        public string? Review { get; set; }

        public string? Voting { get; set; }

        public string? VotingEnds { get; set; }

        public string? FollowUp { get; set; }

        public static ProcessInput From(BudgetProcess p) => new()
        {
            TitleAr = p.TitleAr, TitleFr = p.TitleFr, DescriptionAr = p.DescriptionAr, DescriptionFr = p.DescriptionFr, Slug = p.Slug, CountingRule = p.CountingRule,
            Information = LocalTime.ToInput(p.InformationStartsUtc), Proposals = LocalTime.ToInput(p.ProposalsStartsUtc), Review = LocalTime.ToInput(p.ReviewStartsUtc),
            Voting = LocalTime.ToInput(p.VotingStartsUtc), VotingEnds = LocalTime.ToInput(p.VotingEndsUtc), FollowUp = LocalTime.ToInput(p.FollowUpStartsUtc),
        };
    }

    public sealed class BudgetInput
    {
        public long? Id { get; set; }

        public string? NameAr { get; set; }

        public string? NameFr { get; set; }

        public string? Amount { get; set; }

        public string? BallotKind { get; set; }

        public int? MinProjects { get; set; }

        public int? MaxProjects { get; set; }

        public int? MinSpendPercent { get; set; }

        public int? Points { get; set; }

        public int? MaxPointsPerProject { get; set; }

        public List<string>? Communes { get; set; }

        public static BudgetInput From(Budget b) => new()
        {
            Id = b.Id, NameAr = b.NameAr, NameFr = b.NameFr, Amount = Money.Format(b.Amount), BallotKind = b.BallotKind.ToString(), MinProjects = b.MinProjects, MaxProjects = b.MaxProjects,
            MinSpendPercent = b.MinSpendPercent, Points = b.Points, MaxPointsPerProject = b.MaxPointsPerProject, Communes = JsonSerializer.Deserialize<List<string>>(b.EligibleCommunesJson) ?? [],
        };
    }
}
