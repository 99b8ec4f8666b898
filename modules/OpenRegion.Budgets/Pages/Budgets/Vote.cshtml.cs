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
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Budgets.Pages.Budgets;

/// <summary>
/// A citizen's ballot for one budget, on a phone in a few taps: the projects with their costs, the rule, a live meter
/// of what the choice costs. The first time, the citizen gives their identity card number (kept only as a
/// fingerprint) and commune of residence, which make them one voter online and at a counter alike. They get a receipt
/// code, and can change their ballot until voting closes; the follow-up of the process comes to them.
/// </summary>
[Authorize]
public sealed class VoteModel(ICmsDbContext db, TimeProvider clock, VoterIdentity identity, TenantRegistry registry, TenantContext tenant, BallotTexts texts, IStringLocalizer<BudgetsModule> T)
    : ProcessPageModel(db, clock)
{
    private string? _voterKey;

    public Budget Budget { get; private set; } = null!;

    public IReadOnlyList<BudgetProject> Projects { get; private set; } = [];

    /// <summary>What the form shows as chosen: the ballot sent back with errors, or the stored one.</summary>
    public IReadOnlyList<BallotChoice> Choices { get; private set; } = [];

    public Ballot? Current { get; private set; }

    /// <summary>Whether the account still has to give its identity card number (its first vote).</summary>
    public bool NeedsIdentity { get; private set; }

    public string? Residence { get; private set; }

    public bool Eligible { get; private set; }

    public IReadOnlyList<Tenant> Communes { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public IdentityInput Input { get; set; } = new();

    public IReadOnlyDictionary<string, decimal> Costs => Projects.ToDictionary(p => p.Id.ToString(CultureInfo.InvariantCulture), p => p.Cost);

    public async Task<IActionResult> OnGetAsync(long budgetId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(budgetId, cancellationToken))
        {
            return NotFound();
        }

        Choices = Current is null ? [] : JsonSerializer.Deserialize<List<BallotChoice>>(Current.ChoicesJson, Cms.Core.Workflows.Outbox.JsonOptions) ?? [];
        return Page();
    }

    [Limited(LimitedAction.Vote)]
    public async Task<IActionResult> OnPostAsync(long budgetId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(budgetId, cancellationToken))
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

        var key = _voterKey;
        var residence = Residence;
        if (key is null)
        {
            if (!VoterIdentity.TryNormalize(Input.CardNumber, out var card))
            {
                errors.Add(T["Type the number of your national identity card (CNIE) as it is printed, e.g. AB123456."]);
            }
            else
            {
                key = identity.Key(card);
                if (await Db.Set<CmsUser>().AnyAsync(u => u.VoterKey == key && u.Id != UserId, cancellationToken))
                {
                    errors.Add(T["This identity card number is already used by another account. If it is yours, go to the commune's office with your card."]);
                }
            }

            // The commune declared with the card is where the citizen lives from now on (the ballot box then says
            // whether it is one of this budget's).
            if (Input.Residence is { Length: > 0 } chosen)
            {
                residence = registry.Find(chosen) is { Kind: TenantKind.Commune } ? chosen : null;
            }

            if (residence is null)
            {
                errors.Add(T["Choose the commune where you live."]);
            }
        }

        if (errors.Count > 0 || key is null)
        {
            return await RefusedAsync(errors, cancellationToken);
        }

        // A voter follows the process (its results, then the winners' execution): saved with a first ballot.
        await Follows.FollowAsync(Db, UserId!, BudgetEvents.Subject(Process.Id), Clock, cancellationToken);
        var result = await BallotBox.CastAsync(Db, new BallotRequest(Budget.Id, new Voter(key, residence), choices, BallotChannel.Online, null, Territories.Of(registry, tenant.Shell.Id)), Clock, cancellationToken);
        if (!result.Accepted)
        {
            return await RefusedAsync([.. texts.Reasons(result, Budget, Costs, choices)], cancellationToken);
        }

        if (_voterKey is null)
        {
            await Db.Set<CmsUser>().Where(u => u.Id == UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.VoterKey, key).SetProperty(u => u.ResidenceTenantId, residence), cancellationToken);
        }

        try
        {
            await Db.SaveChangesAsync(cancellationToken); // the follow, when the ballot was a change
        }
        catch (DbUpdateException)
        {
            // The same ballot sent twice at once (a double tap): the other submission saved the follow.
        }

        TempData["Receipt"] = result.ReceiptCode;
        TempData["Changed"] = result.Changed;
        return LocalRedirect(Url.Content($"~{BudgetEvents.ProcessUrl(Process)}/vote/{Budget.Id}"));
    }

    /// <summary>The form again, with the reasons and the choices as sent (and the ballot already stored, if any, for its notice).</summary>
    private async Task<PageResult> RefusedAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        Current = _voterKey is { } key ? await BallotBox.FindAsync(Db, Budget.Id, key, cancellationToken) : null;
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(long budgetId, CancellationToken cancellationToken)
    {
        if (!await LoadProcessAsync(cancellationToken) || Budgets.FirstOrDefault(b => b.Id == budgetId) is not { } budget)
        {
            return false;
        }

        Budget = budget;
        Projects = await BudgetDefinitions.OnBallotAsync(Db, Tenant, budget.Id, cancellationToken);
        var user = await Db.Set<CmsUser>().AsNoTracking().Where(u => u.Id == UserId).Select(u => new { u.VoterKey, u.ResidenceTenantId }).FirstOrDefaultAsync(cancellationToken);
        _voterKey = user?.VoterKey;
        NeedsIdentity = _voterKey is null;
        Residence = user?.ResidenceTenantId;
        Current = _voterKey is { } key && HttpMethods.IsGet(Request.Method) ? await BallotBox.FindAsync(Db, budget.Id, key, cancellationToken) : null;
        var territory = Territories.Of(registry, tenant.Shell.Id);
        Communes = Eligibility.Communes(registry, territory, budget, Culture);
        Eligible = NeedsIdentity || BallotBox.IsEligible(budget, Residence, territory);
        Input.Residence ??= Residence;
        return true;
    }

    public string ResidenceName => Residence is { } id ? registry.Find(id)?.DisplayName(Culture) ?? id : "";

    public sealed class IdentityInput
    {
        public string? CardNumber { get; set; }

        public string? Residence { get; set; }
    }
}
