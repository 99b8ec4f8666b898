using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Budgeting.Pabulib;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Budgets.Domain;

/// <summary>
/// Replays a past election published in pabulib's format: a process whose voting has closed, one budget with the
/// file's amount and ballot type, its projects (their pabulib ids kept) and every ballot, anonymous. The count then
/// follows the rule the file names, on the ballots themselves.
/// </summary>
public static class PbImport
{
    public const long MaxFileBytes = 50 * 1024 * 1024;

    /// <exception cref="PbFormatException">The file is not a pabulib election; the message names the line.</exception>
    /// <exception cref="CountingException">The file names a counting rule we do not count.</exception>
    public static async Task<BudgetProcess> ImportAsync(ICmsDbContext db, string fileName, string text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var election = PbParser.Parse(text);
        var rule = BudgetCounter.RuleOf(election) switch
        {
            CountingRule.GreedyNoSkip => "greedy-no-skip",
            CountingRule.EqualShares or CountingRule.EqualSharesAddOne => "mes",
            _ => "greedy",
        };
        var now = clock.GetUtcNow();
        var meta = election.Meta;
        var description = meta.GetValueOrDefault("description") ?? Path.GetFileNameWithoutExtension(fileName);
        var title = $"{description} ({meta.GetValueOrDefault("country")} {meta.GetValueOrDefault("unit")} {meta.GetValueOrDefault("instance")})".Replace("  ", " ", StringComparison.Ordinal).Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal);
        title = title.Length > 300 ? title[..300] : title;
        var slugBase = Slugs.FromTitle(Path.GetFileNameWithoutExtension(fileName));
        var slug = slugBase.Length == 0 ? "pabulib" : slugBase[..Math.Min(150, slugBase.Length)];
        var taken = (await db.Set<BudgetProcess>().Where(p => p.Slug.StartsWith(slug)).Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{slugBase}-{n}";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var process = new BudgetProcess
        {
            Slug = slug, TitleAr = title, TitleFr = title, CountingRule = rule, ImportedFrom = Path.GetFileName(fileName), CreatedUtc = now,
            DescriptionFr = $"Élection importée du fichier pabulib « {Path.GetFileName(fileName)} » ({election.Voters.Count} bulletins, {election.Projects.Count} projets) pour être recomptée.",
            DescriptionAr = $"انتخاب مستورد من ملف pabulib «{Path.GetFileName(fileName)}» ({election.Voters.Count} ورقة تصويت، {election.Projects.Count} مشروعا) لإعادة فرزه.",
            VotingStartsUtc = now.AddSeconds(-2), VotingEndsUtc = now.AddSeconds(-1),
        };
        db.Set<BudgetProcess>().Add(process);
        await db.SaveChangesAsync(cancellationToken);
        var kind = election.VoteType switch
        {
            PbVoteType.Cumulative or PbVoteType.Scoring => BallotKind.Cumulative,
            PbVoteType.Ordinal => BallotKind.Ranking,
            PbVoteType.ChooseOne => BallotKind.ChooseOne,
            _ => BallotKind.Approval,
        };
        var budget = new Budget
        {
            ProcessId = process.Id, NameAr = meta.GetValueOrDefault("unit") ?? title, NameFr = meta.GetValueOrDefault("unit") ?? title, Amount = election.Budget, BallotKind = kind,
            MinProjects = int.TryParse(meta.GetValueOrDefault("min_length"), CultureInfo.InvariantCulture, out var min) ? min : 1, MaxProjects = election.MaxLength,
            Points = int.TryParse(meta.GetValueOrDefault("max_sum_points"), CultureInfo.InvariantCulture, out var points) ? points : 0,
        };
        db.Set<Budget>().Add(budget);
        await db.SaveChangesAsync(cancellationToken);
        var projects = election.Projects.Select(p => new BudgetProject
        {
            BudgetId = budget.Id, ExternalId = p.Id, TitleAr = Trim(p.Name ?? p.Id, 300), TitleFr = Trim(p.Name ?? p.Id, 300), Cost = p.Cost,
            Category = null, State = ProjectState.Feasible, CreatedUtc = now,
            Latitude = Coordinate(p.Attributes, "latitude", 20, 60), Longitude = Coordinate(p.Attributes, "longitude", -20, 40),
        }).ToList();
        db.Set<BudgetProject>().AddRange(projects);
        await db.SaveChangesAsync(cancellationToken);
        var ids = projects.ToDictionary(p => p.ExternalId!, p => p.Id.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        foreach (var voter in election.Voters)
        {
            var choices = voter.Vote.Select((projectId, i) => new BallotChoice(ids[projectId], kind switch
            {
                BallotKind.Cumulative => (int)Math.Round(voter.Points?[i] ?? 1),
                BallotKind.Ranking => i + 1,
                _ => 1,
            })).ToList();
            db.Set<Ballot>().Add(new Ballot
            {
                BudgetId = budget.Id, VoterId = "pabulib:" + voter.Id, ChoicesJson = JsonSerializer.Serialize(choices, Cms.Core.Workflows.Outbox.JsonOptions),
                Channel = BallotChannel.Imported, ReceiptCode = BallotBox.NewReceipt(), CastUtc = now, UpdatedUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await BudgetEventsHandler.MarkWinnersAsync(db, process.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return process;
    }

    private static string Trim(string text, int max) => text.Length > max ? text[..max] : text;

    private static double? Coordinate(IReadOnlyDictionary<string, string> attributes, string name, double min, double max) =>
        attributes.TryGetValue(name, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
}
