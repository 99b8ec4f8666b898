using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>Counts an election with a given rule, or with the rule its META names (<see cref="RuleOf"/>).</summary>
public static class BudgetCounter
{
    public static CountingResult Count(PbElection election, CountingRule? rule = null) => (rule ?? RuleOf(election)) switch
    {
        CountingRule.Greedy => GreedyCounting.Count(election, noSkip: false),
        CountingRule.GreedyNoSkip => GreedyCounting.Count(election, noSkip: true),
        CountingRule.EqualShares => EqualSharesCounting.Count(election, addOne: false),
        _ => EqualSharesCounting.Count(election, addOne: true),
    };

    /// <summary>
    /// The rule META <c>rule</c> names, as pabulib writes it: <c>greedy</c> (also <c>greedy-threshold</c>: the
    /// threshold is META's <c>min_project_score_threshold</c>, which every greedy rule applies), <c>greedy-no-skip</c>
    /// (or <c>greedy_no_skip</c>), <c>equalshares</c>, <c>equalshares/add1</c>. A missing rule or <c>unknown</c> is
    /// counted as greedy, which is what pabulib says such elections most likely used. Any other rule is refused.
    /// </summary>
    public static CountingRule RuleOf(PbElection election)
    {
        var rule = (election.Rule ?? "").Trim().ToLowerInvariant().Replace('_', '-');
        return rule switch
        {
            "" or "unknown" or "greedy" or "greedy-threshold" => CountingRule.Greedy,
            "greedy-no-skip" or "greedy-noskip" => CountingRule.GreedyNoSkip,
            "equalshares" or "equal-shares" or "mes" => CountingRule.EqualShares,
            "equalshares/add1" or "equalshares-add1" or "equal-shares/add1" or "mes/add1" => CountingRule.EqualSharesAddOne,
            _ => throw new CountingException($"the file's rule '{election.Rule}' is not one we count (greedy, greedy-no-skip, equalshares, equalshares/add1); choose one with --rule"),
        };
    }
}
