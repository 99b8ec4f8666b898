using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Tests.AdvisoryBodies;

/// <summary>Who may draft, comment and submit a body's opinion, and when members are reminded of a due date.</summary>
public sealed class OpinionRulesTests
{
    private static readonly DateOnly Today = new(2027, 3, 15);
    private static readonly DateTimeOffset Opened = LocalTime.At(new DateOnly(2027, 3, 1), new TimeOnly(10, 0));

    private static Opinion File(OpinionState state = OpinionState.Drafting) => new() { Id = 7, BodyId = 1, State = state, OpenedUtc = Opened, DueOn = new DateOnly(2027, 3, 31) };

    private static BodyMember Seat(long body = 1, BodyRole role = BodyRole.Member, DateOnly? start = null, DateOnly? end = null) =>
        new() { BodyId = body, UserId = "u1", Role = role, MandateStart = start ?? new DateOnly(2026, 1, 1), MandateEnd = end };

    [Fact]
    public void A_region_has_three_bodies_a_province_or_commune_the_equality_body()
    {
        AdvisoryBody.Required(TenantKind.Region).Select(b => b.Kind).ShouldBe([AdvisoryBodyKind.Equality, AdvisoryBodyKind.Youth, AdvisoryBodyKind.EconomicActors]);
        AdvisoryBody.Required(TenantKind.Province).Select(b => b.Kind).ShouldBe([AdvisoryBodyKind.Equality]);
        AdvisoryBody.Required(TenantKind.Commune).Single().Slug.ShouldBe("equality");
    }

    [Fact]
    public void A_seat_counts_from_its_first_to_its_last_day()
    {
        var seat = Seat(start: new DateOnly(2027, 1, 1), end: new DateOnly(2027, 3, 15));
        seat.SitsOn(new DateOnly(2026, 12, 31)).ShouldBeFalse();
        seat.SitsOn(new DateOnly(2027, 1, 1)).ShouldBeTrue();
        seat.SitsOn(Today).ShouldBeTrue();
        seat.SitsOn(Today.AddDays(1)).ShouldBeFalse();
        OpinionRules.Seat([seat], 1, "u1", Today.AddDays(1)).ShouldBeNull();
        OpinionRules.Seat([seat], 2, "u1", Today).ShouldBeNull();
        OpinionRules.Seat([seat], 1, null, Today).ShouldBeNull();
    }

    [Fact]
    public void A_member_of_the_body_drafts_from_the_latest_version_only()
    {
        OpinionRules.CheckDrafting(File(), Seat(), latestVersion: 2, baseVersion: 2).ShouldBeNull();
        OpinionRules.CheckDrafting(File(), Seat(), latestVersion: 2, baseVersion: null).ShouldBeNull();
        OpinionRules.CheckDrafting(File(), Seat(), latestVersion: 3, baseVersion: 2).ShouldBe(OpinionRefusal.StaleVersion);
    }

    [Fact]
    public void A_member_of_another_body_or_nobody_cannot_draft()
    {
        OpinionRules.CheckDrafting(File(), Seat(body: 2, role: BodyRole.Chair), 0, 0).ShouldBe(OpinionRefusal.NotAMember);
        OpinionRules.CheckDrafting(File(), null, 0, 0).ShouldBe(OpinionRefusal.NotAMember);
    }

    [Theory]
    [InlineData(OpinionState.Submitted)]
    [InlineData(OpinionState.Answered)]
    public void A_submitted_opinion_is_final(OpinionState state) =>
        OpinionRules.CheckDrafting(File(state), Seat(), 1, 1).ShouldBe(OpinionRefusal.NotDrafting);

    [Theory]
    [InlineData(BodyRole.Chair, null)]
    [InlineData(BodyRole.Rapporteur, null)]
    [InlineData(BodyRole.Member, OpinionRefusal.NotChairOrRapporteur)]
    public void The_chair_or_the_rapporteur_submits(BodyRole role, OpinionRefusal? expected) =>
        OpinionRules.CheckSubmission(File(), Seat(role: role), 2, 2, Today, 5, 1, 0, Today).ShouldBe(expected);

    [Theory]
    [InlineData(0, OpinionRefusal.NoSuchVersion)]
    [InlineData(3, OpinionRefusal.NoSuchVersion)]
    [InlineData(1, null)]
    public void The_adopted_version_is_a_saved_one(int version, OpinionRefusal? expected) =>
        OpinionRules.CheckSubmission(File(), Seat(role: BodyRole.Chair), 2, version, Today, 5, 1, 0, Today).ShouldBe(expected);

    [Theory]
    [InlineData("2027-02-28", OpinionRefusal.AdoptionDate)] // before the file was opened
    [InlineData("2027-03-01", null)]
    [InlineData("2027-03-15", null)]
    [InlineData("2027-03-16", OpinionRefusal.AdoptionDate)] // tomorrow
    public void The_adoption_day_lies_between_the_opening_and_today(string day, OpinionRefusal? expected) =>
        OpinionRules.CheckSubmission(File(), Seat(role: BodyRole.Chair), 1, 1, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), 5, 1, 0, Today).ShouldBe(expected);

    [Theory]
    [InlineData(5, 5, 0, OpinionRefusal.Votes)] // a tie is no adoption
    [InlineData(0, 0, 3, OpinionRefusal.Votes)]
    [InlineData(5, -1, 0, OpinionRefusal.Votes)]
    [InlineData(5, 0, -1, OpinionRefusal.Votes)]
    [InlineData(1001, 0, 0, OpinionRefusal.Votes)]
    [InlineData(1, 0, 0, null)]
    [InlineData(6, 5, 12, null)]
    public void The_body_adopts_by_a_majority_of_votes_for(int votesFor, int against, int abstentions, OpinionRefusal? expected) =>
        OpinionRules.CheckSubmission(File(), Seat(role: BodyRole.Rapporteur), 1, 1, Today, votesFor, against, abstentions, Today).ShouldBe(expected);

    [Fact]
    public void Members_are_reminded_seven_and_two_days_before_the_due_date_at_nine()
    {
        var due = new DateOnly(2027, 3, 31);
        var reminders = OpinionRules.Reminders(due, Opened);
        reminders.Select(r => r.DaysLeft).ShouldBe([7, 2]);
        reminders[0].AtUtc.ShouldBe(LocalTime.At(new DateOnly(2027, 3, 24), new TimeOnly(9, 0)));
        reminders[1].AtUtc.ShouldBe(LocalTime.At(new DateOnly(2027, 3, 29), new TimeOnly(9, 0)));
    }

    [Fact]
    public void Reminders_already_past_are_not_scheduled() =>
        OpinionRules.Reminders(new DateOnly(2027, 3, 31), LocalTime.At(new DateOnly(2027, 3, 26), new TimeOnly(12, 0))).Select(r => r.DaysLeft).ShouldBe([2]);

    [Fact]
    public void A_file_is_late_once_its_due_date_passed_without_an_opinion()
    {
        File().IsLate(new DateOnly(2027, 3, 31)).ShouldBeFalse();
        File().IsLate(new DateOnly(2027, 4, 1)).ShouldBeTrue();
        File(OpinionState.Submitted).IsLate(new DateOnly(2027, 4, 1)).ShouldBeFalse();
        new Opinion { State = OpinionState.Drafting }.IsLate(new DateOnly(2030, 1, 1)).ShouldBeFalse(); // own initiative: no due date
    }

    [Fact]
    public void References_are_the_year_and_a_three_digit_rank() => OpinionRules.Reference(2027, 3).ShouldBe("2027-003");
}
