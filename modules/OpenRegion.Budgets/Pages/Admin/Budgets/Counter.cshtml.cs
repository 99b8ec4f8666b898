using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Budgets.Domain;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Budgets.Pages.Admin.Budgets;

/// <summary>
/// A paper ballot at a counter: staff check the citizen's identity card, type its number and the commune on it, and
/// the choices of the paper ballot. The same citizen can never have two ballots in a budget, whatever the channel:
/// the card's fingerprint is the voter online too. The citizen gets the receipt code on a slip.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + BudgetsPermissions.Counter)]
public sealed class CounterModel(ICmsDbContext db, TimeProvider clock, VoterIdentity identity, BudgetDefinitions definitions, TenantRegistry registry, TenantContext tenant, IAuditLog audit, BallotTexts texts, IStringLocalizer<BudgetsModule> T) : PageModel
{
    /// <summary>Budgets of processes in their voting phase, with their process.</summary>
    public IReadOnlyList<(Budget Budget, BudgetProcess Process)> Open { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "budget")]
    public long? BudgetId { get; set; }

    public Budget? Budget { get; private set; }

    public IReadOnlyList<BudgetProject> Projects { get; private set; } = [];

    public IReadOnlyList<BallotChoice> Choices { get; private set; } = [];

    public IReadOnlyList<Tenant> Communes { get; private set; } = [];

    public IReadOnlyDictionary<string, decimal> Costs => Projects.ToDictionary(p => p.Id.ToString(CultureInfo.InvariantCulture), p => p.Cost);

    [BindProperty]
    public CounterInput Input { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Budget is null)
        {
            return NotFound();
        }

        var choices = BallotForm.Read(Request.Form, Budget.BallotKind, out var unreadable);
        Choices = choices;
        var errors = new List<string>();
        if (unreadable)
        {
            errors.Add(T["Points and ranks are whole numbers."]);
        }

        if (!VoterIdentity.TryNormalize(Input.CardNumber, out var card))
        {
            errors.Add(T["Type the number of the identity card (CNIE) as it is printed, e.g. AB123456."]);
        }

        if (Communes.All(c => c.Id != Input.Residence))
        {
            errors.Add(T["Choose the commune of residence written on the card."]);
        }

        if (!Input.Checked)
        {
            errors.Add(T["Confirm that you checked the identity card."]);
        }

        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        var staff = User.Identity?.Name ?? "";
        var request = new BallotRequest(Budget.Id, new Voter(identity.Key(card), Input.Residence), choices, BallotChannel.Counter, staff, Territories.Of(registry, tenant.Shell.Id));
        // The audit says who recorded a paper ballot and when, never what it says nor whose it is; it is saved with the
        // ballot, in one commit, or not at all.
        audit.Record("budget.counter-ballot", $"Budget:{Budget.Id}");
        var result = await BallotBox.CastAsync(db, request, clock, cancellationToken);
        if (!result.Accepted)
        {
            return Refused([.. texts.Reasons(result, Budget, Costs, choices)]);
        }
        TempData["Receipt"] = result.ReceiptCode;
        return LocalRedirect(Url.Content($"~/admin/budgets/counter?budget={Budget.Id}"));
    }

    private PageResult Refused(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var processes = (await db.Set<BudgetProcess>().AsNoTracking().Where(p => p.VotingStartsUtc <= now && p.VotingEndsUtc > now).ToListAsync(cancellationToken))
            .Where(p => p.PhaseAt(now) == BudgetPhase.Voting).ToList();
        var ids = processes.Select(p => p.Id).ToList();
        var budgets = await db.Set<Budget>().AsNoTracking().Where(b => ids.Contains(b.ProcessId)).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        Open = [.. budgets.Select(b => (b, processes.First(p => p.Id == b.ProcessId)))];
        Budget = Open.Count == 1 && BudgetId is null ? Open[0].Budget : Open.Select(o => o.Budget).FirstOrDefault(b => b.Id == BudgetId);
        if (Budget is null)
        {
            return;
        }

        Projects = await definitions.OnBallotAsync(db, tenant.Shell.Id, Budget.Id, cancellationToken);
        Communes = Eligibility.Communes(registry, Territories.Of(registry, tenant.Shell.Id), Budget, Culture);
    }

    public sealed class CounterInput
    {
        public string? CardNumber { get; set; }

        public string? Residence { get; set; }

        public bool Checked { get; set; }
    }
}
