using System.Text;

namespace OpenRegion.Cms.Core.Budgeting.Pabulib;

/// <summary>
/// Reads the pabulib <c>.pb</c> format as published: sections META, PROJECTS and VOTES, each a section name on its own
/// line, a header row and <c>;</c>-separated rows; fields may be quoted (<c>"a;b"</c>, <c>""</c> for a quote, even
/// across lines); costs and other numbers take a decimal point or a decimal comma; ballots list project ids
/// separated by <c>,</c> (and points in the same order for cumulative and scoring ballots). Anything else is a
/// <see cref="PbFormatException"/> naming the line.
/// </summary>
public static class PbParser
{
    private static readonly string[] Sections = ["META", "PROJECTS", "VOTES"];

    public static PbElection ParseFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader);
    }

    public static PbElection Parse(string text) => Parse(new StringReader(text));

    public static PbElection Parse(TextReader reader)
    {
        var meta = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        var metaLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var projects = new List<PbProject>();
        var projectLines = new List<int>();
        var voters = new List<PbVoter>();
        var voterLines = new List<int>();
        var sectionLines = new Dictionary<string, int>(StringComparer.Ordinal);
        string? section = null;
        string[]? header = null;
        var lastLine = 0;
        foreach (var record in Records(reader))
        {
            lastLine = record.LastLine;
            var fields = record.Fields;
            if (fields.Length == 1 && !record.Quoted && LooksLikeSectionName(fields[0]))
            {
                section = fields[0].Trim().ToUpperInvariant();
                if (!Sections.Contains(section))
                {
                    throw new PbFormatException(record.Line, $"unknown section '{fields[0].Trim()}' (expected META, PROJECTS or VOTES)");
                }

                if (sectionLines.TryGetValue(section, out var first))
                {
                    throw new PbFormatException(record.Line, $"section {section} appears a second time (first at line {first})");
                }

                sectionLines[section] = record.Line;
                header = null;
                continue;
            }

            if (section is null)
            {
                throw new PbFormatException(record.Line, $"expected a section name (META, PROJECTS or VOTES), found '{Shorten(string.Join(';', fields))}'");
            }

            if (header is null)
            {
                header = Header(section, record);
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw new PbFormatException(record.Line, $"{fields.Length} field(s) where the {section} header has {header.Length}");
            }

            switch (section)
            {
                case "META":
                    var key = fields[0].Trim();
                    if (!meta.TryAdd(key, fields[1]))
                    {
                        throw new PbFormatException(record.Line, $"META key '{key}' appears a second time (first at line {metaLines[key]})");
                    }

                    metaLines[key] = record.Line;
                    break;
                case "PROJECTS":
                    projects.Add(Project(header, record));
                    projectLines.Add(record.Line);
                    break;
                default:
                    voters.Add(Voter(header, record));
                    voterLines.Add(record.Line);
                    break;
            }
        }

        foreach (var name in Sections)
        {
            if (!sectionLines.ContainsKey(name))
            {
                throw new PbFormatException(Math.Max(lastLine, 1), $"the file ends without a {name} section");
            }
        }

        return new PbElection(meta, projects, voters, new PbElection.SourceLines(sectionLines["META"], metaLines, [.. projectLines], [.. voterLines]));
    }

    private static string[] Header(string section, Record record)
    {
        var header = record.Fields.Select(f => f.Trim()).ToArray();
        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PbFormatException(record.Line, $"the {section} header names column '{duplicate.Key}' twice");
        }

        string[] required = section switch
        {
            "META" => ["key", "value"],
            "PROJECTS" => ["project_id", "cost"],
            _ => ["voter_id", "vote"],
        };
        foreach (var column in required)
        {
            if (!header.Contains(column, StringComparer.Ordinal))
            {
                throw new PbFormatException(record.Line, $"the {section} header has no '{column}' column (found '{Shorten(string.Join(';', header))}')");
            }
        }

        if (section == "META" && header.Length != 2)
        {
            throw new PbFormatException(record.Line, "the META header must be 'key;value'");
        }

        return header;
    }

    private static PbProject Project(string[] header, Record record)
    {
        var cells = Cells(header, record.Fields);
        var id = cells["project_id"].Trim();
        var cost = Number(cells["cost"], "cost", record.Line) ?? throw new PbFormatException(record.Line, $"project '{id}' has no cost");
        return new PbProject(id, cost)
        {
            Name = cells.GetValueOrDefault("name"),
            Votes = Whole(cells.GetValueOrDefault("votes"), "votes", record.Line),
            Score = Number(cells.GetValueOrDefault("score"), "score", record.Line),
            Selected = Whole(cells.GetValueOrDefault("selected"), "selected", record.Line) is { } s
                ? s is >= int.MinValue and <= int.MaxValue ? (int)s : throw new PbFormatException(record.Line, $"selected '{s}' is out of range")
                : null,
            Attributes = Others(cells, "project_id", "cost", "name", "votes", "score", "selected"),
        };
    }

    private static PbVoter Voter(string[] header, Record record)
    {
        var cells = Cells(header, record.Fields);
        var vote = List(cells["vote"]);
        IReadOnlyList<decimal>? points = null;
        if (cells.TryGetValue("points", out var pointsText))
        {
            points = List(pointsText).Select(p => Number(p, "points", record.Line) ?? throw new PbFormatException(record.Line, "points has an empty value")).ToArray();
        }

        return new PbVoter(cells["voter_id"].Trim(), vote)
        {
            Points = points,
            Attributes = Others(cells, "voter_id", "vote", "points"),
        };
    }

    private static OrderedDictionary<string, string> Cells(string[] header, string[] fields)
    {
        var cells = new OrderedDictionary<string, string>(header.Length, StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            cells.Add(header[i], fields[i]);
        }

        return cells;
    }

    private static IReadOnlyDictionary<string, string> Others(OrderedDictionary<string, string> cells, params string[] known)
    {
        var others = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in cells)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                others.Add(key, value);
            }
        }

        return others.Count == 0 ? PbElection.NoAttributes : others;
    }

    private static string[] List(string text) =>
        text.Trim().Length == 0 ? [] : text.Split(',', StringSplitOptions.TrimEntries);

    private static decimal? Number(string? text, string column, int line) =>
        string.IsNullOrWhiteSpace(text) ? null
        : PbNumbers.TryParseDecimal(text, out var value) ? value
        : throw new PbFormatException(line, $"{column} '{Shorten(text)}' is not a number");

    private static long? Whole(string? text, string column, int line) =>
        string.IsNullOrWhiteSpace(text) ? null
        : PbNumbers.TryParseWhole(text, out var value) ? value
        : throw new PbFormatException(line, $"{column} '{Shorten(text)}' is not a whole number");

    private static bool LooksLikeSectionName(string field)
    {
        var name = field.Trim();
        return Sections.Contains(name, StringComparer.OrdinalIgnoreCase)
               || (name.Length >= 3 && name.All(c => c is (>= 'A' and <= 'Z') or '_'));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>One row of the file: its fields, the line it starts on and the line it ends on (a quoted field may
    /// hold line breaks), and whether any field was quoted (a quoted "META" is data, not a section).</summary>
    private readonly record struct Record(int Line, int LastLine, string[] Fields, bool Quoted);

    private static IEnumerable<Record> Records(TextReader reader)
    {
        var lineNumber = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 && line.StartsWith('\uFEFF'))
            {
                line = line[1..];
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var start = lineNumber;
            fields.Clear();
            field.Clear();
            bool inQuotes = false, fieldQuoted = false, anyQuoted = false;
            var i = 0;
            while (true)
            {
                if (i == line.Length)
                {
                    if (!inQuotes)
                    {
                        fields.Add(field.ToString());
                        break;
                    }

                    line = reader.ReadLine() ?? throw new PbFormatException(start, "a quoted field is not closed before the end of the file");
                    lineNumber++;
                    field.Append('\n');
                    i = 0;
                    continue;
                }

                var c = line[i++];
                if (inQuotes)
                {
                    if (c != '"')
                    {
                        field.Append(c);
                    }
                    else if (i < line.Length && line[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else if (c == '"' && field.Length == 0 && !fieldQuoted)
                {
                    inQuotes = fieldQuoted = anyQuoted = true;
                }
                else if (c == ';')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldQuoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }

            yield return new Record(start, lineNumber, [.. fields], anyQuoted);
        }
    }
}
