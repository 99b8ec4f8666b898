using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Cli;

/// <summary>
/// <c>openregion pb count [--rule auto|greedy|greedy-no-skip|mes] FILE.pb</c>: counts a pabulib election and prints
/// the funded project ids, one per line in the order the rule funded them, then <c>total=&lt;cost&gt;</c>. Needs no
/// database or configuration. Exit codes: 0 counted, 1 missing or malformed file (the error names the line) or a
/// rule the file cannot be counted with, 2 wrong usage (unknown rule).
/// </summary>
public static class PbCountCommand
{
    public const string Usage = "usage: openregion pb count [--rule auto|greedy|greedy-no-skip|mes] FILE.pb";

    public static int Run(IReadOnlyList<string> positional, IReadOnlyDictionary<string, List<string>> options, TextWriter output, TextWriter error)
    {
        if (positional is not ["pb", "count", var file])
        {
            error.WriteLine(Usage);
            return 2;
        }

        try
        {
            CliArguments.OnlyKnown(options, ["rule"]);
            var rule = (CliArguments.Optional(options, "rule") ?? "auto") switch
            {
                "auto" => (CountingRule?)null,
                "greedy" => CountingRule.Greedy,
                "greedy-no-skip" => CountingRule.GreedyNoSkip,
                "mes" => CountingRule.EqualSharesAddOne,
                var other => throw new CliUsageException($"--rule: unknown rule '{other}' (auto, greedy, greedy-no-skip or mes)."),
            };
            if (!File.Exists(file))
            {
                error.WriteLine($"{file}: no such file.");
                return 1;
            }

            var result = BudgetCounter.Count(PbParser.ParseFile(file), rule);
            foreach (var project in result.Selected)
            {
                output.WriteLine(project.Id);
            }

            output.WriteLine($"total={PbNumbers.Format(result.TotalCost)}");
            return 0;
        }
        catch (CliUsageException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine(Usage);
            return 2;
        }
        catch (Exception ex) when (ex is PbFormatException or CountingException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file}: {ex.Message}");
            return 1;
        }
    }
}
