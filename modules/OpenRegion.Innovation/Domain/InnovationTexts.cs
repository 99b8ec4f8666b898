using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Innovation;

namespace OpenRegion.Innovation.Domain;

/// <summary>The lab's terms, phases and refusals in the reader's language.</summary>
public sealed class InnovationTexts(IStringLocalizer<InnovationModule> T)
{
    public string Phase(ChallengePhase phase) => phase switch
    {
        ChallengePhase.Announced => T["Announced"],
        ChallengePhase.ProblemIdentification => T["Identifying the problems"],
        ChallengePhase.CallForSolutions => T["Call for solutions open"],
        ChallengePhase.Selection => T["Selection by the jury"],
        ChallengePhase.Prototyping => T["Prototyping and testing"],
        ChallengePhase.Evaluation => T["Evaluation"],
        _ => T["Closed"],
    };

    public string Kind(ChallengeKind kind) => kind == ChallengeKind.Challenge ? T["Challenge"] : T["Contest"];

    public string Refusal((ChallengeRefusal Refusal, CalendarProblem? Calendar, ScoringProblem? Scoring) refusal) => refusal.Refusal switch
    {
        ChallengeRefusal.TitleNeeded => T["Give the title in Arabic or French."],
        ChallengeRefusal.ProblemNeeded => T["Describe the problem in Arabic or French."],
        ChallengeRefusal.Calendar => refusal.Calendar switch
        {
            CalendarProblem.OutOfOrder => T["The calendar's dates must follow one another: problems, call opens, call closes, selection, prototyping, evaluation."],
            CalendarProblem.CallTooShort => T["The call for solutions must stay open at least {0} days.", ChallengeCalendar.MinCallDays],
            _ => T["The calendar cannot run over more than {0} years.", ChallengeCalendar.MaxYears],
        },
        ChallengeRefusal.Criteria => refusal.Scoring == ScoringProblem.NoCriteria
            ? T["Give the jury at least one criterion."]
            : T["Each criterion's weight is between {0} and {1}.", JuryScoring.MinWeight, JuryScoring.MaxWeight],
        ChallengeRefusal.SeatsOutOfRange => T["The number of solutions to select is between 1 and {0}.", Challenge.MaxSeats],
        ChallengeRefusal.CriterionNameNeeded => T["Name each criterion in Arabic or French."],
        ChallengeRefusal.TooManyCriteria => T["At most {0} criteria.", Challenge.MaxCriteria],
        ChallengeRefusal.AlreadyPublished => T["This challenge is already published."],
        ChallengeRefusal.EqualityOpinionNeeded => T["A contest's conditions and criteria are set with the parity, equal-opportunity and gender-approach body: refer them to it, and publish once it has given its opinion."],
        ChallengeRefusal.AlreadyReferred => T["The conditions and criteria are already referred to the equality body."],
        ChallengeRefusal.NoEqualityBody => T["This council has no equality body yet: create it in the advisory bodies' pages."],
        ChallengeRefusal.DueTooSoon => T["Give the equality body at least {0} days to answer.", ChallengeDesk.MinReferralDays],
        ChallengeRefusal.Changed => T["Someone else changed this challenge meanwhile: look at it again before acting."],
        _ => T["This challenge is not published."],
    };

    public string Refusal((SolutionRefusal Refusal, TeamProblem? Team, int Member) refusal) => refusal.Refusal switch
    {
        SolutionRefusal.CallNotOpen => T["The call for solutions is not open: nothing was recorded."],
        SolutionRefusal.TeamNameNeeded => T["Give the team's name."],
        SolutionRefusal.TitleNeeded => T["Give the solution's title in Arabic or French."],
        SolutionRefusal.DescriptionNeeded => T["Describe the solution in Arabic or French."],
        SolutionRefusal.NegativeBudget => T["The budget cannot be negative."],
        SolutionRefusal.Changed => T["Your solution was changed meanwhile (in another window?): look at it again before saving."],
        SolutionRefusal.TooManyFiles => T["A solution carries at most {0} files: remove one before adding another.", SolutionAttachment.MaxFiles],
        SolutionRefusal.FilesTooLarge => T["A solution's files take at most {0} MB together.", SolutionAttachment.MaxTotalBytes / (1024 * 1024)],
        _ => refusal.Team switch
        {
            TeamProblem.NoMember => T["Name at least one member of the team."],
            TeamProblem.TooManyMembers => T["A team has at most {0} members.", TeamRules.MaxMembers],
            TeamProblem.NameNeeded => T["Member {0}: give their name.", refusal.Member],
            TeamProblem.RoleNeeded => T["Member {0}: give their role in the team.", refusal.Member],
            TeamProblem.TooLong => T["Member {0}: a field is too long.", refusal.Member],
            _ => T["Member {0} is already in the team.", refusal.Member],
        },
    };

