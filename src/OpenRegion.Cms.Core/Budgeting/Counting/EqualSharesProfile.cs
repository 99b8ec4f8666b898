using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>What Equal Shares needs from an election, as arrays: each project's supporters (voter positions), its
/// cost, and its place in the tie order (lower cost first, then more supporters, then PROJECTS row order).</summary>
internal sealed class EqualSharesProfile
{
    private EqualSharesProfile(int voterCount, decimal[] costs, int[][] supporters, int[] tieRank)
    {
        VoterCount = voterCount;
        Costs = costs;
        Supporters = supporters;
        TieRank = tieRank;
    }

    public int VoterCount { get; }

    public decimal[] Costs { get; }

    public int[][] Supporters { get; }

    /// <summary>0 for the project that wins a tie against all others.</summary>
    public int[] TieRank { get; }

    public int ProjectCount => Costs.Length;

    public static EqualSharesProfile From(PbElection election)
    {
        var counts = ProjectScores.ApprovalCounts(election);
        var supporters = counts.Select(c => new int[c]).ToArray();
        var filled = new int[counts.Length];
        for (var v = 0; v < election.Voters.Count; v++)
        {
            foreach (var p in election.Ballot(v))
            {
                supporters[p][filled[p]++] = v;
            }
        }

        var costs = election.Projects.Select(p => p.Cost).ToArray();
        var tieRank = new int[costs.Length];
        var rank = 0;
        foreach (var p in Enumerable.Range(0, costs.Length).OrderBy(p => costs[p]).ThenByDescending(p => counts[p]))
        {
            tieRank[p] = rank++;
        }

        return new EqualSharesProfile(election.Voters.Count, costs, supporters, tieRank);
    }
}
