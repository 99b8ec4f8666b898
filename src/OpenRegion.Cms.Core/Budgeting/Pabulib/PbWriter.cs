using System.Globalization;

namespace OpenRegion.Cms.Core.Budgeting.Pabulib;

/// <summary>
/// Writes an election in the pabulib format that <see cref="PbParser"/> reads (and pabulib's own tools): META in its
/// order; PROJECTS with <c>project_id;cost</c>, then <c>votes</c>, <c>score</c>, <c>name</c>, <c>selected</c> when
/// any project has one, then the other columns; VOTES with <c>voter_id;vote</c>, <c>points</c> when given, then the
/// other columns. Numbers are invariant without trailing zeros; a field holding <c>;</c>, a quote or a line break is
/// quoted. Lines end with <c>\n</c>.
/// </summary>
public static class PbWriter
{
    public static string Write(PbElection election)
    {
        using var writer = new StringWriter();
        Write(election, writer);
        return writer.ToString();
    }

    public static void Write(PbElection election, TextWriter writer)
    {
        writer.Write("META\nkey;value\n");
        foreach (var (key, value) in election.Meta)
        {
            Row(writer, [key, value]);
        }

        var projects = election.Projects;
        var projectColumns = new List<string> { "project_id", "cost" };
        AddIf(projectColumns, "votes", projects.Any(p => p.Votes is not null));
        AddIf(projectColumns, "score", projects.Any(p => p.Score is not null));
        AddIf(projectColumns, "name", projects.Any(p => p.Name is not null));
        AddIf(projectColumns, "selected", projects.Any(p => p.Selected is not null));
        var projectExtras = ExtraColumns(projects.Select(p => p.Attributes));
        writer.Write("PROJECTS\n");
        Row(writer, [.. projectColumns, .. projectExtras]);
        foreach (var p in projects)
        {
            var cells = new List<string> { p.Id, PbNumbers.Format(p.Cost) };
            AddIf(cells, p.Votes?.ToString(CultureInfo.InvariantCulture) ?? "", projectColumns.Contains("votes"));
            AddIf(cells, p.Score is { } s ? PbNumbers.Format(s) : "", projectColumns.Contains("score"));
            AddIf(cells, p.Name ?? "", projectColumns.Contains("name"));
            AddIf(cells, p.Selected?.ToString(CultureInfo.InvariantCulture) ?? "", projectColumns.Contains("selected"));
            cells.AddRange(projectExtras.Select(c => p.Attributes.GetValueOrDefault(c, "")));
            Row(writer, cells);
        }

        var voters = election.Voters;
        var withPoints = voters.Any(v => v.Points is not null);
        var voterExtras = ExtraColumns(voters.Select(v => v.Attributes));
        writer.Write("VOTES\n");
        Row(writer, ["voter_id", "vote", .. withPoints ? new[] { "points" } : [], .. voterExtras]);
        foreach (var v in voters)
        {
            var cells = new List<string> { v.Id, string.Join(',', v.Vote) };
            AddIf(cells, string.Join(',', (v.Points ?? []).Select(PbNumbers.Format)), withPoints);
            cells.AddRange(voterExtras.Select(c => v.Attributes.GetValueOrDefault(c, "")));
            Row(writer, cells);
        }
    }

    private static void AddIf(List<string> list, string value, bool condition)
    {
        if (condition)
        {
            list.Add(value);
        }
    }

    private static List<string> ExtraColumns(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var columns = new List<string>();
        foreach (var key in rows.SelectMany(r => r.Keys))
        {
            if (!columns.Contains(key, StringComparer.Ordinal))
            {
                columns.Add(key);
            }
        }

        return columns;
    }

    private static void Row(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(';');
            }

            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(";\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }

        writer.Write('\n');
    }
}
