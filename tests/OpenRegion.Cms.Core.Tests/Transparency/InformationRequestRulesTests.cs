using OpenRegion.Cms.Core.Calendar;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Cms.Core.Tests.Transparency;

/// <summary>
/// Law 31-13's deadlines for a request for information, counted on a calendar whose holidays are known here: the
/// summer of 2026 with Throne Day (30 July), Oued Ed-Dahab (14 August), the Revolution of the King and the People
/// (20 August) and Youth Day (21 August), weekends off.
/// </summary>
public sealed class InformationRequestRulesTests
{
    private static readonly WorkingCalendar Summer = new(
        added: [new(new DateOnly(2026, 7, 30), "عيد العرش", "Fête du Trône"), new(new DateOnly(2026, 8, 14), "ذكرى استرجاع وادي الذهب", "Oued Ed-Dahab"),
            new(new DateOnly(2026, 8, 20), "ثورة الملك والشعب", "Révolution du Roi et du Peuple"), new(new DateOnly(2026, 8, 21), "عيد الشباب", "Fête de la Jeunesse")],
        removed: MoroccanHolidays.For(2026).Select(h => h.Date));

    private static readonly InformationRequestRules Rules = new(Summer, new InformationAmounts());

    private static readonly DateOnly Monday27July = new(2026, 7, 27);

    [Fact]
    public void The_answer_is_due_twenty_working_days_after_receipt_holidays_and_weekends_excepted()
    {
        // 28, 29, 31 July; 3–7, 10–13, 17–19, 24–28 August: the 20th working day is Friday 28 August.
        Rules.AnswerDue(new(Monday27July)).ShouldBe(new DateOnly(2026, 8, 28));
    }

    [Fact]
    public void An_extension_adds_twenty_working_days_to_the_first_deadline()
    {
        Rules.AnswerDue(new(Monday27July, ExtendedOn: new DateOnly(2026, 8, 20))).ShouldBe(new DateOnly(2026, 9, 25));
    }

    [Fact]
    public void An_urgent_request_is_answered_within_three_working_days()
    {
        // Received Wednesday 29 July: Throne Day is off, then 31 July, 3 and 4 August.
        Rules.AnswerDue(new(new DateOnly(2026, 7, 29), Urgent: true)).ShouldBe(new DateOnly(2026, 8, 4));
    }

    [Fact]
    public void A_tenant_that_sets_other_amounts_gets_them()
    {
        new InformationRequestRules(Summer, new InformationAmounts(Answer: 10)).AnswerDue(new(Monday27July)).ShouldBe(new DateOnly(2026, 8, 11));
    }

    [Fact]
    public void One_extension_notified_with_its_reasons_before_the_first_deadline()
    {
        var facts = new InformationRequestFacts(Monday27July);
        Rules.CheckExtension(facts, new DateOnly(2026, 8, 28), "Documents held by three services").ShouldBeNull();
        Rules.CheckExtension(facts, new DateOnly(2026, 8, 31), "Trop tard").ShouldBe(InformationRefusal.ExtensionAfterDeadline);
        Rules.CheckExtension(facts, new DateOnly(2026, 8, 10), "  ").ShouldBe(InformationRefusal.ExtensionNeedsReason);
        Rules.CheckExtension(facts with { ExtendedOn = new DateOnly(2026, 8, 10) }, new DateOnly(2026, 8, 11), "Encore").ShouldBe(InformationRefusal.AlreadyExtended);
        Rules.CheckExtension(facts with { Urgent = true }, new DateOnly(2026, 7, 28), "Urgent").ShouldBe(InformationRefusal.UrgentCannotBeExtended);
        Rules.CheckExtension(facts with { AnsweredOn = new DateOnly(2026, 8, 3), Outcome = InformationOutcome.Full }, new DateOnly(2026, 8, 4), "Après").ShouldBe(InformationRefusal.AlreadyAnswered);
        Rules.CheckExtension(facts, new DateOnly(2026, 7, 20), "Avant").ShouldBe(InformationRefusal.BeforeReceipt);
    }

