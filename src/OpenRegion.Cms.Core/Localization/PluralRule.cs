using System.Collections.Frozen;
using System.Globalization;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>A compiled gettext Plural-Forms rule: maps a count to the index of the msgstr[n] to use.</summary>
public sealed class PluralRule
{
    private const int MaxFormCount = 32;

    private static readonly PluralRule DefaultRule = Parse("nplurals=2; plural=n != 1;");

    private static readonly FrozenDictionary<string, PluralRule> BuiltIn = new Dictionary<string, PluralRule>
    {
        ["ar"] = Parse("nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;"),
        ["fr"] = Parse("nplurals=2; plural=n > 1;"),
        ["en"] = DefaultRule,
        ["zgh"] = Parse("nplurals=2; plural=n > 1;"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly Func<long, long> _evaluate;

    private PluralRule(int formCount, string expression, Func<long, long> evaluate)
    {
        FormCount = formCount;
        Expression = expression;
        _evaluate = evaluate;
    }

    /// <summary>The rule used when nothing more specific is known: English-style "n != 1".</summary>
    public static PluralRule Default => DefaultRule;

    /// <summary>nplurals: how many msgstr[n] forms the rule selects between.</summary>
    public int FormCount { get; }

    /// <summary>The source text of the plural expression.</summary>
    public string Expression { get; }

    /// <summary>
    /// Parses a Plural-Forms value such as <c>nplurals=2; plural=n &gt; 1;</c>
    /// (a leading <c>Plural-Forms:</c> is accepted too).
    /// </summary>
    /// <exception cref="FormatException">The value or its expression is malformed.</exception>
    public static PluralRule Parse(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var text = header.Trim();
        const string prefix = "Plural-Forms:";
        if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[prefix.Length..];
        }

        int? formCount = null;
        string? expression = null;
        foreach (var part in text.Split(';'))
        {
            var segment = part.Trim();
            if (segment.Length == 0)
            {
                continue;
            }

            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"Invalid Plural-Forms '{header}': expected 'name=value' but found '{segment}'.");
            }

            var name = segment[..equals].Trim();
            var value = segment[(equals + 1)..].Trim();
            switch (name)
            {
                case "nplurals" when formCount is not null:
                case "plural" when expression is not null:
                    throw new FormatException($"Invalid Plural-Forms '{header}': '{name}' is given twice.");
                case "nplurals":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                        || count < 1 || count > MaxFormCount)
                    {
                        throw new FormatException(
                            $"Invalid Plural-Forms '{header}': nplurals must be a whole number from 1 to {MaxFormCount}, not '{value}'.");
                    }

                    formCount = count;
                    break;
                case "plural":
                    expression = value;
                    break;
                default:
                    throw new FormatException($"Invalid Plural-Forms '{header}': unknown field '{name}'.");
            }
        }

        if (formCount is null)
        {
            throw new FormatException($"Invalid Plural-Forms '{header}': nplurals is missing.");
        }

        if (expression is null)
        {
            throw new FormatException($"Invalid Plural-Forms '{header}': plural is missing.");
        }

        return new PluralRule(formCount.Value, expression, PluralExpressionCompiler.Compile(expression));
    }

    /// <summary>
    /// The built-in rule for a culture's language, used when its PO files carry no Plural-Forms header.
    /// Unknown languages get <see cref="Default"/>.
    /// </summary>
    public static PluralRule ForCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var name = culture.Name;
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var language = dash < 0 ? name : name[..dash];
        return BuiltIn.TryGetValue(language, out var rule) ? rule : DefaultRule;
    }

    /// <summary>The form index for <paramref name="n"/>, always within [0, FormCount - 1].</summary>
    public int Evaluate(long n)
    {
        // gettext counts are unsigned; a negative count is read by its magnitude ("-3 days" like "3 days").
        var magnitude = n >= 0 ? n : n == long.MinValue ? long.MaxValue : -n;
        var index = _evaluate(magnitude);
        return index < 0 ? 0 : index >= FormCount ? FormCount - 1 : (int)index;
    }

    public override string ToString() => $"nplurals={FormCount}; plural={Expression};";
}
