namespace OpenRegion.Cms.Core.Innovation;

/// <summary>
/// Where a challenge of the public innovation lab stands (../shared/seed-documents/open-region-program-2020-2023.txt):
/// announced, then consultation sessions to identify the local problems, the call for solutions, the jury's selection,
/// prototyping and testing, the evaluation (mindset, result, impact), closed.
/// </summary>
public enum ChallengePhase
{
    Announced,
    ProblemIdentification,
    CallForSolutions,
    Selection,
    Prototyping,
    Evaluation,
    Closed,
}

/// <summary>Why a calendar is refused; nothing is recorded.</summary>
public enum CalendarProblem
{
    OutOfOrder,
    CallTooShort,
    TooLong,
}

/// <summary>
/// A challenge's calendar, in days of the tenant (Moroccan time): problem identification from
/// <see cref="IdentificationFrom"/>; the call for solutions open from <see cref="CallOpens"/> to the end of
/// <see cref="CallCloses"/>; the selection until <see cref="SelectionEnds"/>, prototyping until
/// <see cref="PrototypingEnds"/>, the evaluation until <see cref="EvaluationEnds"/>. The phases follow one another
/// without gaps: a phase runs to the end of its last day and the next starts the day after.
/// </summary>
public sealed record ChallengeCalendar(DateOnly IdentificationFrom, DateOnly CallOpens, DateOnly CallCloses, DateOnly SelectionEnds, DateOnly PrototypingEnds, DateOnly EvaluationEnds)
{
    /// <summary>A call shorter than this leaves citizens no time to form a team.</summary>
    public const int MinCallDays = 7;

    /// <summary>The lab's pilot lasted six months; three years is a typing mistake.</summary>
    public const int MaxYears = 3;

    public CalendarProblem? Check() =>
        IdentificationFrom > CallOpens || CallOpens > CallCloses || CallCloses > SelectionEnds || SelectionEnds > PrototypingEnds || PrototypingEnds > EvaluationEnds
            ? CalendarProblem.OutOfOrder
        : CallCloses.DayNumber - CallOpens.DayNumber + 1 < MinCallDays ? CalendarProblem.CallTooShort
        : EvaluationEnds > IdentificationFrom.AddYears(MaxYears) ? CalendarProblem.TooLong
        : null;

    public ChallengePhase PhaseOn(DateOnly day) =>
        day < IdentificationFrom ? ChallengePhase.Announced
        : day < CallOpens ? ChallengePhase.ProblemIdentification
        : day <= CallCloses ? ChallengePhase.CallForSolutions
        : day <= SelectionEnds ? ChallengePhase.Selection
        : day <= PrototypingEnds ? ChallengePhase.Prototyping
        : day <= EvaluationEnds ? ChallengePhase.Evaluation
        : ChallengePhase.Closed;

    /// <summary>Solutions are submitted and edited only while the call is open, to the last second of its last day.</summary>
    public bool AcceptsSolutions(DateTimeOffset nowUtc) => PhaseOn(Content.LocalTime.Date(nowUtc)) == ChallengePhase.CallForSolutions;

    /// <summary>The jury scores once the call has closed and until the selection ends.</summary>
    public bool JuryScores(DateTimeOffset nowUtc) => PhaseOn(Content.LocalTime.Date(nowUtc)) == ChallengePhase.Selection;

    /// <summary>Selected teams report their prototype's milestones from the selection on, until the evaluation ends.</summary>
    public bool AcceptsPrototypeReports(DateTimeOffset nowUtc) => PhaseOn(Content.LocalTime.Date(nowUtc)) is ChallengePhase.Prototyping or ChallengePhase.Evaluation;

    /// <summary>The first and last day of a phase (null for the open-ended ones).</summary>
    public (DateOnly From, DateOnly To)? Span(ChallengePhase phase) => phase switch
    {
        ChallengePhase.ProblemIdentification => (IdentificationFrom, CallOpens.AddDays(-1)),
        ChallengePhase.CallForSolutions => (CallOpens, CallCloses),
        ChallengePhase.Selection => (CallCloses.AddDays(1), SelectionEnds),
        ChallengePhase.Prototyping => (SelectionEnds.AddDays(1), PrototypingEnds),
        ChallengePhase.Evaluation => (PrototypingEnds.AddDays(1), EvaluationEnds),
        _ => null,
    };
}
