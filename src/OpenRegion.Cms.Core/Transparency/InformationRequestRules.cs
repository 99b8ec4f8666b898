using OpenRegion.Cms.Core.Calendar;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Transparency;

/// <summary>How a request for information was answered (law 31-13: art 8 partial disclosure, art 18 refusal).</summary>
public enum InformationOutcome
{
    Full,
    Partial,
    Refused,
}

/// <summary>The exceptions of law 31-13 art 7, the only grounds for withholding information.</summary>
public enum InformationException
{
    DefenceAndStateSecurity,
    PrivateLifeAndPersonalData,
    ForeignRelations,
    MonetaryAndEconomicPolicy,
    IntellectualProperty,
    SecrecyOfDeliberations,
    InquiriesAndCourtProcedures,
    FreeCompetition,
}

/// <summary>Where a request stands on a given day.</summary>
public enum InformationStage
{
    AwaitingAnswer,
    AnswerOverdue,
    Answered,
    ComplaintOpen,
    ComplaintOverdue,
    ComplaintAnswered,
}

/// <summary>Why a step on a request is refused; nothing is recorded.</summary>
public enum InformationRefusal
{
    BeforeReceipt,
    AlreadyAnswered,
    AlreadyExtended,
    UrgentCannotBeExtended,
    ExtensionAfterDeadline,
    ExtensionNeedsReason,
    WithholdingNeedsGround,
    FullAnswerHasNoGround,
    ComplaintBeforeAnswerOrDeadline,
    ComplaintTooLate,
    AlreadyComplained,
    NoComplaint,
    ComplaintAlreadyAnswered,
}

/// <summary>What happened to a request, as recorded: the facts the deadlines are computed from.</summary>
public sealed record InformationRequestFacts(
    DateOnly Received,
    bool Urgent = false,
    DateOnly? ExtendedOn = null,
    DateOnly? AnsweredOn = null,
    InformationOutcome? Outcome = null,
    DateOnly? ComplainedOn = null,
    DateOnly? ComplaintAnsweredOn = null);

/// <summary>A year of requests as the public register counts them.</summary>
/// <param name="MedianWorkingDays">Working days from receipt to answer, over the answered requests.</param>
public sealed record InformationReport(int Year, int Received, int Answered, int AnsweredInTime, int Full, int Partial, int Refused, int Awaiting, int Overdue, int Complaints, double? MedianWorkingDays);

/// <summary>The amounts the deadlines use: the law's, or the tenant's settings for the rules of <see cref="LegalDeadlines"/>.</summary>
public sealed record InformationAmounts(int Answer = 20, int Extension = 20, int Urgent = 3, int ComplaintFiling = 20, int ComplaintAnswer = 15)
{
    public static InformationAmounts For(TenantShell tenant) => new(
        Amount(LegalDeadlines.InformationRequest, tenant),
        Amount(LegalDeadlines.InformationRequestExtension, tenant),
        Amount(LegalDeadlines.InformationRequestUrgent, tenant),
        Amount(LegalDeadlines.InformationComplaintFiling, tenant),
        Amount(LegalDeadlines.InformationComplaintAnswer, tenant));

    private static int Amount(string rule, TenantShell tenant) => LegalDeadlines.Find(rule)!.AmountFor(tenant);
}

/// <summary>
/// The deadlines and steps of a request for information under law 31-13 (../shared/LEGAL-RULES.md): an answer within
/// 20 working days of receipt (art 16), or 3 when urgent (art 17); one extension of 20 working days, notified with its
/// reasons before the first deadline ends (art 16); a partial answer or a refusal names the exception of art 7 it rests
/// on (arts 8, 18); the requester may complain to the head of the body within 20 working days of the answer, or of
/// the day the answer was due when none came, and the head answers within 15 days (art 19); then the commission
/// (CDAI) can be seized within 30 days (art 20). Working days come from the tenant's <see cref="WorkingCalendar"/>.
/// </summary>
public sealed class InformationRequestRules(WorkingCalendar calendar, InformationAmounts amounts)
{
    /// <summary>Days the requester has to seize the access-to-information commission after the head's answer (art 20).</summary>
    public const int CommissionFilingDays = 30;

    public InformationAmounts Amounts => amounts;

    public static InformationRequestRules For(TenantShell tenant) => new(WorkingCalendar.For(tenant), InformationAmounts.For(tenant));

    /// <summary>The last day for the answer: 20 working days after receipt, 40 once extended, 3 when urgent.</summary>
    public DateOnly AnswerDue(InformationRequestFacts facts)
    {
        if (facts.Urgent)
        {
            return calendar.AddWorkingDays(facts.Received, amounts.Urgent);
        }

        var first = calendar.AddWorkingDays(facts.Received, amounts.Answer);
        return facts.ExtendedOn is null ? first : calendar.AddWorkingDays(first, amounts.Extension);
    }

    /// <summary>The first deadline, before any extension: the last day on which an extension may be notified.</summary>
    public DateOnly ExtensionDeadline(InformationRequestFacts facts) => calendar.AddWorkingDays(facts.Received, amounts.Answer);

    /// <summary>The day the 20 working days to complain start: the answer, or the day the answer was due; null while neither has come.</summary>
    public DateOnly? ComplaintWindowOpens(InformationRequestFacts facts, DateOnly today) =>
        facts.AnsweredOn ?? (today > AnswerDue(facts) ? AnswerDue(facts) : null);

