using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Budgeting.Pabulib;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Budgets.Domain;

/// <param name="Score">Approvals, points, or ranking points (pabulib's conventions).</param>
public sealed record ProjectOutcome(BudgetProject Project, decimal Score, bool Selected);

/// <summary>A budget's count: its ballots, what the rule funded, and every project on the ballot with its score, highest first (ties: the order of the ballot).</summary>
public sealed record BudgetOutcome(Budget Budget, int Ballots, CountingResult Result, IReadOnlyList<ProjectOutcome> Projects, PbElection Election);

/// <summary>
/// Counts a budget from its stored ballots (<see cref="BudgetResults"/>), kept in memory while neither the ballots
/// nor the projects change: after voting closes a results page or an export costs no recount.
/// </summary>
public sealed class BudgetOutcomes(IMemoryCache cache)
{
    public async Task<BudgetOutcome?> ForAsync(ICmsDbContext db, string tenantId, Budget budget, CancellationToken cancellationToken)
    {
        var ballots = await db.Set<Ballot>().CountAsync(b => b.BudgetId == budget.Id, cancellationToken);
        var projects = await db.Set<BudgetProject>().AsNoTracking()
            .Where(p => p.BudgetId == budget.Id && (p.State == ProjectState.Feasible || p.State == ProjectState.Selected))
            .ToListAsync(cancellationToken);
        var signature = string.Join(';', projects.OrderBy(p => p.Id).Select(p => FormattableString.Invariant($"{p.Id}:{p.Cost}:{p.Progress}:{p.TitleAr.Length}:{p.TitleFr.Length}")));
        var key = ("budget-outcome", tenantId, budget.Id, budget.Amount, ballots, signature);
        if (cache.TryGetValue(key, out BudgetOutcome? outcome))
        {
            return outcome;
        }

        var election = await BudgetResults.ElectionAsync(db, budget.Id, cancellationToken);
        if (election is null)
        {
            return null;
        }

        var result = BudgetCounter.Count(election);
        var scores = OpenRegion.Cms.Core.Budgeting.Counting.ProjectScores.Of(election);
        var selected = result.Selected.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var byId = projects.ToDictionary(p => p.Id.ToString(CultureInfo.InvariantCulture));
        var rows = election.Projects
            .Select((p, i) => new ProjectOutcome(byId[p.Id], scores[i], selected.Contains(p.Id)))
            .OrderByDescending(o => o.Score).ThenBy(o => o.Project.Id)
            .ToList();
        outcome = new BudgetOutcome(budget, ballots, result, rows, election);
        cache.Set(key, outcome, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 + ballots / 100 });
        return outcome;
    }
}
