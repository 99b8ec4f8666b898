namespace OpenRegion.Cms.Cli.Tests;

/// <summary><c>openregion pb count</c> on published pabulib elections (../shared/pabulib beside the repository).</summary>
[Collection("cli")]
public sealed class OperatorCountsBudgetVotesTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Counting_a_published_file_prints_the_funded_projects_then_the_total()
    {
        var result = await _cli.RunAsync("pb", "count", Published("Poland_Gdynia_2022_Kamienna_Gora__small.pb"));

        result.ExitCode.ShouldBe(0, result.Error);
        Lines(result.Output).ShouldBe(["2022/KAG/0002", "2022/KAG/0001", "total=21780"]);
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Auto_applies_the_greedy_rule_of_Warszawa_Ursus_in_the_order_of_votes()
    {
        var result = await _cli.RunAsync("pb", "count", "--rule", "auto", Published("Poland_Warszawa_2023_Ursus.pb"));

        result.ExitCode.ShouldBe(0, result.Error);
        var lines = Lines(result.Output);
        lines.ShouldBe(
        [
            "1003", "1032", "812", "1867", "1040", "530", "1663", "500", "1310", "1880", "1668", "387", "457", "1665",
            "949", "1359", "739", "total=2426510",
        ]);
    }

    [Fact]
    public async Task Equal_shares_with_add_one_reproduces_Assen()
    {
        var result = await _cli.RunAsync("pb", "count", "--rule", "mes", Published("Netherlands_Assen_2024.pb"));

        result.ExitCode.ShouldBe(0, result.Error);
        var lines = Lines(result.Output);
        lines[..^1].Order(StringComparer.Ordinal).ShouldBe(["11", "12", "13", "14", "2", "3", "5", "6", "9"]);
        lines[^1].ShouldBe("total=76700");
    }

    [Fact]
    public async Task Greedy_no_skip_passes_over_the_withdrawn_project_of_Wroclaw()
    {
        var result = await _cli.RunAsync("pb", "count", "--rule", "greedy-no-skip", Published("Poland_Wroclaw_2017_Rejon_nr_11_750.pb"));

        result.ExitCode.ShouldBe(0, result.Error);
        Lines(result.Output).ShouldBe(["425", "total=750000"]);
    }

    [Fact]
    public async Task An_unknown_rule_is_a_usage_error()
    {
        var result = await _cli.RunAsync("pb", "count", "--rule", "borda", Published("Poland_Gdynia_2022_Kamienna_Gora__small.pb"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("unknown rule 'borda'");
        result.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_missing_file_is_refused_with_exit_code_1()
    {
        var result = await _cli.RunAsync("pb", "count", Path.Combine(_cli.DataDirectory, "nosuch.pb"));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("nosuch.pb: no such file");
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_the_line_that_is_wrong()
    {
        var file = _cli.WriteFile("bad.pb", "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;40\n2;4O\nVOTES\nvoter_id;vote\nv1;1\n");

        var result = await _cli.RunAsync("pb", "count", file);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("bad.pb: line 7: cost '4O' is not a number");
        result.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Help_lists_the_counting_command()
    {
        var result = await _cli.RunAsync("help");

        result.Output.ShouldContain("pb count [--rule auto|greedy|greedy-no-skip|mes] FILE.pb");
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Published(string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpenRegion.Cms.sln")))
        {
            root = root.Parent;
        }

        root.ShouldNotBeNull("the repository root (OpenRegion.Cms.sln) was not found above the test binaries");
        return Path.Combine(root.FullName, "tests", "data", "pabulib", name); // copies of ../shared/pabulib, present on a clean clone
    }
}
