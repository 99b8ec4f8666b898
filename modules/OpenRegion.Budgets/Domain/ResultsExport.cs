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
    public static string Csv(BudgetOutcome outcome) => Cms.Core.OpenData.SafeCsv.Write(Header, [.. Rows(outcome)]);
}
