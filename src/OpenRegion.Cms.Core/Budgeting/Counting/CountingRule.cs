namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>How the winning projects of a participatory budget are chosen from the ballots.</summary>
public enum CountingRule
{
    /// <summary>By score, highest first, skipping the projects that no longer fit (pabulib <c>greedy</c>).</summary>
    Greedy,

    /// <summary>By score, highest first, stopping at the first project that does not fit — except one that costs
    /// more than the whole budget, which is passed over (pabulib <c>greedy-no-skip</c>).</summary>
    GreedyNoSkip,

    /// <summary>Method of Equal Shares on approval ballots with cost utilities (pabulib <c>equalshares</c>).</summary>
    EqualShares,

    /// <summary>Method of Equal Shares completed by raising every voter's money one currency unit at a time
    /// (pabulib <c>equalshares/add1</c>).</summary>
    EqualSharesAddOne,
}
