using System.Numerics;

namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>Money as an exact rational (numerator / positive denominator, in lowest terms). The default value is 0.</summary>
internal readonly struct ExactShare : IShareNumber<ExactShare>
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominatorMinusOne; // so that default(ExactShare) is 0/1

    private ExactShare(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        _numerator = numerator;
        _denominatorMinusOne = denominator - 1;
    }

    public static bool IsExact => true;

    public static ExactShare Zero => default;

    private BigInteger Denominator => _denominatorMinusOne + 1;

    public static ExactShare From(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        return new ExactShare(bits[3] < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }

    public static ExactShare operator +(ExactShare left, ExactShare right) =>
        left.Denominator == right.Denominator
            ? new(left._numerator + right._numerator, left.Denominator)
            : new(left._numerator * right.Denominator + right._numerator * left.Denominator, left.Denominator * right.Denominator);

    public static ExactShare operator -(ExactShare left, ExactShare right) =>
        left.Denominator == right.Denominator
            ? new(left._numerator - right._numerator, left.Denominator)
            : new(left._numerator * right.Denominator - right._numerator * left.Denominator, left.Denominator * right.Denominator);

    public static ExactShare operator /(ExactShare left, ExactShare right) =>
        right._numerator.IsZero ? throw new DivideByZeroException() : new(left._numerator * right.Denominator, left.Denominator * right._numerator);

    public static ExactShare operator /(ExactShare left, int right) => new(left._numerator, left.Denominator * right);

    public static bool operator <(ExactShare left, ExactShare right) => Compare(left, right) < 0;

    public static bool operator >(ExactShare left, ExactShare right) => Compare(left, right) > 0;

    public static bool operator <=(ExactShare left, ExactShare right) => Compare(left, right) <= 0;

    public static bool operator >=(ExactShare left, ExactShare right) => Compare(left, right) >= 0;

    public static bool TooClose(ExactShare left, ExactShare right) => false;

    public override string ToString() => $"{_numerator}/{Denominator}";

    private static int Compare(ExactShare left, ExactShare right) =>
        left.Denominator == right.Denominator
            ? left._numerator.CompareTo(right._numerator)
            : (left._numerator * right.Denominator).CompareTo(right._numerator * left.Denominator);
}
