using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Innovation;

namespace OpenRegion.Cms.Core.Tests.Innovation;

/// <summary>A challenge's phases follow its calendar day by day, in Moroccan time.</summary>
public sealed class ChallengeCalendarTests
{
    // The lab's pilot: six months, problems identified in February, the call in March, selection in April.
    private static readonly ChallengeCalendar Pilot = new(
        IdentificationFrom: new(2027, 2, 1), CallOpens: new(2027, 3, 1), CallCloses: new(2027, 3, 31),
        SelectionEnds: new(2027, 4, 20), PrototypingEnds: new(2027, 6, 30), EvaluationEnds: new(2027, 7, 31));

    [Theory]
    [InlineData("2027-01-31", ChallengePhase.Announced)]
    [InlineData("2027-02-01", ChallengePhase.ProblemIdentification)]
    [InlineData("2027-02-28", ChallengePhase.ProblemIdentification)]
    [InlineData("2027-03-01", ChallengePhase.CallForSolutions)]
    [InlineData("2027-03-31", ChallengePhase.CallForSolutions)]
    [InlineData("2027-04-01", ChallengePhase.Selection)]
    [InlineData("2027-04-20", ChallengePhase.Selection)]
    [InlineData("2027-04-21", ChallengePhase.Prototyping)]
    [InlineData("2027-07-01", ChallengePhase.Evaluation)]
    [InlineData("2027-07-31", ChallengePhase.Evaluation)]
    [InlineData("2027-08-01", ChallengePhase.Closed)]
    public void Each_day_falls_in_one_phase(string day, ChallengePhase expected) =>
        Pilot.PhaseOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void The_call_closes_at_the_end_of_its_last_day_in_Morocco()
    {
        var lastMinute = LocalTime.At(new DateOnly(2027, 3, 31), new TimeOnly(23, 59, 30));
        Pilot.AcceptsSolutions(lastMinute).ShouldBeTrue();
        Pilot.AcceptsSolutions(lastMinute.AddSeconds(31)).ShouldBeFalse(); // a late submission is refused
        Pilot.AcceptsSolutions(LocalTime.At(new DateOnly(2027, 3, 1), new TimeOnly(0, 0))).ShouldBeTrue();
        Pilot.AcceptsSolutions(LocalTime.At(new DateOnly(2027, 2, 28), new TimeOnly(23, 59))).ShouldBeFalse();
        Pilot.JuryScores(lastMinute).ShouldBeFalse();
        Pilot.JuryScores(lastMinute.AddSeconds(31)).ShouldBeTrue();
        Pilot.AcceptsPrototypeReports(LocalTime.At(new DateOnly(2027, 4, 21), new TimeOnly(8, 0))).ShouldBeTrue();
        Pilot.AcceptsPrototypeReports(LocalTime.At(new DateOnly(2027, 8, 1), new TimeOnly(8, 0))).ShouldBeFalse();
    }

    [Fact]
    public void Phases_have_no_gaps()
    {
        Pilot.Span(ChallengePhase.ProblemIdentification).ShouldBe((new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28)));
        Pilot.Span(ChallengePhase.Selection).ShouldBe((new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 20)));
        Pilot.Span(ChallengePhase.Prototyping).ShouldBe((new DateOnly(2027, 4, 21), new DateOnly(2027, 6, 30)));
        Pilot.Span(ChallengePhase.Closed).ShouldBeNull();
    }

    [Fact]
    public void A_calendar_out_of_order_too_short_or_too_long_is_refused()
    {
        Pilot.Check().ShouldBeNull();
        (Pilot with { CallCloses = new(2027, 2, 27) }).Check().ShouldBe(CalendarProblem.OutOfOrder);
        (Pilot with { SelectionEnds = new(2027, 3, 30) }).Check().ShouldBe(CalendarProblem.OutOfOrder);
        (Pilot with { CallCloses = new(2027, 3, 6) }).Check().ShouldBe(CalendarProblem.CallTooShort);
        (Pilot with { CallCloses = new(2027, 3, 7) }).Check().ShouldBeNull(); // seven days, both ends counted
        (Pilot with { EvaluationEnds = new(2030, 2, 2) }).Check().ShouldBe(CalendarProblem.TooLong);
        // A phase may be skipped by giving it no days: a contest without prototyping.
        (Pilot with { PrototypingEnds = new(2027, 4, 20) }).Check().ShouldBeNull();
        (Pilot with { PrototypingEnds = new(2027, 4, 20) }).PhaseOn(new(2027, 4, 21)).ShouldBe(ChallengePhase.Evaluation);
    }
}
