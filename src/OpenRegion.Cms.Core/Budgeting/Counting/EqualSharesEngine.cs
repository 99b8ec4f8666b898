using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>
/// One run of the Method of Equal Shares (approval ballots, cost utilities) from a given starting money per voter.
/// Each round funds the affordable project whose supporters pay the least per unit of cost when they share it as
/// equally as their money allows: the smallest α / cost, where α solves Σ min(money, α) = cost over its supporters.
/// Ties: lower cost, then more supporters, then row order.
/// <para>Speed: money only decreases, so a project's α / cost never goes down and an affordable project that became
/// unaffordable stays so. A value computed in an earlier round is therefore a lower bound, and only the projects that
/// reach the front with a stale value are recomputed (lazy evaluation). The arrays are allocated once per engine and
/// reused by every run of the add-one completion.</para>
/// </summary>
internal sealed class EqualSharesEngine<T>
    where T : struct, IShareNumber<T>
{
    private const int MaxRefinements = 6;
    private const int Undecided = -2;

    private readonly EqualSharesProfile _profile;
    private readonly T[] _money;
    private readonly T[] _cost;
    private readonly T[] _alpha;
    private readonly T[] _ratio;
    private readonly int[] _computedInRound;
    private readonly bool[] _open;
    private readonly bool[] _evenSplit;
    private T[] _sorted = [];

    public EqualSharesEngine(EqualSharesProfile profile)
    {
        _profile = profile;
        var m = profile.ProjectCount;
        _money = new T[profile.VoterCount];
        _cost = [.. profile.Costs.Select(T.From)];
        _alpha = new T[m];
        _ratio = new T[m];
        _computedInRound = new int[m];
        _open = new bool[m];
        _evenSplit = new bool[m];
    }

    /// <summary>Fills <paramref name="funded"/> with the funded projects in order. False when approximate arithmetic
    /// met a value too close to call (then <paramref name="funded"/> means nothing and the caller runs exactly).</summary>
    public bool TryRun(T startingMoney, List<int> funded)
    {
        funded.Clear();
        Array.Fill(_money, startingMoney);
        for (var p = 0; p < _open.Length; p++)
        {
            _open[p] = _profile.Supporters[p].Length > 0;
            _ratio[p] = T.Zero;
            _computedInRound[p] = 0;
        }

        for (var round = 1; ; round++)
        {
            var best = Choose(round);
            if (best == Undecided)
            {
                return false;
            }

            if (best < 0)
            {
                return true;
            }

            Pay(best);
            _open[best] = false;
            funded.Add(best);
        }
    }

    private int Choose(int round)
    {
        while (true)
        {
            var best = -1;
            for (var p = 0; p < _open.Length; p++)
            {
                if (_open[p] && (best < 0 || Before(p, best)))
                {
                    best = p;
                }
            }

            if (best < 0)
            {
                return -1;
            }

            if (_computedInRound[best] != round)
            {
                if (!Evaluate(best, round))
                {
                    return Undecided;
                }

                continue;
            }

            var recomputed = false;
            if (!T.IsExact)
            {
                // The winner must be ahead of every other project by more than rounding could explain.
                for (var q = 0; q < _open.Length && !recomputed; q++)
                {
                    if (q == best || !_open[q] || !T.TooClose(_ratio[q], _ratio[best]))
                    {
                        continue;
                    }

                    if (_computedInRound[q] == round && _evenSplit[q] && _evenSplit[best])
                    {
                        continue; // both exactly 1 / supporters: equal only for as many supporters, and then the tie order decided
                    }

                    if (_computedInRound[q] == round || !Evaluate(q, round))
                    {
                        return Undecided;
                    }

                    recomputed = true;
                }
            }

            if (!recomputed)
            {
                return best;
            }
        }
    }

    private bool Before(int p, int q) =>
        _ratio[p] < _ratio[q] || (!(_ratio[p] > _ratio[q]) && _profile.TieRank[p] < _profile.TieRank[q]);

    /// <summary>Computes α and α / cost of project <paramref name="p"/> on the current money, or closes it when its
    /// supporters cannot afford it. False when that is too close to call.</summary>
    private bool Evaluate(int p, int round)
    {
        var supporters = _profile.Supporters[p];
        ref var money = ref MemoryMarshal.GetArrayDataReference(_money); // voter positions were checked when the profile was built
        var cost = _cost[p];

        // One pass gives the supporters' total and, for α = cost / supporters, who cannot pay that much.
        var alpha = cost / supporters.Length;
        var total = T.Zero;
        var spent = T.Zero;
        var least = Unsafe.Add(ref money, supporters[0]);
        var exhausted = 0;
        foreach (var v in supporters)
        {
            var m = Unsafe.Add(ref money, v);
            total += m;
            if (m < alpha)
            {
                exhausted++;
                spent += m;
            }

            if (m < least)
            {
                least = m;
            }
        }

        if (T.TooClose(total, cost))
        {
            return false;
        }

        if (total < cost)
        {
            _open[p] = false;
            return true;
        }

        // α grows towards the solution: the supporters with less money than α pay all they have, the others α.
        var converged = exhausted == 0;
        for (var step = 0; step < MaxRefinements && !converged; step++)
        {
            if (exhausted == supporters.Length)
            {
                return false; // only rounding can make everyone poorer than α while the total covers the cost
            }

            alpha = (cost - spent) / (supporters.Length - exhausted);
            var count = 0;
            spent = T.Zero;
            foreach (var v in supporters)
            {
                var m = Unsafe.Add(ref money, v);
                if (m < alpha)
                {
                    count++;
                    spent += m;
                }
            }

            converged = count == exhausted;
            exhausted = count;
        }

        // When every supporter can pay cost / supporters (certainly, not just within rounding), the payment per unit of
        // cost is exactly 1 / supporters: written so, equal counts give equal values and the tie order applies.
        _evenSplit[p] = exhausted == 0 && !T.TooClose(least, alpha);
        _alpha[p] = converged ? alpha : AlphaBySorting(supporters, cost);
        _ratio[p] = cost <= T.Zero ? T.Zero : _evenSplit[p] ? T.From(1m) / supporters.Length : _alpha[p] / cost;
        _computedInRound[p] = round;
        return true;
    }

    /// <summary>α for a project whose supporters' money is so uneven that refining did not settle: sort and scan.</summary>
    private T AlphaBySorting(int[] supporters, T cost)
    {
        if (_sorted.Length < supporters.Length)
        {
            _sorted = new T[supporters.Length];
        }

        var sorted = _sorted.AsSpan(0, supporters.Length);
        for (var i = 0; i < supporters.Length; i++)
        {
            sorted[i] = _money[supporters[i]];
        }

        sorted.Sort(static (a, b) => a < b ? -1 : a > b ? 1 : 0);
        var spent = T.Zero;
        var alpha = cost / supporters.Length;
        for (var i = 0; i < sorted.Length; i++)
        {
            alpha = (cost - spent) / (sorted.Length - i);
            if (!(sorted[i] < alpha))
            {
                break;
            }

            spent += sorted[i];
        }

        return alpha;
    }

    private void Pay(int p)
    {
        var alpha = _alpha[p];
        ref var money = ref MemoryMarshal.GetArrayDataReference(_money);
        foreach (var v in _profile.Supporters[p])
        {
            ref var m = ref Unsafe.Add(ref money, v);
            m = m <= alpha ? T.Zero : m - alpha;
        }
    }
}
