using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Cms.Core.Tests.Transparency;

/// <summary>Decree 2-17-265's deadlines for complaints, its grounds for not processing one, and the annual report.</summary>
public sealed class ComplaintRulesTests
{
    private static readonly ComplaintRules Rules = new();
    private static readonly DateOnly January10 = new(2026, 1, 10);

    [Fact]
    public void A_complaint_is_answered_within_sixty_days_and_what_is_missing_asked_within_fifteen()
    {
        var facts = new ComplaintFacts(January10, "Propreté");
        Rules.AnswerDue(facts).ShouldBe(new DateOnly(2026, 3, 11));
        Rules.ComplementDue(facts).ShouldBe(new DateOnly(2026, 1, 25));
        Rules.CheckComplement(facts, new DateOnly(2026, 1, 25), "La rue exacte et une photo").ShouldBeNull();
        Rules.CheckComplement(facts, new DateOnly(2026, 1, 26), "La rue exacte").ShouldBe(ComplaintRefusal.ComplementTooLate);
        Rules.CheckComplement(facts, new DateOnly(2026, 1, 20), " ").ShouldBe(ComplaintRefusal.ComplementNeedsWhat);
        Rules.CheckComplement(facts with { ComplementAskedOn = new DateOnly(2026, 1, 12) }, new DateOnly(2026, 1, 13), "Encore").ShouldBe(ComplaintRefusal.ComplementAlreadyAsked);
        Rules.CheckComplement(facts, new DateOnly(2026, 1, 9), "Avant").ShouldBe(ComplaintRefusal.BeforeReceipt);
    }

    [Fact]
    public void The_sixty_days_run_again_from_the_complement()
    {
        var asked = new ComplaintFacts(January10, "Voirie", ComplementAskedOn: new DateOnly(2026, 1, 20));
        Rules.AnswerDue(asked).ShouldBeNull();
        Rules.Stage(asked, new DateOnly(2026, 6, 1)).ShouldBe(ComplaintStage.AwaitingComplement);
        var completed = asked with { ComplementReceivedOn = new DateOnly(2026, 2, 5) };
        Rules.AnswerDue(completed).ShouldBe(new DateOnly(2026, 4, 6));
        Rules.Stage(completed, new DateOnly(2026, 4, 6)).ShouldBe(ComplaintStage.Open);
        Rules.Stage(completed, new DateOnly(2026, 4, 7)).ShouldBe(ComplaintStage.Overdue);
    }

    [Fact]
    public void What_was_asked_for_comes_in_once_while_the_complaint_is_open()
    {
        var facts = new ComplaintFacts(January10, "Voirie");
        var on = new DateOnly(2026, 1, 22);
        Rules.CheckComplementReceived(facts, on, "Rue 12, hay Ouled Hamdan").ShouldBe(ComplaintRefusal.NoComplementAsked);
        var asked = facts with { ComplementAskedOn = new DateOnly(2026, 1, 20) };
        Rules.CheckComplementReceived(asked, on, "Rue 12, hay Ouled Hamdan").ShouldBeNull();
        Rules.CheckComplementReceived(asked, on, "  ").ShouldBe(ComplaintRefusal.ComplementNeedsText);
        Rules.CheckComplementReceived(asked, new DateOnly(2026, 1, 19), "Rue 12").ShouldBe(ComplaintRefusal.BeforeReceipt);
        Rules.CheckComplementReceived(asked with { ComplementReceivedOn = on }, on, "Encore").ShouldBe(ComplaintRefusal.ComplementAlreadyReceived);
        Rules.CheckComplementReceived(asked with { NotProcessed = ComplaintGround.AbusiveOrInsulting }, on, "Rue 12").ShouldBe(ComplaintRefusal.AlreadyClosed);
    }

    [Fact]
    public void Not_processing_needs_a_ground_of_the_decree_and_outside_competence_names_the_competent_body()
    {
        var facts = new ComplaintFacts(January10, "Eau");
        var on = new DateOnly(2026, 1, 15);
        Rules.CheckNotProcessed(facts, on, null, null).ShouldBe(ComplaintRefusal.NotProcessedNeedsGround);
        Rules.CheckNotProcessed(facts, on, ComplaintGround.OutsideCompetence, "").ShouldBe(ComplaintRefusal.OutsideCompetenceNeedsRedirect);
        Rules.CheckNotProcessed(facts, on, ComplaintGround.OutsideCompetence, "Régie autonome de distribution d'eau").ShouldBeNull();
        Rules.CheckNotProcessed(facts, on, ComplaintGround.AbusiveOrInsulting, null).ShouldBeNull();
        var closed = facts with { AnsweredOn = on, NotProcessed = ComplaintGround.BeforeACourtOrJudged };
        Rules.Stage(closed, on).ShouldBe(ComplaintStage.NotProcessed);
        Rules.CheckAnswer(closed, on, "Réponse").ShouldBe(ComplaintRefusal.AlreadyClosed);
        Rules.CheckAnswer(facts, on, "").ShouldBe(ComplaintRefusal.AnswerNeedsText);
        Rules.CheckAnswer(facts, on, "Le camion passera mardi.").ShouldBeNull();
    }

    [Fact]
    public void A_tenant_that_sets_other_amounts_gets_them() =>
        new ComplaintRules(answerDays: 30).AnswerDue(new ComplaintFacts(January10, "Propreté")).ShouldBe(new DateOnly(2026, 2, 9));

    [Fact]
    public void The_annual_report_counts_the_year_received_answered_in_time_and_by_category()
    {
        ComplaintFacts[] complaints =
        [
            new(January10, "Propreté", AnsweredOn: new DateOnly(2026, 2, 9)),                          // 30 days, in time
            new(new DateOnly(2026, 3, 1), "Propreté", AnsweredOn: new DateOnly(2026, 5, 10)),           // 70 days, late
            new(new DateOnly(2026, 4, 1), "Éclairage public", AnsweredOn: new DateOnly(2026, 4, 6), NotProcessed: ComplaintGround.OutsideCompetence), // 5 days
            new(new DateOnly(2026, 11, 20), "Voirie"),                                                  // open on 2 December
            new(new DateOnly(2026, 6, 1), "Voirie"),                                                    // overdue
            new(new DateOnly(2025, 12, 30), "Propreté", AnsweredOn: new DateOnly(2026, 1, 5)),          // last year's
        ];
        var report = Rules.Report(2026, complaints, new DateOnly(2026, 12, 2));
        (report.Received, report.Answered, report.AnsweredInTime, report.NotProcessed, report.Open, report.Overdue).ShouldBe((5, 3, 2, 1, 1, 1));
        report.MedianDaysToAnswer.ShouldBe(30);
        report.ByCategory.Select(l => (l.Category, l.Received, l.Answered, l.AnsweredInTime)).ShouldBe(
            [("Propreté", 2, 2, 1), ("Voirie", 2, 0, 0), ("Éclairage public", 1, 1, 1)]);
        Rules.Report(2027, complaints, new DateOnly(2027, 1, 2)).MedianDaysToAnswer.ShouldBeNull();
    }
}
