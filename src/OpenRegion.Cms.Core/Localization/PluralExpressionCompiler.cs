using System.Globalization;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>
/// Recursive-descent parser for the C subset allowed in Plural-Forms. It composes closures while parsing,
/// so the text is read once and evaluation never touches strings.
/// </summary>
internal sealed class PluralExpressionCompiler
{
    // Deep enough for any real rule, shallow enough that hostile input cannot overflow the stack.
    private const int MaxDepth = 100;

    private readonly string _text;
    private int _position;
    private int _depth;

    private PluralExpressionCompiler(string text)
    {
        _text = text;
    }

    public static Func<long, long> Compile(string text)
    {
        var compiler = new PluralExpressionCompiler(text);
        compiler.SkipWhitespace();
        if (compiler.AtEnd)
        {
            throw compiler.Error("the expression is empty");
        }

        var result = compiler.ParseConditional();
        compiler.SkipWhitespace();
        if (!compiler.AtEnd)
        {
            throw compiler.Error($"unexpected '{compiler.Current}'");
        }

        return result;
    }

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    private Func<long, long> ParseConditional()
    {
        Enter();
        var condition = ParseLogicalOr();
        if (TryConsume("?"))
        {
            // Both branches recurse into the conditional level, which makes ?: right-associative.
            var whenTrue = ParseConditional();
            Expect(":");
            var whenFalse = ParseConditional();
            var test = condition;
            condition = n => test(n) != 0 ? whenTrue(n) : whenFalse(n);
        }

        _depth--;
        return condition;
    }

    private Func<long, long> ParseLogicalOr()
    {
        var left = ParseLogicalAnd();
        while (TryConsume("||"))
        {
            var l = left;
            var r = ParseLogicalAnd();
            left = n => l(n) != 0 || r(n) != 0 ? 1 : 0;
        }

        return left;
    }

    private Func<long, long> ParseLogicalAnd()
    {
        var left = ParseEquality();
        while (TryConsume("&&"))
        {
            var l = left;
            var r = ParseEquality();
            left = n => l(n) != 0 && r(n) != 0 ? 1 : 0;
        }

        return left;
    }

    private Func<long, long> ParseEquality()
    {
        var left = ParseRelational();
        while (true)
        {
            var l = left;
            if (TryConsume("=="))
            {
                var r = ParseRelational();
                left = n => l(n) == r(n) ? 1 : 0;
            }
            else if (TryConsume("!="))
            {
                var r = ParseRelational();
                left = n => l(n) != r(n) ? 1 : 0;
            }
            else
            {
                return left;
            }
        }
    }

    private Func<long, long> ParseRelational()
    {
        var left = ParseAdditive();
        while (true)
        {
            var l = left;
            if (TryConsume("<="))
            {
                var r = ParseAdditive();
                left = n => l(n) <= r(n) ? 1 : 0;
            }
            else if (TryConsume(">="))
            {
                var r = ParseAdditive();
                left = n => l(n) >= r(n) ? 1 : 0;
            }
            else if (TryConsume("<"))
            {
                var r = ParseAdditive();
                left = n => l(n) < r(n) ? 1 : 0;
            }
            else if (TryConsume(">"))
            {
                var r = ParseAdditive();
                left = n => l(n) > r(n) ? 1 : 0;
            }
            else
            {
                return left;
            }
        }
    }

    private Func<long, long> ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            var l = left;
            if (TryConsume("+"))
            {
                var r = ParseMultiplicative();
                left = n => unchecked(l(n) + r(n));
            }
            else if (TryConsume("-"))
            {
                var r = ParseMultiplicative();
                left = n => unchecked(l(n) - r(n));
            }
            else
            {
                return left;
            }
        }
    }

    private Func<long, long> ParseMultiplicative()
    {
        var left = ParseUnary();
        while (true)
        {
            var l = left;
            if (TryConsume("*"))
            {
                var r = ParseUnary();
                left = n => unchecked(l(n) * r(n));
            }
            else if (TryConsume("/"))
            {
                var r = ParseUnary();
                left = n => Divide(l(n), r(n));
            }
            else if (TryConsume("%"))
            {
                var r = ParseUnary();
                left = n => Remainder(l(n), r(n));
            }
            else
            {
                return left;
            }
        }
    }

    private Func<long, long> ParseUnary()
    {
        Enter();
        Func<long, long> result;
        if (TryConsume("!"))
        {
            var operand = ParseUnary();
            result = n => operand(n) == 0 ? 1 : 0;
        }
        else if (TryConsume("-"))
        {
            var operand = ParseUnary();
            result = n => unchecked(-operand(n));
        }
        else if (TryConsume("+"))
        {
            result = ParseUnary();
        }
        else
        {
            result = ParsePrimary();
        }

        _depth--;
        return result;
    }

    private Func<long, long> ParsePrimary()
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error("unexpected end of expression");
        }

        var c = Current;
        if (c == '(')
        {
            _position++;
            var inner = ParseConditional();
            Expect(")");
            return inner;
        }

        if (char.IsAsciiDigit(c))
        {
            var start = _position;
            while (!AtEnd && char.IsAsciiDigit(Current))
            {
                _position++;
            }

            var digits = _text.AsSpan(start, _position - start);
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                _position = start;
                throw Error($"the number '{digits}' is too large");
            }

            return _ => value;
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            var start = _position;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(Current) || Current == '_'))
            {
                _position++;
            }

            var name = _text[start.._position];
            if (name != "n")
            {
                _position = start;
                throw Error($"unknown identifier '{name}' (only 'n' is allowed)");
            }

            return static n => n;
        }

        throw Error($"unexpected '{c}'");
    }

    // C leaves division by zero undefined; a translation file must not be able to crash a request.
    private static long Divide(long a, long b) => b == 0 ? 0 : b == -1 ? unchecked(-a) : a / b;

    private static long Remainder(long a, long b) => b is 0 or -1 ? 0 : a % b;

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error("the expression is nested too deeply");
        }
    }

    private bool TryConsume(string token)
    {
        SkipWhitespace();
        if (string.CompareOrdinal(_text, _position, token, 0, token.Length) != 0)
        {
            return false;
        }

        // A single '<', '>' or '!' must not swallow the first half of '<=', '>=' or '!='.
        var end = _position + token.Length;
        if (token.Length == 1 && token[0] is '<' or '>' or '!' && end < _text.Length && _text[end] == '=')
        {
            return false;
        }

        _position = end;
        return true;
    }

    private void Expect(string token)
    {
        if (!TryConsume(token))
        {
            throw Error(AtEnd ? $"expected '{token}' but the expression ended" : $"expected '{token}' but found '{Current}'");
        }
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _position++;
        }
    }

    private FormatException Error(string message) =>
        new($"Invalid plural expression '{_text}' at position {_position + 1}: {message}.");
}
