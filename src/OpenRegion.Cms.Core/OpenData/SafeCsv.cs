using System.Globalization;
using System.Text;

namespace OpenRegion.Cms.Core.OpenData;

/// <summary>
/// Open data as CSV: RFC 4180 with a byte-order mark (spreadsheets then read Arabic right). A text cell that a
/// spreadsheet would take for a formula (=, +, -, @, tab) starts with an apostrophe. Numbers and dates are invariant.
/// </summary>
public static class SafeCsv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var csv = new StringBuilder("\uFEFF");
        Line(csv, header.Cast<object?>().ToList());
        foreach (var row in rows)
        {
            Line(csv, row);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IReadOnlyList<object?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(cells[i] switch
            {
                null => "",
                string text => Quote(text),
                DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                var value => Convert.ToString(value, CultureInfo.InvariantCulture),
            });
        }

        csv.Append("\r\n");
    }

    private static string Quote(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Splits one line of a CSV file (comma, or semicolon when the line has one, as spreadsheets in French write it; quotes doubled inside quoted fields).</summary>
    public static List<string> SplitLine(string line) => SplitLine(line, line.Contains(';') ? ';' : ',');

    public static List<string> SplitLine(string line, char separator)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        return fields;
    }
}
