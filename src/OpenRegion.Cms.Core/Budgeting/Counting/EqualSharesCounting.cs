using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>
/// The Method of Equal Shares as pabulib applies it (<c>equalshares</c>, <c>equalshares/add1</c>): approval ballots,
/// cost utilities, every voter starting with budget / voters (see <see cref="EqualSharesEngine{T}"/> for a run).
/// Add-one completion raises every voter's starting money by 1 currency unit and runs again, as long as the outcome
/// is not exhaustive (some project left out would still fit) and still fits the budget; it keeps the last outcome
/// that fits, with no greedy top-up afterwards.
/// <para>Each run is done in floating point and redone in exact rationals when floating point meets a tie or a
/// near-tie, so the outcome is the exact one.</para>
/// </summary>
public static class EqualSharesCounting
{
    public static CountingResult Count(PbElection election, bool addOne)
    {
        var rule = addOne ? CountingRule.EqualSharesAddOne : CountingRule.EqualShares;
        if (election.VoteType is not (PbVoteType.Approval or PbVoteType.ChooseOne))
        {
            throw new CountingException($"the Method of Equal Shares counts approval ballots; these are {election.Meta.GetValueOrDefault("vote_type")} ballots");
        }

        if (election.Voters.Count == 0)
        {
            return new CountingResult(rule, [], 0);
        }

        var profile = EqualSharesProfile.From(election);
        var runner = new Runner(profile, election.Budget);
        var outcome = runner.Run(0);
        var kept = 0;
        if (addOne)
        {
            var supported = profile.Supporters.Count(s => s.Length > 0);
            // Once every voter holds the whole budget, more money changes nothing.
            var lastIncrease = (int)Math.Min(int.MaxValue - 1, decimal.Ceiling(election.Budget) + 1);
            for (var increase = 1; increase <= lastIncrease && outcome.Count < supported && !Exhaustive(profile, election.Budget, outcome); increase++)
            {
                var next = runner.Run(increase);
                if (Cost(profile, next) > election.Budget)
                {
                    break;
                }

                outcome = next;
                kept = increase;
            }
        }

        return new CountingResult(rule, [.. outcome.Select(p => election.Projects[p])], Cost(profile, outcome), kept);
    }

    private static decimal Cost(EqualSharesProfile profile, List<int> outcome) => outcome.Sum(p => profile.Costs[p]);

    private static bool Exhaustive(EqualSharesProfile profile, decimal budget, List<int> outcome)
    {
        var left = budget - Cost(profile, outcome);
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            if (profile.Costs[p] <= left && !outcome.Contains(p))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Runs from budget / voters + increase, in floating point first and exactly when that cannot decide.</summary>
    private sealed class Runner(EqualSharesProfile profile, decimal budget)
    {
        private readonly EqualSharesEngine<FloatShare> _fast = new(profile);
        private EqualSharesEngine<ExactShare>? _exact;

        public List<int> Run(int increase)
        {
            var funded = new List<int>();
            if (!_fast.TryRun(FloatShare.From(budget) / profile.VoterCount + FloatShare.From(increase), funded))
            {
                _exact ??= new EqualSharesEngine<ExactShare>(profile);
                _exact.TryRun(ExactShare.From(budget) / profile.VoterCount + ExactShare.From(increase), funded);
            }

            return funded;
        }
    }
}
