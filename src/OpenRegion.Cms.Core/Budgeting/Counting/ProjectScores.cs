using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>
/// A project's score under pabulib's conventions: its <c>score</c> column when given; otherwise, for ordinal ballots,
/// <c>max_length − position</c> points per ballot (position 0 for the first choice; <c>max_length</c> from META or
/// else the longest ballot); otherwise its <c>votes</c> column; otherwise counted from VOTES (approvals for approval
/// and choose-1 ballots, points for cumulative and scoring ones).
/// </summary>
public static class ProjectScores
{
    /// <summary>Scores in <see cref="PbElection.Projects"/> order.</summary>
    public static decimal[] Of(PbElection election)
    {
        decimal? FromColumns(PbProject p) => p.Score ?? (election.VoteType == PbVoteType.Ordinal ? null : p.Votes);
        var given = election.Projects.Select(FromColumns).ToArray();
        if (given.All(g => g is not null))
        {
            return [.. given.Select(g => g!.Value)];
        }

        var tally = Tally(election);
        return [.. given.Select((g, p) => g ?? tally[p])];
    }

    /// <summary>Scores counted from the ballots alone, whatever the PROJECTS columns say.</summary>
    public static decimal[] Tally(PbElection election)
    {
        var voters = election.Voters;
        var tally = new decimal[election.Projects.Count];
        switch (election.VoteType)
        {
            case PbVoteType.Ordinal:
                var maxLength = election.MaxLength ?? Enumerable.Range(0, voters.Count).Select(v => election.Ballot(v).Length).DefaultIfEmpty(0).Max();
                for (var v = 0; v < voters.Count; v++)
                {
                    var ballot = election.Ballot(v);
                    for (var position = 0; position < ballot.Length; position++)
                    {
                        tally[ballot[position]] += maxLength - position;
                    }
                }

                break;
            case PbVoteType.Cumulative or PbVoteType.Scoring:
                for (var v = 0; v < voters.Count; v++)
                {
                    var ballot = election.Ballot(v);
                    var points = voters[v].Points!;
                    for (var i = 0; i < ballot.Length; i++)
                    {
                        tally[ballot[i]] += points[i];
                    }
                }

                break;
            default:
                var counts = ApprovalCounts(election);
                for (var p = 0; p < tally.Length; p++)
                {
                    tally[p] = counts[p];
                }

                break;
        }

        return tally;
    }

    /// <summary>How many ballots name each project.</summary>
    internal static int[] ApprovalCounts(PbElection election)
    {
        var counts = new int[election.Projects.Count];
        for (var v = 0; v < election.Voters.Count; v++)
        {
            foreach (var p in election.Ballot(v))
            {
                counts[p]++;
            }
        }

        return counts;
    }
}