    public string Refusal(JuryProblem problem, int seats = 0) => problem.Refusal switch
    {
        JuryRefusal.NoAccount => T["No account has this e-mail address: the member must first create an account on the site."],
        JuryRefusal.AlreadyJuror => T["This person already sits on the jury."],
        JuryRefusal.HasSheets => T["This member has already scored: they stay on the jury so that the ranking keeps their scores."],
        JuryRefusal.NotJuror => T["You do not sit on this challenge's jury."],
        JuryRefusal.NotScoringTime => T["The jury scores only during the selection phase: nothing was recorded."],
        JuryRefusal.SelectionPublished => T["The selection is published: the jury's work is closed."],
        JuryRefusal.UnknownSolution => T["This solution is not one of this challenge's."],
        JuryRefusal.Conflicted => T["You declared a conflict of interest with this solution, or it is your own team's: you do not score it."],
        JuryRefusal.Final => T["You have scored every solution and seen the other members' scores: your scores are final."],
        JuryRefusal.Changed => T["This was changed meanwhile (in another window?): look at it again before saving."],
        JuryRefusal.AlreadyDeclared => T["Your conflict of interest with this solution is already recorded."],
        JuryRefusal.ReasonNeeded => T["Say in a few words what the conflict of interest is."],
        JuryRefusal.TooEarly => T["The selection is deliberated once the call for solutions has closed."],
        JuryRefusal.Sheet => problem.Scoring switch
        {
            ScoringProblem.CriterionMissing => T["Score every criterion."],
            ScoringProblem.ScoreOutOfRange => T["Each score is a whole number from {0} to {1}.", JuryScoring.MinScore, JuryScoring.MaxScore],
            _ => T["A score is for a criterion this challenge does not have."],
        },
        _ => problem.Selection switch
        {
            SelectionProblem.NoneSelected => T["Select at least one solution."],
            SelectionProblem.TooMany => T["At most {0} solutions are selected for this challenge.", seats],
            SelectionProblem.NotScored => T["A selected solution has not been scored by any member of the jury."],
            SelectionProblem.ReasonMissing => T["Give the jury's reason for each selected solution."],
            _ => T["The selection departs from the ranking: the deliberation notes must say why."],
        },
    };

    public string Stage(PrototypeStage stage) => stage switch
    {
        PrototypeStage.Building => T["Being built"],
        PrototypeStage.Testing => T["Being tested with its users"],
        _ => T["Tested"],
    };

    public string Refusal(ReportProblem problem) => problem switch
    {
        ReportProblem.NotSelected => T["Only the teams whose solution the jury selected report on a prototype, once the selection is published."],
        ReportProblem.NotReportingTime => T["Prototype reports are made during prototyping and evaluation: nothing was recorded."],
        ReportProblem.ProgressOutOfRange => T["Progress is a whole number from 0 to 100."],
        ReportProblem.TextNeeded => T["Say what was done, in Arabic or French."],
        _ => T["A prototype reported as tested is complete: its progress is 100."],
    };

    public string Refusal(AdoptionProblem problem) => problem switch
    {
        AdoptionProblem.NotSelected => T["Only a solution of a published selection can be adopted."],
        AdoptionProblem.DayInFuture => T["The adoption day cannot be in the future."],
        AdoptionProblem.DayBeforeSelection => T["The adoption day cannot come before the selection was published."],
        _ => T["Give the act that adopted it: a decision's number, a convention, a programme line."],
    };

    public string EventKind(LabEventKind kind) => kind switch
    {
        LabEventKind.ConsultationSession => T["Consultation session"],
        LabEventKind.Masterclass => T["Masterclass"],
        LabEventKind.Workshop => T["Workshop"],
        _ => T["Demonstration day"],
    };

    public string Refusal(EventProblem problem) => problem switch
    {
        EventProblem.TitleNeeded => T["Give the event's title in Arabic or French."],
        EventProblem.PlaceNeeded => T["Say where the event takes place."],
        EventProblem.EndsBeforeStart => T["The event ends after it starts."],
        EventProblem.TooLong => T["An event lasts a week at most."],
        EventProblem.CapacityOutOfRange => T["The number of seats is between 1 and {0}.", LabEvent.MaxCapacity],
        EventProblem.Cancelled => T["This event is cancelled."],
        EventProblem.Started => T["This event has started: registrations are closed."],
        EventProblem.Full => T["Every seat is taken."],
        EventProblem.AlreadyRegistered => T["You are already registered."],
        EventProblem.NotRegistered => T["You are not registered for this event."],
        _ => T["Attendance is marked once the event has started."],
    };
}