    [Fact]
    public void Withholding_names_an_exception_of_article_7_and_a_full_answer_names_none()
    {
        var facts = new InformationRequestFacts(Monday27July);
        var on = new DateOnly(2026, 8, 10);
        Rules.CheckAnswer(facts, on, InformationOutcome.Full, []).ShouldBeNull();
        Rules.CheckAnswer(facts, on, InformationOutcome.Partial, [InformationException.PrivateLifeAndPersonalData]).ShouldBeNull();
        Rules.CheckAnswer(facts, on, InformationOutcome.Refused, []).ShouldBe(InformationRefusal.WithholdingNeedsGround);
        Rules.CheckAnswer(facts, on, InformationOutcome.Partial, []).ShouldBe(InformationRefusal.WithholdingNeedsGround);
        Rules.CheckAnswer(facts, on, InformationOutcome.Full, [InformationException.FreeCompetition]).ShouldBe(InformationRefusal.FullAnswerHasNoGround);
        Rules.CheckAnswer(facts with { AnsweredOn = on, Outcome = InformationOutcome.Full }, on, InformationOutcome.Full, []).ShouldBe(InformationRefusal.AlreadyAnswered);

        // A late answer is still an answer, shown as late.
        var late = facts with { AnsweredOn = new DateOnly(2026, 9, 1), Outcome = InformationOutcome.Full };
        Rules.CheckAnswer(facts, new DateOnly(2026, 9, 1), InformationOutcome.Full, []).ShouldBeNull();
        Rules.AnsweredLate(late).ShouldBeTrue();
        Rules.AnsweredLate(facts with { AnsweredOn = on, Outcome = InformationOutcome.Full }).ShouldBeFalse();
    }

    [Fact]
    public void The_complaint_window_opens_with_the_answer_and_lasts_twenty_working_days()
    {
        var answered = new InformationRequestFacts(Monday27July, AnsweredOn: new DateOnly(2026, 8, 10), Outcome: InformationOutcome.Refused);
        Rules.ComplaintDue(answered, new DateOnly(2026, 8, 11)).ShouldBe(new DateOnly(2026, 9, 10));
        Rules.CheckComplaint(answered, new DateOnly(2026, 9, 10)).ShouldBeNull();
        Rules.CheckComplaint(answered, new DateOnly(2026, 9, 11)).ShouldBe(InformationRefusal.ComplaintTooLate);
        Rules.CheckComplaint(answered with { ComplainedOn = new DateOnly(2026, 8, 12) }, new DateOnly(2026, 8, 13)).ShouldBe(InformationRefusal.AlreadyComplained);
    }

    [Fact]
    public void Without_an_answer_the_window_opens_when_the_answer_was_due()
    {
        var unanswered = new InformationRequestFacts(Monday27July);
        Rules.CheckComplaint(unanswered, new DateOnly(2026, 8, 20)).ShouldBe(InformationRefusal.ComplaintBeforeAnswerOrDeadline);
        Rules.CheckComplaint(unanswered, new DateOnly(2026, 8, 28)).ShouldBe(InformationRefusal.ComplaintBeforeAnswerOrDeadline);
        Rules.ComplaintDue(unanswered, new DateOnly(2026, 8, 31)).ShouldBe(new DateOnly(2026, 9, 25));
        Rules.CheckComplaint(unanswered, new DateOnly(2026, 8, 31)).ShouldBeNull();
        Rules.CheckComplaint(unanswered, new DateOnly(2026, 9, 28)).ShouldBe(InformationRefusal.ComplaintTooLate);
    }

