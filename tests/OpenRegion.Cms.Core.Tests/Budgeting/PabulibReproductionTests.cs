using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Tests.Budgeting;

/// <summary>Every published election with a <c>selected</c> column is reproduced by the rule its META names.</summary>
public sealed class PabulibReproductionTests
{
    public static TheoryData<string> FilesWithSelected() =>
        [.. SharedPabulib.Files.Where(f => PbParser.ParseFile(f).Projects.Any(p => p.Selected is not null)).Select(f => Path.GetFileName(f))];

    public static TheoryData<string> AllFiles() => [.. SharedPabulib.Files.Select(f => Path.GetFileName(f))];

    [Fact]
    public void The_shared_folder_holds_the_published_elections() =>
        FilesWithSelected().Count.ShouldBeGreaterThanOrEqualTo(5, SharedPabulib.Folder);

    [Theory]
    [MemberData(nameof(FilesWithSelected))]
    public void Auto_funds_exactly_the_projects_marked_selected(string file)
    {
        var election = PbParser.ParseFile(SharedPabulib.File(file));
        // 2 and 3 mark projects funded outside the budget: neither expected nor held against the count.
        var outside = election.Projects.Where(p => p.Selected is 2 or 3).Select(p => p.Id).ToHashSet();

        var result = BudgetCounter.Count(election);

        result.Selected.Select(p => p.Id).Where(id => !outside.Contains(id)).Order(StringComparer.Ordinal)
            .ShouldBe(election.Projects.Where(p => p.Selected == 1).Select(p => p.Id).Order(StringComparer.Ordinal));
        result.TotalCost.ShouldBe(result.Selected.Sum(p => p.Cost));
        result.TotalCost.ShouldBeLessThanOrEqualTo(election.Budget);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Scores_counted_from_the_ballots_match_the_published_columns(string file)
    {
        var election = PbParser.ParseFile(SharedPabulib.File(file));
        var tally = ProjectScores.Tally(election);
        var approvals = election.VoteType is PbVoteType.Approval or PbVoteType.ChooseOne;

        for (var p = 0; p < tally.Length; p++)
        {
            var project = election.Projects[p];
            if ((project.Score ?? (approvals ? project.Votes : null)) is { } published)
            {
                tally[p].ShouldBe(published, $"{file}, project {project.Id}");
            }
        }
    }

    [Theory]
    [InlineData("Netherlands_Assen_2024.pb", CountingRule.EqualSharesAddOne)]
    [InlineData("Poland_Czestochowa_2025_Mirow.pb", CountingRule.Greedy)] // greedy-threshold
    [InlineData("Poland_Gdynia_2022_Kamienna_Gora__small.pb", CountingRule.GreedyNoSkip)]
    [InlineData("Poland_Warszawa_2023_Ursus.pb", CountingRule.Greedy)]
    [InlineData("Poland_Wroclaw_2017_Rejon_nr_11_750.pb", CountingRule.GreedyNoSkip)]
    [InlineData("US_Stanford_Dataset_2022_Jersey_City_Ward_B_vote_knapsacks.pb", CountingRule.Greedy)] // rule "unknown"
    public void The_rule_is_read_from_META(string file, CountingRule expected) =>
        BudgetCounter.RuleOf(PbParser.ParseFile(SharedPabulib.File(file))).ShouldBe(expected);
}
