using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Transparency;

/// <summary>The grounds of decree 2-17-265 for not processing a complaint (each answered with the ground).</summary>
public enum ComplaintGround
{
    BeforeACourtOrJudged,
    OutsideCompetence,
    AbusiveOrInsulting,
}

/// <summary>Where a complaint stands.</summary>
public enum ComplaintStage
{
    Open,
    Overdue,
    AwaitingComplement,
    Answered,
    NotProcessed,
}

public enum ComplaintRefusal
{
    BeforeReceipt,
    AlreadyClosed,
    ComplementAlreadyAsked,
    ComplementTooLate,
    ComplementNeedsWhat,
    AnswerNeedsText,
    NotProcessedNeedsGround,
    OutsideCompetenceNeedsRedirect,
    NoComplementAsked,
    ComplementAlreadyReceived,
    ComplementNeedsText,
}

/// <summary>What happened to a complaint: the facts its deadlines and the annual report are computed from.</summary>
public sealed record ComplaintFacts(
    DateOnly Received,
    string Category,
    DateOnly? ComplementAskedOn = null,
    DateOnly? ComplementReceivedOn = null,
    DateOnly? AnsweredOn = null,
    ComplaintGround? NotProcessed = null);

/// <summary>A year of complaints as the annual report shows them: received, answered, within the deadline, by category.</summary>
public sealed record ComplaintReport(int Year, int Received, int Answered, int AnsweredInTime, int NotProcessed, int Open, int Overdue, double? MedianDaysToAnswer, IReadOnlyList<ComplaintCategoryLine> ByCategory);

public sealed record ComplaintCategoryLine(string Category, int Received, int Answered, int AnsweredInTime);

/// <summary>
/// Complaints under decree 2-17-265 (../shared/LEGAL-RULES.md): acknowledged at once; answered within 60 days; when
/// one is incomplete or unclear, what is missing is asked within 15 days of receipt and the 60 days run again from the
/// day it comes; not processed only on a ground of the decree (before a court or judged, outside the body's competence
/// — then the competent body is named —, abusive or insulting), which is itself the answer. Amounts come from the
/// tenant's deadline settings (<see cref="LegalDeadlines.ComplaintAnswer"/>, <see cref="LegalDeadlines.ComplaintMissingItems"/>).
/// </summary>
public sealed class ComplaintRules(int answerDays = 60, int complementDays = 15)
{
    public int AnswerDays => answerDays;

    public int ComplementDays => complementDays;

    public static ComplaintRules For(TenantShell tenant) => new(
        LegalDeadlines.Find(LegalDeadlines.ComplaintAnswer)!.AmountFor(tenant),
        LegalDeadlines.Find(LegalDeadlines.ComplaintMissingItems)!.AmountFor(tenant));

    /// <summary>The last day to ask for what is missing.</summary>
    public DateOnly ComplementDue(ComplaintFacts facts) => facts.Received.AddDays(complementDays);

    /// <summary>The last day to answer: 60 days from receipt, or from the complement; null while a complement is awaited.</summary>
    public DateOnly? AnswerDue(ComplaintFacts facts) =>
        facts.ComplementAskedOn is null ? facts.Received.AddDays(answerDays)
        : facts.ComplementReceivedOn is { } complement ? complement.AddDays(answerDays)
        : null;

    public ComplaintStage Stage(ComplaintFacts facts, DateOnly today) =>
        facts.NotProcessed is not null ? ComplaintStage.NotProcessed
        : facts.AnsweredOn is not null ? ComplaintStage.Answered
        : AnswerDue(facts) is not { } due ? ComplaintStage.AwaitingComplement
        : today > due ? ComplaintStage.Overdue
        : ComplaintStage.Open;

    /// <summary>Answered on or before its deadline (a complaint not processed is answered by its ground, on the day recorded as its answer).</summary>
    public bool AnsweredInTime(ComplaintFacts facts) =>
        facts.AnsweredOn is { } answered && AnswerDue(facts) is { } due && answered <= due;

    public ComplaintRefusal? CheckComplement(ComplaintFacts facts, DateOnly on, string? what) =>
        on < facts.Received ? ComplaintRefusal.BeforeReceipt
        : facts.AnsweredOn is not null || facts.NotProcessed is not null ? ComplaintRefusal.AlreadyClosed
        : facts.ComplementAskedOn is not null ? ComplaintRefusal.ComplementAlreadyAsked
        : on > ComplementDue(facts) ? ComplaintRefusal.ComplementTooLate
        : string.IsNullOrWhiteSpace(what) ? ComplaintRefusal.ComplementNeedsWhat
        : null;

    /// <summary>What was asked for comes in: only once, only while the complaint is still open.</summary>
    public ComplaintRefusal? CheckComplementReceived(ComplaintFacts facts, DateOnly on, string? text) =>
        facts.AnsweredOn is not null || facts.NotProcessed is not null ? ComplaintRefusal.AlreadyClosed
        : facts.ComplementAskedOn is not { } asked ? ComplaintRefusal.NoComplementAsked
        : facts.ComplementReceivedOn is not null ? ComplaintRefusal.ComplementAlreadyReceived
        : on < asked ? ComplaintRefusal.BeforeReceipt
        : string.IsNullOrWhiteSpace(text) ? ComplaintRefusal.ComplementNeedsText
        : null;

    public ComplaintRefusal? CheckAnswer(ComplaintFacts facts, DateOnly on, string? text) =>
        on < facts.Received ? ComplaintRefusal.BeforeReceipt
        : facts.AnsweredOn is not null || facts.NotProcessed is not null ? ComplaintRefusal.AlreadyClosed
        : string.IsNullOrWhiteSpace(text) ? ComplaintRefusal.AnswerNeedsText
        : null;

    /// <param name="competentBody">Where to turn instead, required when the matter is outside the body's competence.</param>
    public ComplaintRefusal? CheckNotProcessed(ComplaintFacts facts, DateOnly on, ComplaintGround? ground, string? competentBody) =>
        on < facts.Received ? ComplaintRefusal.BeforeReceipt
        : facts.AnsweredOn is not null || facts.NotProcessed is not null ? ComplaintRefusal.AlreadyClosed
        : ground is null ? ComplaintRefusal.NotProcessedNeedsGround
        : ground == ComplaintGround.OutsideCompetence && string.IsNullOrWhiteSpace(competentBody) ? ComplaintRefusal.OutsideCompetenceNeedsRedirect
        : null;

    /// <summary>The annual report: complaints received in <paramref name="year"/>, counted as they stood on <paramref name="today"/>.</summary>
    public ComplaintReport Report(int year, IEnumerable<ComplaintFacts> complaints, DateOnly today)
    {
        var received = complaints.Where(c => c.Received.Year == year).ToList();
        var answered = received.Where(c => c.AnsweredOn is not null).ToList();
        var median = Statistics.Median.Of(answered.Select(c => c.AnsweredOn!.Value.DayNumber - c.Received.DayNumber));
        return new ComplaintReport(
            year,
            received.Count,
            answered.Count,
            answered.Count(AnsweredInTime),
            received.Count(c => c.NotProcessed is not null),
            received.Count(c => Stage(c, today) is ComplaintStage.Open or ComplaintStage.AwaitingComplement),
            received.Count(c => Stage(c, today) == ComplaintStage.Overdue),
            median,
            [.. received.GroupBy(c => c.Category).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ComplaintCategoryLine(g.Key, g.Count(), g.Count(c => c.AnsweredOn is not null), g.Count(AnsweredInTime)))]);
    }
}
