using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Innovation;

namespace OpenRegion.Cms.Core.Tests.Innovation;

public sealed class PrototypeAndEventTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 10, 10, 0, 0, TimeSpan.Zero);

    private static Challenge Challenge(bool published = true)
    {
        var today = LocalTime.Date(Now);
        return new Challenge
        {
            IdentificationFrom = today.AddDays(-100), CallOpens = today.AddDays(-90), CallCloses = today.AddDays(-60), SelectionEnds = today.AddDays(-10),
            PrototypingEnds = today.AddDays(60), EvaluationEnds = today.AddDays(90), SelectionPublishedUtc = published ? Now.AddDays(-12) : null,
        };
    }

    [Fact]
    public void Only_a_selected_team_reports_during_prototyping_and_evaluation_with_a_coherent_report()
    {
        var selected = new Solution { Selected = true };
        PrototypeReport.Check(Challenge(), selected, PrototypeStage.Building, 40, "", "Bac monté.", Now).ShouldBeNull();
        PrototypeReport.Check(Challenge(), selected, PrototypeStage.Tested, 100, "تم الاختبار.", "", Now).ShouldBeNull();
        PrototypeReport.Check(Challenge(), new Solution(), PrototypeStage.Building, 40, "", "x", Now).ShouldBe(ReportProblem.NotSelected);
        PrototypeReport.Check(Challenge(published: false), selected, PrototypeStage.Building, 40, "", "x", Now).ShouldBe(ReportProblem.NotSelected);
        PrototypeReport.Check(Challenge(), selected, PrototypeStage.Building, 40, "", "x", Now.AddDays(-20)).ShouldBe(ReportProblem.NotReportingTime); // still in selection
        PrototypeReport.Check(Challenge(), selected, PrototypeStage.Building, 40, "", "x", Now.AddDays(200)).ShouldBe(ReportProblem.NotReportingTime); // closed
        PrototypeReport.Check(Challenge(), selected, PrototypeStage.Building, 40, "", "x", Now.AddDays(70)).ShouldBeNull(); // evaluation
        PrototypeReport.Check(Challenge(), selected, PrototypeStage.Building, 101, "", "x", Now).ShouldBe(ReportProblem.ProgressOutOfRange);
        PrototypeReport.Check(Challenge(), selected, PrototypeStage.Building, -1, "", "x", Now).ShouldBe(ReportProblem.ProgressOutOfRange);
        PrototypeReport.Check(Challenge(), selected, PrototypeStage.Building, 10, "", "", Now).ShouldBe(ReportProblem.TextNeeded);
        PrototypeReport.Check(Challenge(), selected, PrototypeStage.Tested, 90, "", "x", Now).ShouldBe(ReportProblem.TestedNotComplete);
    }

    private static LabEvent Event(int capacity = 30) => new()
    {
        TitleFr = "Masterclass", PlaceAr = "مقر مجلس الجهة", StartsUtc = Now.AddDays(3), EndsUtc = Now.AddDays(3).AddHours(6), Capacity = capacity,
    };

    [Fact]
    public void An_event_needs_a_title_a_place_an_end_after_its_start_and_seats()
    {
        Event().Check().ShouldBeNull();
        new LabEvent { PlaceFr = "x", StartsUtc = Now, EndsUtc = Now.AddHours(1), Capacity = 1 }.Check().ShouldBe(EventProblem.TitleNeeded);
        new LabEvent { TitleFr = "x", StartsUtc = Now, EndsUtc = Now.AddHours(1), Capacity = 1 }.Check().ShouldBe(EventProblem.PlaceNeeded);
        var backwards = Event();
        backwards.EndsUtc = backwards.StartsUtc;
        backwards.Check().ShouldBe(EventProblem.EndsBeforeStart);
        var long_ = Event();
        long_.EndsUtc = long_.StartsUtc.AddDays(8);
        long_.Check().ShouldBe(EventProblem.TooLong);
        Event(0).Check().ShouldBe(EventProblem.CapacityOutOfRange);
        Event(LabEvent.MaxCapacity + 1).Check().ShouldBe(EventProblem.CapacityOutOfRange);
    }

    [Fact]
    public void Registration_closes_when_the_event_starts_is_cancelled_or_full_and_takes_the_lowest_free_seat()
    {
        var labEvent = Event(capacity: 3);
        labEvent.CheckRegistration(2, Now).ShouldBeNull();
        labEvent.CheckRegistration(3, Now).ShouldBe(EventProblem.Full);
        labEvent.CheckRegistration(0, labEvent.StartsUtc).ShouldBe(EventProblem.Started);
        labEvent.CancelledUtc = Now;
        labEvent.CheckRegistration(0, Now).ShouldBe(EventProblem.Cancelled);
        LabEventRegistration.FreeSeat([], 3).ShouldBe(1);
        LabEventRegistration.FreeSeat([1, 3], 3).ShouldBe(2); // a seat given back is taken again
        LabEventRegistration.FreeSeat([2, 1], 3).ShouldBe(3);
        LabEventRegistration.FreeSeat([1, 2, 3], 3).ShouldBeNull();
    }
}
