using OpenRegion.Cms.Core.Consultations;

namespace OpenRegion.Cms.Core.Tests.Consultations;

/// <summary>A consultation's phase follows from its dates and its published synthesis.</summary>
public sealed class ConsultationPhaseTests
{
    private static readonly DateTimeOffset Opens = new(2027, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = new(2027, 2, 10, 23, 0, 0, TimeSpan.Zero);

    private static Consultation Dated(DateTimeOffset? opens = null, DateTimeOffset? closes = null, DateTimeOffset? synthesis = null) =>
        new() { OpensUtc = opens, ClosesUtc = closes, SynthesisPublishedUtc = synthesis };

    [Fact]
    public void Without_dates_it_is_a_draft() => Dated().PhaseAt(Opens).ShouldBe(ConsultationPhase.Draft);

    [Fact]
    public void Before_its_opening_it_is_a_draft() => Dated(Opens, Closes).PhaseAt(Opens.AddTicks(-1)).ShouldBe(ConsultationPhase.Draft);

    [Fact]
    public void It_opens_at_its_opening_instant() => Dated(Opens, Closes).PhaseAt(Opens).ShouldBe(ConsultationPhase.Open);

    [Fact]
    public void It_is_open_until_just_before_closing() => Dated(Opens, Closes).PhaseAt(Closes.AddTicks(-1)).ShouldBe(ConsultationPhase.Open);

    [Fact]
    public void It_closes_at_its_closing_instant() => Dated(Opens, Closes).PhaseAt(Closes).ShouldBe(ConsultationPhase.Closed);

    [Fact]
    public void A_published_synthesis_ends_it_whatever_the_dates() =>
        Dated(Opens, Closes, Closes.AddDays(3)).PhaseAt(Opens.AddDays(1)).ShouldBe(ConsultationPhase.Synthesis);

    [Theory]
    [InlineData("ar", "العنوان")]
    [InlineData("zgh", "العنوان")]
    [InlineData("fr", "Le titre")]
    [InlineData("en", "Le titre")]
    public void Its_title_is_in_the_readers_language(string culture, string expected) =>
        new Consultation { TitleAr = "العنوان", TitleFr = "Le titre" }.Title(culture).ShouldBe(expected);

    [Fact]
    public void A_title_in_one_language_only_serves_every_reader() =>
        new Consultation { TitleAr = "", TitleFr = "Le titre" }.Title("ar").ShouldBe("Le titre");
}