    /// <summary>The last day to complain to the head of the body; null while the window has not opened.</summary>
    public DateOnly? ComplaintDue(InformationRequestFacts facts, DateOnly today) =>
        ComplaintWindowOpens(facts, today) is { } opens ? calendar.AddWorkingDays(opens, amounts.ComplaintFiling) : null;

    /// <summary>The last day for the head of the body to answer a complaint (15 days).</summary>
    public DateOnly? ComplaintAnswerDue(InformationRequestFacts facts) => facts.ComplainedOn?.AddDays(amounts.ComplaintAnswer);

    /// <summary>The last day to seize the commission: 30 days after the head's answer, or after the day it was due.</summary>
    public DateOnly? CommissionDue(InformationRequestFacts facts) =>
        (facts.ComplaintAnsweredOn ?? ComplaintAnswerDue(facts))?.AddDays(CommissionFilingDays);

    public InformationStage Stage(InformationRequestFacts facts, DateOnly today) => facts switch
    {
        { ComplaintAnsweredOn: not null } => InformationStage.ComplaintAnswered,
        { ComplainedOn: not null } => today > ComplaintAnswerDue(facts) ? InformationStage.ComplaintOverdue : InformationStage.ComplaintOpen,
        { AnsweredOn: not null } => InformationStage.Answered,
        _ => today > AnswerDue(facts) ? InformationStage.AnswerOverdue : InformationStage.AwaitingAnswer,
    };

    /// <summary>Working days from receipt to answer (the register's response time); null while unanswered.</summary>
    public int? ResponseWorkingDays(InformationRequestFacts facts) =>
        facts.AnsweredOn is { } answered ? calendar.WorkingDaysBetween(facts.Received, answered) : null;

    /// <summary>Whether the answer came after its deadline.</summary>
    public bool AnsweredLate(InformationRequestFacts facts) => facts.AnsweredOn is { } answered && answered > AnswerDue(facts);

    /// <summary>The register's figures for the requests received in <paramref name="year"/>, as they stand on <paramref name="today"/>.</summary>
    public InformationReport Report(int year, IEnumerable<InformationRequestFacts> requests, DateOnly today)
    {
        var received = requests.Where(r => r.Received.Year == year).ToList();
        var answered = received.Where(r => r.AnsweredOn is not null).ToList();
        return new InformationReport(
            year,
            received.Count,
            answered.Count,
            answered.Count(r => !AnsweredLate(r)),
            answered.Count(r => r.Outcome == InformationOutcome.Full),
            answered.Count(r => r.Outcome == InformationOutcome.Partial),
            answered.Count(r => r.Outcome == InformationOutcome.Refused),
            received.Count(r => Stage(r, today) == InformationStage.AwaitingAnswer),
            received.Count(r => Stage(r, today) == InformationStage.AnswerOverdue),
            received.Count(r => r.ComplainedOn is not null),
            Statistics.Median.Of(answered.Select(r => ResponseWorkingDays(r)!.Value)));
    }

    public InformationRefusal? CheckExtension(InformationRequestFacts facts, DateOnly on, string? reason) =>
        on < facts.Received ? InformationRefusal.BeforeReceipt
        : facts.AnsweredOn is not null ? InformationRefusal.AlreadyAnswered
        : facts.Urgent ? InformationRefusal.UrgentCannotBeExtended
        : facts.ExtendedOn is not null ? InformationRefusal.AlreadyExtended
        : on > ExtensionDeadline(facts) ? InformationRefusal.ExtensionAfterDeadline
        : string.IsNullOrWhiteSpace(reason) ? InformationRefusal.ExtensionNeedsReason
        : null;

    /// <summary>An answer may come late (it is then shown as late), but a partial answer or a refusal names its ground and a full one none.</summary>
    public InformationRefusal? CheckAnswer(InformationRequestFacts facts, DateOnly on, InformationOutcome outcome, IReadOnlyCollection<InformationException> grounds) =>
        on < facts.Received ? InformationRefusal.BeforeReceipt
        : facts.AnsweredOn is not null ? InformationRefusal.AlreadyAnswered
        : outcome != InformationOutcome.Full && grounds.Count == 0 ? InformationRefusal.WithholdingNeedsGround
        : outcome == InformationOutcome.Full && grounds.Count > 0 ? InformationRefusal.FullAnswerHasNoGround
        : null;

    public InformationRefusal? CheckComplaint(InformationRequestFacts facts, DateOnly on) =>
        on < facts.Received ? InformationRefusal.BeforeReceipt
        : facts.ComplainedOn is not null ? InformationRefusal.AlreadyComplained
        : ComplaintDue(facts, on) is not { } due ? InformationRefusal.ComplaintBeforeAnswerOrDeadline
        : on > due ? InformationRefusal.ComplaintTooLate
        : null;

    public InformationRefusal? CheckComplaintAnswer(InformationRequestFacts facts, DateOnly on) =>
        facts.ComplainedOn is not { } complained ? InformationRefusal.NoComplaint
        : on < complained ? InformationRefusal.BeforeReceipt
        : facts.ComplaintAnsweredOn is not null ? InformationRefusal.ComplaintAlreadyAnswered
        : null;
}
