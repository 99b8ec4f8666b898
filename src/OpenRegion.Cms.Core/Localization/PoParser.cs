using System.Globalization;
using System.Text;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>
/// Reads gettext PO text. Only entries that would be used at run time are returned: fuzzy, untranslated
/// and obsolete (#~) entries are dropped, like msgfmt does.
/// </summary>
public static class PoParser
{
    /// <param name="text">The whole PO file.</param>
    /// <param name="sourceName">File path or resource name, used in error messages.</param>
    /// <exception cref="PoParseException">The text is not valid PO.</exception>
    public static PoFile Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new Reader(sourceName).Read(text);
    }

    private sealed class Reader(string sourceName)
    {
        private readonly List<PoEntry> _entries = [];
        private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);
        private PluralRule? _pluralRule;

        // The entry being read.
        private bool _fuzzy;
        private StringBuilder? _context;
        private int _contextLine;
        private StringBuilder? _id;
        private int _idLine;
        private StringBuilder? _idPlural;
        private readonly List<StringBuilder> _translations = [];
        private int _translationLine;

        // Where each line of the header's msgstr starts, so header errors can name the exact line.
        private readonly List<(int Offset, int Line)> _headerLines = [];

        // The string that a following "..." line continues.
        private StringBuilder? _current;

        public PoFile Read(string text)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (i == 0 && line.StartsWith('\uFEFF'))
                {
                    line = line[1..];
                }

                ReadLine(line.Trim(), i + 1);
            }

            FinishEntry();
            return new PoFile(sourceName, _entries, _pluralRule, _headers);
        }

        private bool HasTranslation => _translations.Count > 0;

        private void ReadLine(string line, int lineNumber)
        {
            if (line.Length == 0)
            {
                return;
            }

            if (line[0] == '#')
            {
                ReadComment(line);
                return;
            }

            if (line[0] == '"')
            {
                if (_current is null)
                {
                    throw Error(lineNumber, "a string must follow msgctxt, msgid, msgid_plural or msgstr");
                }

                NoteHeaderLine(_current, lineNumber);
                _current.Append(ReadString(line, 0, lineNumber));
                return;
            }

            var keywordEnd = 0;
            while (keywordEnd < line.Length && line[keywordEnd] != '"' && !char.IsWhiteSpace(line[keywordEnd]))
            {
                keywordEnd++;
            }

            var keyword = line[..keywordEnd];
            var stringStart = keywordEnd;
            while (stringStart < line.Length && char.IsWhiteSpace(line[stringStart]))
            {
                stringStart++;
            }

            var value = new StringBuilder();
            switch (keyword)
            {
                case "msgctxt":
                    StartContext(lineNumber);
                    _context = value;
                    _contextLine = lineNumber;
                    break;
                case "msgid":
                    StartId(lineNumber);
                    _id = value;
                    _idLine = lineNumber;
                    break;
                case "msgid_plural":
                    CheckPluralId(lineNumber);
                    _idPlural = value;
                    break;
                case "msgstr":
                    CheckSingularTranslation(lineNumber);
                    AddTranslation(value, lineNumber);
                    break;
                default:
                    if (keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith(']'))
                    {
                        CheckPluralTranslation(keyword["msgstr[".Length..^1], lineNumber);
                        AddTranslation(value, lineNumber);
                        break;
                    }

                    throw Error(lineNumber, $"unknown keyword '{keyword}'");
            }

            if (stringStart >= line.Length || line[stringStart] != '"')
            {
                throw Error(lineNumber, $"expected a quoted string after {keyword}");
            }

            NoteHeaderLine(value, lineNumber);
            value.Append(ReadString(line, stringStart, lineNumber));
            _current = value;
        }

        private void ReadComment(string line)
        {
            if (line.StartsWith("#~", StringComparison.Ordinal))
            {
                // Obsolete entry; comments and flags collected so far belong to it, not to the next entry.
                if (HasTranslation)
                {
                    FinishEntry();
                }
                else if (_id is null && _context is null)
                {
                    _fuzzy = false;
                }

                return;
            }

            // A comment starts the next entry.
            if (HasTranslation)
            {
                FinishEntry();
            }

            if (line.StartsWith("#,", StringComparison.Ordinal))
            {
                foreach (var flag in line[2..].Split(','))
                {
                    if (flag.Trim() == "fuzzy")
                    {
                        _fuzzy = true;
                    }
                }
            }
        }

        private void StartContext(int lineNumber)
        {
            if (HasTranslation)
            {
                FinishEntry();
            }

            if (_id is not null)
            {
                throw Error(lineNumber, $"msgctxt found but the msgid on line {_idLine} has no msgstr");
            }

            if (_context is not null)
            {
                throw Error(lineNumber, $"msgctxt found but the msgctxt on line {_contextLine} has no msgid");
            }
        }

        private void StartId(int lineNumber)
        {
            if (HasTranslation)
            {
                FinishEntry();
            }

            if (_id is not null)
            {
                throw Error(lineNumber, $"msgid found but the msgid on line {_idLine} has no msgstr");
            }
        }

        private void CheckPluralId(int lineNumber)
        {
            if (_id is null)
            {
                throw Error(lineNumber, "msgid_plural without msgid");
            }

            if (HasTranslation)
            {
                throw Error(lineNumber, "msgid_plural must come before msgstr");
            }

            if (_idPlural is not null)
            {
                throw Error(lineNumber, "msgid_plural is given twice");
            }
        }

        private void CheckSingularTranslation(int lineNumber)
        {
            if (_id is null)
            {
                throw Error(lineNumber, "msgstr without msgid");
            }

            if (_idPlural is not null)
            {
                throw Error(lineNumber, "an entry with msgid_plural needs msgstr[0], msgstr[1], ... instead of msgstr");
            }

            if (HasTranslation)
            {
                throw Error(lineNumber, $"msgstr is given twice for the msgid on line {_idLine}");
            }
        }

        private void CheckPluralTranslation(string indexText, int lineNumber)
        {
            if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                throw Error(lineNumber, $"bad plural index 'msgstr[{indexText}]'; expected a whole number");
            }

            if (_id is null)
            {
                throw Error(lineNumber, $"msgstr[{index}] without msgid");
            }

            if (_idPlural is null)
            {
                throw Error(lineNumber, $"msgstr[{index}] needs a msgid_plural; use msgstr for a singular entry");
            }

            if (index != _translations.Count)
            {
                throw Error(lineNumber, $"bad plural index: expected msgstr[{_translations.Count}] but found msgstr[{index}]");
            }
        }

        private void NoteHeaderLine(StringBuilder target, int lineNumber)
        {
            if (_context is null && _id is { Length: 0 } && HasTranslation && ReferenceEquals(target, _translations[0]))
            {
                _headerLines.Add((target.Length, lineNumber));
            }
        }

        private void AddTranslation(StringBuilder value, int lineNumber)
        {
            if (!HasTranslation)
            {
                _translationLine = lineNumber;
            }

            _translations.Add(value);
        }

        private void FinishEntry()
        {
            try
            {
                if (_id is null)
                {
                    if (_context is not null)
                    {
                        throw Error(_contextLine, "msgctxt without msgid");
                    }

                    return;
                }

                if (!HasTranslation)
                {
                    throw Error(_idLine, "msgid without msgstr");
                }

                var context = _context?.ToString();
                var id = _id.ToString();
                var translations = _translations.ConvertAll(t => t.ToString());
                if (context is null && id.Length == 0)
                {
                    // The header is structural, so it is read even when marked fuzzy (as templates often are).
                    ReadHeader(translations[0]);
                    return;
                }

                if (_fuzzy || translations.Exists(t => t.Length == 0))
                {
                    return;
                }

                _entries.Add(new PoEntry(context, id, _idPlural?.ToString(), translations));
            }
            finally
            {
                _fuzzy = false;
                _context = null;
                _id = null;
                _idPlural = null;
                _translations.Clear();
                _current = null;
                _headerLines.Clear();
            }
        }

        private void ReadHeader(string header)
        {
            var offset = 0;
            foreach (var line in header.Split('\n'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    var name = line[..colon].Trim();
                    var value = line[(colon + 1)..].Trim();
                    _headers[name] = value;
                    if (name.Equals("Plural-Forms", StringComparison.OrdinalIgnoreCase))
                    {
                        try
                        {
                            _pluralRule = PluralRule.Parse(value);
                        }
                        catch (FormatException ex)
                        {
                            throw Error(HeaderLineAt(offset), $"bad Plural-Forms header: {ex.Message}", ex);
                        }
                    }
                }

                offset += line.Length + 1;
            }
        }

        private int HeaderLineAt(int offset)
        {
            var lineNumber = _translationLine;
            foreach (var (start, line) in _headerLines)
            {
                if (start <= offset)
                {
                    lineNumber = line;
                }
            }

            return lineNumber;
        }

        /// <summary>Decodes the quoted string starting at <paramref name="start"/>, which must end the line.</summary>
        private string ReadString(string line, int start, int lineNumber)
        {
            var result = new StringBuilder();
            var i = start + 1;
            while (true)
            {
                if (i >= line.Length)
                {
                    throw Error(lineNumber, "unterminated string");
                }

                var c = line[i++];
                if (c == '"')
                {
                    break;
                }

                if (c != '\\')
                {
                    result.Append(c);
                    continue;
                }

                if (i >= line.Length)
                {
                    throw Error(lineNumber, "unterminated string");
                }

                var escape = line[i++];
                switch (escape)
                {
                    case 'n': result.Append('\n'); break;
                    case 't': result.Append('\t'); break;
                    case 'r': result.Append('\r'); break;
                    case '"': result.Append('"'); break;
                    case '\\': result.Append('\\'); break;
                    case '\'': result.Append('\''); break;
                    case '?': result.Append('?'); break;
                    case 'a': result.Append('\a'); break;
                    case 'b': result.Append('\b'); break;
                    case 'f': result.Append('\f'); break;
                    case 'v': result.Append('\v'); break;
                    case >= '0' and <= '7':
                        {
                            var value = escape - '0';
                            for (var digits = 1; digits < 3 && i < line.Length && line[i] is >= '0' and <= '7'; digits++)
                            {
                                value = (value * 8) + (line[i++] - '0');
                            }

                            result.Append((char)value);
                            break;
                        }

                    case 'x':
                        {
                            var value = 0;
                            var digits = 0;
                            while (digits < 2 && i < line.Length && char.IsAsciiHexDigit(line[i]))
                            {
                                value = (value * 16) + HexValue(line[i++]);
                                digits++;
                            }

                            if (digits == 0)
                            {
                                throw Error(lineNumber, "\\x must be followed by hexadecimal digits");
                            }

                            result.Append((char)value);
                            break;
                        }

                    default:
                        throw Error(lineNumber, $"unknown escape sequence '\\{escape}'");
                }
            }

            for (; i < line.Length; i++)
            {
                if (!char.IsWhiteSpace(line[i]))
                {
                    throw Error(lineNumber, $"unexpected text after the closing quote: '{line[i..]}'");
                }
            }

            return result.ToString();
        }

        private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

        private PoParseException Error(int lineNumber, string reason, Exception? inner = null) =>
            new(sourceName, lineNumber, reason, inner);
    }
}