    [Fact]
    public void The_head_answers_in_fifteen_days_then_the_commission_can_be_seized_within_thirty()
    {
        var complained = new InformationRequestFacts(Monday27July, AnsweredOn: new DateOnly(2026, 8, 10), Outcome: InformationOutcome.Refused, ComplainedOn: new DateOnly(2026, 9, 1));
        Rules.ComplaintAnswerDue(complained).ShouldBe(new DateOnly(2026, 9, 16));
        Rules.CommissionDue(complained).ShouldBe(new DateOnly(2026, 10, 16));
        Rules.CommissionDue(complained with { ComplaintAnsweredOn = new DateOnly(2026, 9, 10) }).ShouldBe(new DateOnly(2026, 10, 10));
        Rules.CheckComplaintAnswer(complained, new DateOnly(2026, 9, 10)).ShouldBeNull();
        Rules.CheckComplaintAnswer(complained with { ComplaintAnsweredOn = new DateOnly(2026, 9, 10) }, new DateOnly(2026, 9, 11)).ShouldBe(InformationRefusal.ComplaintAlreadyAnswered);
        Rules.CheckComplaintAnswer(complained with { ComplainedOn = null }, new DateOnly(2026, 9, 10)).ShouldBe(InformationRefusal.NoComplaint);
        Rules.CheckComplaintAnswer(complained, new DateOnly(2026, 8, 31)).ShouldBe(InformationRefusal.BeforeReceipt);
    }

    [Fact]
    public void Stages_follow_the_facts_and_the_day()
    {
        var facts = new InformationRequestFacts(Monday27July);
        Rules.Stage(facts, new DateOnly(2026, 8, 28)).ShouldBe(InformationStage.AwaitingAnswer);
        Rules.Stage(facts, new DateOnly(2026, 8, 31)).ShouldBe(InformationStage.AnswerOverdue);
        Rules.Stage(facts with { ExtendedOn = new DateOnly(2026, 8, 20) }, new DateOnly(2026, 8, 31)).ShouldBe(InformationStage.AwaitingAnswer);
        var answered = facts with { AnsweredOn = new DateOnly(2026, 8, 10), Outcome = InformationOutcome.Partial };
        Rules.Stage(answered, new DateOnly(2026, 8, 31)).ShouldBe(InformationStage.Answered);
        Rules.Stage(answered with { ComplainedOn = new DateOnly(2026, 9, 1) }, new DateOnly(2026, 9, 16)).ShouldBe(InformationStage.ComplaintOpen);
        Rules.Stage(answered with { ComplainedOn = new DateOnly(2026, 9, 1) }, new DateOnly(2026, 9, 17)).ShouldBe(InformationStage.ComplaintOverdue);
        Rules.Stage(answered with { ComplainedOn = new DateOnly(2026, 9, 1), ComplaintAnsweredOn = new DateOnly(2026, 9, 20) }, new DateOnly(2026, 9, 21)).ShouldBe(InformationStage.ComplaintAnswered);
    }

    [Fact]
    public void Response_time_counts_working_days_from_receipt_to_answer()
    {
        // 28, 29, 31 July, 3–7 and 10 August.
        Rules.ResponseWorkingDays(new(Monday27July, AnsweredOn: new DateOnly(2026, 8, 10), Outcome: InformationOutcome.Full)).ShouldBe(9);
        Rules.ResponseWorkingDays(new(Monday27July)).ShouldBeNull();
    }

    [Fact]
    public void The_register_counts_a_years_requests_and_their_median_response_time()
    {
        var today = new DateOnly(2026, 9, 30);
        var requests = new InformationRequestFacts[]
        {
            new(Monday27July, AnsweredOn: new DateOnly(2026, 8, 10), Outcome: InformationOutcome.Full),                       // 9 working days
            new(Monday27July, AnsweredOn: new DateOnly(2026, 8, 3), Outcome: InformationOutcome.Partial),                     // 5
            new(Monday27July, AnsweredOn: new DateOnly(2026, 9, 7), Outcome: InformationOutcome.Refused,                     // after its deadline
                ComplainedOn: new DateOnly(2026, 9, 8)),
            new(new DateOnly(2026, 9, 28)),                                                                                    // awaiting
            new(Monday27July),                                                                                                 // overdue since 28 August
            new(new DateOnly(2025, 12, 1), AnsweredOn: new DateOnly(2025, 12, 2), Outcome: InformationOutcome.Full),         // another year
        };
        var report = Rules.Report(2026, requests, today);
        report.ShouldBe(new InformationReport(2026, Received: 5, Answered: 3, AnsweredInTime: 2, Full: 1, Partial: 1, Refused: 1, Awaiting: 1, Overdue: 1, Complaints: 1, MedianWorkingDays: 9));
        Rules.Report(2024, requests, today).MedianWorkingDays.ShouldBeNull();
    }
}
