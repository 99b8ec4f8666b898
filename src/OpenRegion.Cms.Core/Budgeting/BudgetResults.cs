using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Budgeting.Pabulib;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Budgeting;

/// <summary>
/// A budget's vote as an open pabulib election — the projects on the ballot and every ballot, anonymized (voters
/// numbered in the order of their receipt codes, no account, no time, no channel) — and its count by the rule the
/// process fixed. Publishing <see cref="PbWriter.Write(PbElection)"/> of it lets anyone recount with any tool.
/// </summary>
public static class BudgetResults
{
    public static async Task<PbElection?> ElectionAsync(ICmsDbContext db, long budgetId, CancellationToken cancellationToken = default)
    {
        var budget = await db.Set<Budget>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == budgetId, cancellationToken);
        var process = budget is null ? null : await db.Set<BudgetProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == budget.ProcessId, cancellationToken);
        if (budget is null || process is null)
        {
            return null;
        }

        var projects = (await db.Set<BudgetProject>().AsNoTracking()
                .Where(p => p.BudgetId == budgetId && (p.State == ProjectState.Feasible || p.State == ProjectState.Selected))
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.Id).ToList();
        var ballots = (await db.Set<Ballot>().AsNoTracking().Where(b => b.BudgetId == budgetId).Select(b => new { b.ReceiptCode, b.ChoicesJson }).ToListAsync(cancellationToken))
            .OrderBy(b => b.ReceiptCode, StringComparer.Ordinal).ToList();
        var onBallot = projects.Select(p => Id(p.Id)).ToHashSet(StringComparer.Ordinal);
        var voteType = budget.BallotKind switch
        {
            BallotKind.Cumulative => PbVoteType.Cumulative,
            BallotKind.Ranking => PbVoteType.Ordinal,
            BallotKind.ChooseOne => PbVoteType.ChooseOne,
            _ => PbVoteType.Approval,
        };
        var voters = new List<PbVoter>(ballots.Count);
        foreach (var ballot in ballots)
        {
            var choices = (JsonSerializer.Deserialize<List<BallotChoice>>(ballot.ChoicesJson, Workflows.Outbox.JsonOptions) ?? [])
                .Where(c => onBallot.Contains(c.ProjectId)).ToList();
            if (voteType == PbVoteType.Ordinal)
            {
                choices = [.. choices.OrderBy(c => c.Value)];
            }

            voters.Add(new PbVoter((voters.Count + 1).ToString(CultureInfo.InvariantCulture), [.. choices.Select(c => c.ProjectId)])
            {
                Points = voteType == PbVoteType.Cumulative ? [.. choices.Select(c => (decimal)c.Value)] : null,
            });
        }

        var meta = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["description"] = $"{process.TitleFr} — {budget.NameFr}",
            ["country"] = "Morocco",
            ["unit"] = budget.TenantId,
            ["instance"] = process.Slug,
            ["num_projects"] = projects.Count.ToString(CultureInfo.InvariantCulture),
            ["num_votes"] = voters.Count.ToString(CultureInfo.InvariantCulture),
            ["budget"] = PbNumbers.Format(budget.Amount),
            ["vote_type"] = voteType switch { PbVoteType.Cumulative => "cumulative", PbVoteType.Ordinal => "ordinal", PbVoteType.ChooseOne => "choose-1", _ => "approval" },
            ["rule"] = RuleName(process.CountingRule),
            ["currency"] = "MAD",
        };
        if (budget.BallotKind is BallotKind.Approval or BallotKind.Ranking)
        {
            meta["min_length"] = budget.MinProjects.ToString(CultureInfo.InvariantCulture);
            if (budget.MaxProjects is { } max)
            {
                meta["max_length"] = max.ToString(CultureInfo.InvariantCulture);
            }
        }

        var pbProjects = projects.Select(p => new PbProject(Id(p.Id), p.Cost) { Name = p.TitleFr }).ToList();
        return new PbElection(meta, pbProjects, voters);
    }

    /// <summary>The count by the process's rule; null when the budget does not exist (in this tenant).</summary>
    public static async Task<CountingResult?> CountAsync(ICmsDbContext db, long budgetId, CancellationToken cancellationToken = default) =>
        await ElectionAsync(db, budgetId, cancellationToken) is { } election ? BudgetCounter.Count(election) : null;

    /// <summary>The process's rule as pabulib names it.</summary>
    public static string RuleName(string countingRule) => countingRule switch
    {
        "greedy-no-skip" => "greedy-no-skip",
        "mes" => "equalshares/add1",
        _ => "greedy",
    };

    private static string Id(long projectId) => projectId.ToString(CultureInfo.InvariantCulture);
}
