namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>
/// The arithmetic Equal Shares runs on: <see cref="FloatShare"/> (fast, and able to tell when it is too close to call)
/// or <see cref="ExactShare"/> (rationals). One engine, <see cref="EqualSharesEngine{T}"/>, serves both, so the exact
/// fallback is the same algorithm, not a second one.
/// </summary>
internal interface IShareNumber<T>
    where T : struct, IShareNumber<T>
{
    static abstract bool IsExact { get; }

    static abstract T Zero { get; }

    static abstract T From(decimal value);

    static abstract T operator +(T left, T right);

    static abstract T operator -(T left, T right);

    static abstract T operator /(T left, T right);

    static abstract T operator /(T left, int right);

    static abstract bool operator <(T left, T right);

    static abstract bool operator >(T left, T right);

    static abstract bool operator <=(T left, T right);

    static abstract bool operator >=(T left, T right);

    /// <summary>True when the two values are too close for this arithmetic to order them with certainty (never for
    /// exact numbers).</summary>
    static abstract bool TooClose(T left, T right);
}
