using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Cms.Core.Tests.Transparency;

/// <summary>Council sessions in the legal months of each level, decisions recorded on a session's days with a majority, and the 8- or 10-day posting deadline.</summary>
public sealed class SessionRulesTests
{
    private static readonly SessionRules Region = new(TenantKind.Region, 10);
    private static readonly SessionRules Commune = new(TenantKind.Commune, 8);
    private static readonly DateOnly Today = new(2026, 10, 20);

    private static CouncilSession October(int day = 6, int? closes = 7) =>
        new() { Kind = SessionKind.Ordinary, OpensOn = new DateOnly(2026, 10, day), ClosesOn = closes is { } c ? new DateOnly(2026, 10, c) : null };

    [Theory]
    [InlineData(TenantKind.Region, 3, true)]
    [InlineData(TenantKind.Region, 7, true)]
    [InlineData(TenantKind.Region, 10, true)]
    [InlineData(TenantKind.Region, 2, false)]
    [InlineData(TenantKind.Province, 1, true)]
    [InlineData(TenantKind.Province, 6, true)]
    [InlineData(TenantKind.Province, 9, true)]
    [InlineData(TenantKind.Province, 10, false)]
    [InlineData(TenantKind.Commune, 2, true)]
    [InlineData(TenantKind.Commune, 5, true)]
    [InlineData(TenantKind.Commune, 10, true)]
    [InlineData(TenantKind.Commune, 3, false)]
    public void An_ordinary_session_sits_in_the_months_the_law_sets_for_the_level(TenantKind kind, int month, bool allowed)
    {
        var rules = new SessionRules(kind, 10);
        var opens = new DateOnly(2026, month, 3);
        (rules.CheckSession(SessionKind.Ordinary, opens, null) is null).ShouldBe(allowed);
        rules.CheckSession(SessionKind.Extraordinary, opens, null).ShouldBeNull();
    }

    [Fact]
    public void A_session_closes_after_it_opens_and_within_a_month()
    {
        var opens = new DateOnly(2026, 10, 6);
        Region.CheckSession(SessionKind.Ordinary, opens, opens.AddDays(-1)).ShouldBe(SessionRefusal.ClosesBeforeOpening);
        Region.CheckSession(SessionKind.Ordinary, opens, opens.AddDays(2)).ShouldBeNull();
        Region.CheckSession(SessionKind.Ordinary, opens, opens.AddDays(SessionRules.MaxSessionDays)).ShouldBe(SessionRefusal.SessionTooLong);
    }

    [Fact]
    public void Decisions_are_posted_within_ten_days_for_a_region_and_eight_for_a_commune()
    {
        var decided = new DateOnly(2026, 10, 7);
        Region.PublicationDue(decided).ShouldBe(new DateOnly(2026, 10, 17));
        Commune.PublicationDue(decided).ShouldBe(new DateOnly(2026, 10, 15));
        var item = new AgendaItem { Outcome = DecisionOutcome.Adopted, DecidedOn = decided };
        Commune.PostingOverdue(item, new DateOnly(2026, 10, 15)).ShouldBeFalse();
        Commune.PostingOverdue(item, new DateOnly(2026, 10, 16)).ShouldBeTrue();
        item.PublishedUtc = OpenRegion.Cms.Core.Content.LocalTime.At(new DateOnly(2026, 10, 16), new TimeOnly(10, 0));
        Commune.PostingOverdue(item, new DateOnly(2026, 10, 20)).ShouldBeFalse();
        Commune.PublishedLate(item).ShouldBeTrue();
        Region.PublishedLate(item).ShouldBeFalse();
    }

    [Fact]
    public void A_decision_is_recorded_on_a_day_of_a_session_that_has_sat_with_its_majority()
    {
        var item = new AgendaItem();
        var session = October();
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 7), DecisionOutcome.Adopted, 41, 12, 3, true, Today).ShouldBeNull();
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 7), DecisionOutcome.Adopted, 41, 12, 3, true, new DateOnly(2026, 10, 5)).ShouldBe(SessionRefusal.SessionNotHeldYet);
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 8), DecisionOutcome.Adopted, 41, 12, 3, true, Today).ShouldBe(SessionRefusal.DecidedOutsideSession);
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 5), DecisionOutcome.Adopted, 41, 12, 3, true, Today).ShouldBe(SessionRefusal.DecidedOutsideSession);
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 7), DecisionOutcome.Adopted, 12, 12, 3, true, Today).ShouldBe(SessionRefusal.AdoptedNeedsMajority);
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 7), DecisionOutcome.Rejected, 30, 12, 3, false, Today).ShouldBe(SessionRefusal.RejectedHasMajority);
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 7), DecisionOutcome.Adopted, null, 12, 3, true, Today).ShouldBe(SessionRefusal.VotesNeeded);
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 7), DecisionOutcome.Adopted, -1, 12, 3, true, Today).ShouldBe(SessionRefusal.NegativeVotes);
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 7), DecisionOutcome.Adopted, 41, 12, 3, false, Today).ShouldBe(SessionRefusal.DecisionNeedsText);
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 6), DecisionOutcome.Postponed, null, null, null, false, Today).ShouldBeNull();
        Region.CheckDecision(October(6, null), item, new DateOnly(2026, 10, 7), DecisionOutcome.Postponed, null, null, null, false, Today).ShouldBe(SessionRefusal.DecidedOutsideSession);
        item.PublishedUtc = DateTimeOffset.UtcNow;
        Region.CheckDecision(session, item, new DateOnly(2026, 10, 7), DecisionOutcome.Adopted, 41, 12, 3, true, Today).ShouldBe(SessionRefusal.AlreadyPublished);
    }

    [Fact]
    public void Only_a_recorded_decision_is_posted_and_only_once()
    {
        SessionRules.CheckPublication(new AgendaItem()).ShouldBe(SessionRefusal.NoDecision);
        var decided = new AgendaItem { Outcome = DecisionOutcome.Adopted, DecidedOn = new DateOnly(2026, 10, 7) };
        SessionRules.CheckPublication(decided).ShouldBeNull();
        decided.PublishedUtc = DateTimeOffset.UtcNow;
        SessionRules.CheckPublication(decided).ShouldBe(SessionRefusal.AlreadyPublished);
    }

    [Fact]
    public void Members_are_convened_seven_days_ahead_for_a_region_and_ten_for_a_commune()
    {
        var session = October();
        Region.NoticeDue(session).ShouldBe(new DateOnly(2026, 9, 29));
        Commune.NoticeDue(session).ShouldBe(new DateOnly(2026, 9, 26));
        session.ConvenedUtc = OpenRegion.Cms.Core.Content.LocalTime.At(new DateOnly(2026, 9, 28), new TimeOnly(9, 0));
        Region.ConvenedLate(session).ShouldBeFalse();
        Commune.ConvenedLate(session).ShouldBeTrue();
    }
}
