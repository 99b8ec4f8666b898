using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Innovation;

/// <summary>Where a selected solution's prototype stands: being built, being tested with its users, tested.</summary>
public enum PrototypeStage
{
    Building,
    Testing,
    Tested,
}

/// <summary>Why a prototype report is refused; nothing is recorded.</summary>
public enum ReportProblem
{
    NotSelected,
    NotReportingTime,
    ProgressOutOfRange,
    TextNeeded,
    TestedNotComplete,
}

/// <summary>
/// A milestone a selected team reports on its prototype during prototyping and evaluation: the stage, how far along it is
/// (0–100 %), and what was done, in Arabic and/or French. Public on the lab's showcase.
/// </summary>
public sealed class PrototypeReport : ITenantOwned
{
    public const int MaxTextLength = 4_000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ChallengeId { get; set; }

    public long SolutionId { get; set; }

    public PrototypeStage Stage { get; set; }

    public int Progress { get; set; }

    public string TextAr { get; set; } = "";

    public string TextFr { get; set; } = "";

    public DateTimeOffset ReportedUtc { get; set; }

    public string ReportedBy { get; set; } = "";

    public string Text(string culture) => Challenge.Pick(culture, TextAr, TextFr);

    /// <summary>
    /// Checks a report: the solution is selected and its selection published; the challenge is in prototyping or
    /// evaluation; progress 0–100; something said; a prototype reported tested is complete (100 %).
    /// </summary>
    public static ReportProblem? Check(Challenge challenge, Solution solution, PrototypeStage stage, int progress, string textAr, string textFr, DateTimeOffset nowUtc) =>
        !solution.Selected || challenge.SelectionPublishedUtc is null ? ReportProblem.NotSelected
        : !challenge.Calendar.AcceptsPrototypeReports(nowUtc) ? ReportProblem.NotReportingTime
        : progress is < 0 or > 100 ? ReportProblem.ProgressOutOfRange
        : textAr.Length == 0 && textFr.Length == 0 ? ReportProblem.TextNeeded
        : stage == PrototypeStage.Tested && progress != 100 ? ReportProblem.TestedNotComplete
        : null;
}
