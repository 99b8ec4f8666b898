namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>
/// Money as a double, for speed. Rounding errors stay far below a relative 1e-9 in these computations (sums of at
/// most millions of terms, a few hundred rounds), so two values closer than that are declared
/// <see cref="TooClose"/> and the run is redone with <see cref="ExactShare"/>: ties and near-ties are never decided
/// by floating point.
/// </summary>
internal readonly struct FloatShare(double value) : IShareNumber<FloatShare>
{
    private const double Tolerance = 1e-9;

    private readonly double _value = value;

    public static bool IsExact => false;

    public static FloatShare Zero => default;

    public static FloatShare From(decimal value) => new((double)value);

    public static FloatShare operator +(FloatShare left, FloatShare right) => new(left._value + right._value);

    public static FloatShare operator -(FloatShare left, FloatShare right) => new(left._value - right._value);

    public static FloatShare operator /(FloatShare left, FloatShare right) => new(left._value / right._value);

    public static FloatShare operator /(FloatShare left, int right) => new(left._value / right);

    public static bool operator <(FloatShare left, FloatShare right) => left._value < right._value;

    public static bool operator >(FloatShare left, FloatShare right) => left._value > right._value;

    public static bool operator <=(FloatShare left, FloatShare right) => left._value <= right._value;

    public static bool operator >=(FloatShare left, FloatShare right) => left._value >= right._value;

    public static bool TooClose(FloatShare left, FloatShare right) =>
        Math.Abs(left._value - right._value) <= Tolerance * Math.Max(Math.Abs(left._value), Math.Abs(right._value));

    public override string ToString() => _value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
