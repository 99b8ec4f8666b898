using System.Globalization;
using System.Text;
using OpenRegion.Cms.Core.Budgeting.Model;

namespace OpenRegion.Budgets.Domain;

/// <summary>A budget's projects and their votes as a table, for a spreadsheet (CSV or Excel): the same columns in both.</summary>
public static class ResultsExport
{
    public static readonly IReadOnlyList<string> Header = ["project_id", "title_ar", "title_fr", "category", "place", "cost_mad", "score", "selected", "state"];

    public static IEnumerable<IReadOnlyList<object?>> Rows(BudgetOutcome outcome) =>
        outcome.Projects.Select(row => (IReadOnlyList<object?>)
        [
            row.Project.Id, row.Project.TitleAr, row.Project.TitleFr, row.Project.Category, row.Project.Place,
            row.Project.Cost, row.Score, row.Selected ? 1 : 0, row.Project.State.ToString(),
        ]);

    /// <summary>
    /// RFC 4180 with a byte-order mark (spreadsheets then read Arabic right). A text cell that a spreadsheet would
    /// take for a formula (=, +, -, @, tab) starts with an apostrophe.
    /// </summary>
    public static string Csv(BudgetOutcome outcome)
    {
        var csv = new StringBuilder("\uFEFF");
        Line(csv, Header.Cast<object?>().ToList());
        foreach (var row in Rows(outcome))
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
}
