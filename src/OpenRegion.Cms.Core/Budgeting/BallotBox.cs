using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Budgeting;

/// <summary>Why a ballot was not taken, beside the rule's own reasons.</summary>
public enum BallotRefusal
{
    None,
    UnknownBudget,
    OutOfPhase,
    NotEligible,
    Invalid,

    /// <summary>The citizen already has a ballot that this channel may not replace (a counter ballot, or a second one at a counter).</summary>
    AlreadyVoted,
}

/// <summary>A voter: their <see cref="VoterIdentity"/> key and the commune they live in (from their account, or checked on their card at a counter).</summary>
public sealed record Voter(string Key, string? ResidenceTenantId);

/// <param name="Territory">The tenants whose residents live in the budget's territory: the budget's tenant and those under it (<see cref="Territories.Of"/>).</param>
public sealed record BallotRequest(long BudgetId, Voter Voter, IReadOnlyList<BallotChoice> Choices, BallotChannel Channel, string? RecordedBy, IReadOnlySet<string> Territory);

/// <summary>What casting gave: the receipt code when taken, or why not (nothing is stored then).</summary>
public sealed record BallotResult(BallotRefusal Refusal, IReadOnlyList<BallotError> Errors, string? ReceiptCode, bool Changed)
{
    public bool Accepted => Refusal == BallotRefusal.None;
}

/// <summary>
/// Takes ballots: only while the process is in its voting phase, only from an eligible voter, only when the ballot
/// follows the budget's rule over the projects on the ballot. One ballot per voter and budget whatever the channel
/// (the unique index decides, not a read before the write): online, a second submission replaces the first (same
/// receipt code) until voting closes, and submissions racing each other leave exactly one ballot; a paper ballot
/// recorded at a counter is final, and a citizen who already has a ballot cannot get another one at a counter.
/// </summary>
public static class BallotBox
{
    private const string ReceiptAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

    /// <remarks>
    /// Anything else the caller added to <paramref name="db"/> beforehand (e.g. the voter following the process) is
    /// saved in the same commit as a new ballot; a change of an existing ballot is one statement of its own.
    /// </remarks>
    public static async Task<BallotResult> CastAsync(ICmsDbContext db, BallotRequest request, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var budgetId = request.BudgetId;
        var voterId = request.Voter.Key;
        var found = await (from b in db.Set<Budget>().AsNoTracking()
                           join p in db.Set<BudgetProcess>().AsNoTracking() on b.ProcessId equals p.Id
                           where b.Id == budgetId
                           select new { Budget = b, Process = p }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Refused(BallotRefusal.UnknownBudget, "This budget does not exist.");
        }

        var (budget, process) = (found.Budget, found.Process);
        var now = clock.GetUtcNow();
        if (process.PhaseAt(now) != BudgetPhase.Voting)
        {
            return Refused(BallotRefusal.OutOfPhase, "Voting is not open for this budget.");
        }

        if (!IsEligible(budget, request.Voter.ResidenceTenantId, request.Territory))
        {
            return Refused(BallotRefusal.NotEligible, "Only residents of the communes of this budget may vote in it.");
        }

        var onBallot = await db.Set<BudgetProject>().AsNoTracking()
            .Where(p => p.BudgetId == budgetId && p.State == ProjectState.Feasible)
            .Select(p => new { p.Id, p.Cost }).ToListAsync(cancellationToken);
        var costs = onBallot.ToDictionary(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Cost);
        var errors = BallotValidator.Validate(budget.Rule, costs, budget.Amount, request.Choices);
        if (errors.Count > 0)
        {
            return new BallotResult(BallotRefusal.Invalid, errors, null, false);
        }

        var json = JsonSerializer.Serialize(request.Choices, Workflows.Outbox.JsonOptions);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            // Most ballots are first ballots: an insert, which the unique index refuses when this voter already has one.
            var ballot = new Ballot { BudgetId = budgetId, VoterId = voterId, ChoicesJson = json, Channel = request.Channel, RecordedBy = request.RecordedBy, ReceiptCode = NewReceipt(), CastUtc = now, UpdatedUtc = now };
            db.Set<Ballot>().Add(ballot);
            if (await TrySaveAsync(db, ballot, cancellationToken))
            {
                return new BallotResult(BallotRefusal.None, [], ballot.ReceiptCode, false);
            }

            // There is one: online, an online ballot is changed (the last submission counts, every change is counted),
            // in one statement; a paper ballot is final, and a counter never replaces anything.
            if (request.Channel == BallotChannel.Online)
            {
                var changed = await db.Set<Ballot>().Where(b => b.BudgetId == budgetId && b.VoterId == voterId && b.Channel == BallotChannel.Online)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(b => b.ChoicesJson, json)
                        .SetProperty(b => b.UpdatedUtc, now)
                        .SetProperty(b => b.Changes, b => b.Changes + 1), cancellationToken);
                if (changed > 0)
                {
                    var receipt = await db.Set<Ballot>().Where(b => b.BudgetId == budgetId && b.VoterId == voterId).Select(b => b.ReceiptCode).FirstAsync(cancellationToken);
                    return new BallotResult(BallotRefusal.None, [], receipt, true);
                }
            }

            if (await db.Set<Ballot>().AnyAsync(b => b.BudgetId == budgetId && b.VoterId == voterId, cancellationToken))
            {
                return Refused(BallotRefusal.AlreadyVoted, "This citizen already has a ballot in this budget.");
            }

            // The other ballot was refused a unique receipt code (about one chance in 10^15) or vanished: try again.
        }

        throw new InvalidOperationException("The ballot could not be saved.");
    }

    /// <summary>
    /// Whether someone living in <paramref name="residenceTenantId"/> may vote: in one of the budget's communes when
    /// it names some, otherwise anywhere in the territory of the budget's tenant.
    /// </summary>
    public static bool IsEligible(Budget budget, string? residenceTenantId, IReadOnlySet<string> territory)
    {
        if (residenceTenantId is null)
        {
            return false;
        }

        var communes = JsonSerializer.Deserialize<List<string>>(budget.EligibleCommunesJson) ?? [];
        return communes.Count > 0 ? communes.Contains(residenceTenantId) : territory.Contains(residenceTenantId);
    }

    /// <summary>The voter's current ballot of a budget, if any.</summary>
    public static Task<Ballot?> FindAsync(ICmsDbContext db, long budgetId, string voterKey, CancellationToken cancellationToken = default) =>
        db.Set<Ballot>().AsNoTracking().FirstOrDefaultAsync(b => b.BudgetId == budgetId && b.VoterId == voterKey, cancellationToken);

    /// <summary>Saves; false when the unique index refuses the ballot (after forgetting only that insert).</summary>
    private static async Task<bool> TrySaveAsync(ICmsDbContext db, Ballot ballot, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(ballot).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>10 characters in groups of 5 (e.g. "K7Q2M-XW9PA"): about 50 bits, typed without confusion.</summary>
    public static string NewReceipt()
    {
        Span<char> code = stackalloc char[11];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = i == 5 ? '-' : ReceiptAlphabet[RandomNumberGenerator.GetInt32(ReceiptAlphabet.Length)];
        }

        return new string(code);
    }

    private static BallotResult Refused(BallotRefusal refusal, string message) =>
        new(refusal, [new BallotError(BallotErrorCode.RuleInvalid, null, message)], null, false);
}
