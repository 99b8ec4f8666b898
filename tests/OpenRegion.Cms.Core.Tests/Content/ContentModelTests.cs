using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Cms.Core.Tests.Content;

public sealed class ContentModelTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static ContentItem Item(string culture, DateTimeOffset changed) => new() { Culture = culture, TextChangedUtc = changed };

    [Fact]
    public void A_translation_older_than_another_is_outdated_and_an_absent_one_missing()
    {
        var statuses = ContentEditor.Statuses([Item("ar", T0.AddHours(1)), Item("fr", T0)], ["ar", "fr", "en"]);

        statuses["ar"].ShouldBe(TranslationStatus.Translated);
        statuses["fr"].ShouldBe(TranslationStatus.Outdated);
        statuses["en"].ShouldBe(TranslationStatus.Missing);
    }

    [Fact]
    public void Translations_changed_together_are_all_translated()
    {
        ContentEditor.Statuses([Item("ar", T0), Item("fr", T0)], ["ar", "fr"]).Values.ShouldAllBe(s => s == TranslationStatus.Translated);
        ContentEditor.Statuses([], ["ar"])["ar"].ShouldBe(TranslationStatus.Missing);
    }

    [Fact]
    public void An_item_has_a_draft_when_its_latest_version_is_not_the_published_one()
    {
        new ContentItem { LatestVersion = 2, PublishedVersion = 1 }.HasDraft.ShouldBeTrue();
        new ContentItem { LatestVersion = 2, PublishedVersion = 2 }.HasDraft.ShouldBeFalse();
        new ContentItem { LatestVersion = 1, PublishedVersion = null }.HasDraft.ShouldBeTrue();
    }

    [Fact]
    public void Parts_round_trip_and_bad_json_reads_as_empty()
    {
        var parts = new ContentParts { Summary = "Résumé", Location = "Salle des fêtes" };
        ContentParts.Parse(parts.ToJson()).ShouldBe(parts);
        ContentParts.Parse("{not json").ShouldBe(new ContentParts());
        ContentParts.Parse(null).ShouldBe(new ContentParts());
        new ContentParts().ToJson().ShouldBe("{}");
    }

    [Fact]
    public void Public_addresses_come_from_the_type_and_escape_arabic_slugs()
    {
        ContentTypes.UrlOf("News", "budget-2027").ShouldBe("/news/budget-2027");
        ContentTypes.UrlOf("Event", "ورشة").ShouldBe("/events/%D9%88%D8%B1%D8%B4%D8%A9");
        ContentTypes.UrlOf("HomePage", "x").ShouldBeNull();
        ContentTypes.UrlOf("News", "").ShouldBeNull();
        ContentSearchIndexer.SearchableTypes.ShouldBe(["News", "Event", "Document", "Page"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("2026-12-12T10:00", "2026-12-12T09:00:00Z")]
    [InlineData("2026-12-12 10:00", "2026-12-12T09:00:00Z")]
    [InlineData("2026-07-01T10:00", "2026-07-01T09:00:00Z")]
    public void Editors_type_moroccan_time_and_the_database_keeps_utc(string typed, string utc)
    {
        LocalTime.TryParseInput(typed, out var value).ShouldBeTrue();
        value.ShouldBe(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        LocalTime.ToInput(value).ShouldBe(typed.Replace(' ', 'T'));
    }

    [Theory]
    [InlineData("demain")]
    [InlineData("2026-13-01T10:00")]
    [InlineData("12/12/2026")]
    public void An_unreadable_date_is_refused(string typed) => LocalTime.TryParseInput(typed, out _).ShouldBeFalse();

    [Fact]
    public void An_empty_date_is_no_date() => (LocalTime.TryParseInput("  ", out var value) && value is null).ShouldBeTrue();

    [Fact]
    public void Dates_read_in_moroccan_arabic_or_french()
    {
        var date = new DateTimeOffset(2026, 12, 16, 8, 30, 0, TimeSpan.Zero);

        LocalTime.Format(date, "fr").ShouldBe("16 décembre 2026");
        LocalTime.Format(date, "fr", withTime: true).ShouldBe("16 décembre 2026, 09:30");
        LocalTime.Format(date, "ar").ShouldContain("2026");
        LocalTime.Format(date, "ar").ShouldContain("دجنبر");
    }
}
