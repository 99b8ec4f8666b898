using System.Security.Cryptography;
using System.Text;

namespace OpenRegion.Cms.Core.Budgeting;

/// <summary>
/// Who a voter is, the same online and at a counter: the fingerprint (HMAC-SHA256 with the platform's pepper) of
/// their national identity card number (CNIE). The number itself is never stored. A citizen declares it once on their
/// account; staff at a counter type it from the card they check. One card, one ballot per budget, whatever the channel.
/// </summary>
public sealed class VoterIdentity(string pepper)
{
    /// <summary>Used when the operator sets none (OpenRegion:Voting:IdentityPepper); set one in production and never change it.</summary>
    public const string DefaultPepper = "openregion-voter-identity-v1";

    public const int MaxInputLength = 20;

    private readonly byte[] _pepper = Encoding.UTF8.GetBytes(string.IsNullOrEmpty(pepper) ? DefaultPepper : pepper);

    /// <summary>
    /// The card number as printed: one or two Latin letters then digits (e.g. "AB123456", "I 12345"), spaces and
    /// hyphens ignored, Arabic-Indic digits read as digits, case ignored.
    /// </summary>
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxInputLength)
        {
            return false;
        }

        var builder = new StringBuilder(input.Length);
        foreach (var c in input.Trim())
        {
            if (c is ' ' or '-' or '\u00A0')
            {
                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (char.IsDigit(c) && char.GetNumericValue(c) is >= 0 and <= 9 and var digit)
            {
                builder.Append((char)('0' + (int)digit));
            }
            else
            {
                return false;
            }
        }

        var text = builder.ToString();
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }

        var digits = text.Length - letters;
        if (letters is < 1 or > 2 || digits is < 3 or > 8 || !text[letters..].All(char.IsAsciiDigit))
        {
            return false;
        }

        normalized = text;
        return true;
    }

    /// <summary>The voter key of a normalized card number (64 hexadecimal characters).</summary>
    public string Key(string normalizedCardNumber) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_pepper, Encoding.UTF8.GetBytes("cnie:" + normalizedCardNumber)));
}
