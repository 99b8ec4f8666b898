using System.Text.Json;
using OpenRegion.Cms.Core.Notifications;

namespace OpenRegion.Cms.Core.Tests.Notifications;

public sealed class NotificationRendererTests
{
    private static readonly NotificationTemplate Template = new("test.session", new Dictionary<string, NotificationText>
    {
        ["ar"] = new("{{ site }}: {{ title }}", "الدورة يوم {{ at | local_date }}.\n{{ url }}", "{{ title }}"),
        ["fr"] = new("{{ site }} : {{ title }}", "Session le {{ at | local_date }}.\n{{ url }}"),
    });

    private static Dictionary<string, JsonElement> Values(object values) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(values))!;

    private static readonly Dictionary<string, JsonElement> Session = Values(new Dictionary<string, object>
    {
        ["site"] = "Azilal",
        ["title"] = new Dictionary<string, string> { ["ar"] = "الدورة العادية لشهر فبراير", ["fr"] = "Session ordinaire de février" },
        ["at"] = "2027-02-02T10:00:00Z",
        ["url"] = "https://example.org/azilal/news/session",
    });

    [Fact]
    public void EachReader_GetsTheTextAndTheValuesOfTheirLanguage()
    {
        var ar = NotificationRenderer.Render(Template, "ar", Session);
        ar.Title.ShouldBe("Azilal: الدورة العادية لشهر فبراير");
        ar.Body.ShouldContain("فبراير 2027");
        ar.Sms.ShouldBe("الدورة العادية لشهر فبراير");

        var fr = NotificationRenderer.Render(Template, "fr", Session);
        fr.Title.ShouldBe("Azilal : Session ordinaire de février");
        fr.Body.ShouldStartWith("Session le 2 février 2027.");
        fr.Sms.ShouldBe(fr.Title); // no SMS text: the title
    }

    [Fact]
    public void AReaderWhoseLanguageHasNoText_GetsArabic() =>
        NotificationRenderer.Render(Template, "zgh", Session).Title.ShouldBe("Azilal: الدورة العادية لشهر فبراير");

    [Fact]
    public void AValueMissingTheReadersLanguage_FallsBackToArabic_ThenToAnyOther()
    {
        var values = Values(new Dictionary<string, object> { ["site"] = "x", ["title"] = new Dictionary<string, string> { ["fr"] = "Seulement en français" }, ["at"] = "", ["url"] = "" });
        NotificationRenderer.Render(Template, "ar", values).Title.ShouldBe("x: Seulement en français");
    }

    [Fact]
    public void TheOutputIsPlainText_NeverEncodedHtml()
    {
        var values = Values(new Dictionary<string, object> { ["site"] = "A & B <commune>", ["title"] = "« Vie » d'un quartier", ["at"] = "", ["url"] = "" });
        NotificationRenderer.Render(Template, "fr", values).Title.ShouldBe("A & B <commune> : « Vie » d'un quartier");
    }

    [Fact]
    public void ATitleIsOneLine()
    {
        var template = new NotificationTemplate("t", new Dictionary<string, NotificationText> { ["ar"] = new("سطر\nآخر", "نص") });
        NotificationRenderer.Render(template, "ar", new Dictionary<string, JsonElement>()).Title.ShouldBe("سطر آخر");
    }

    [Fact]
    public void ATemplateThatDoesNotParse_ThrowsItsOwnException()
    {
        var template = new NotificationTemplate("t", new Dictionary<string, NotificationText> { ["ar"] = new("{% if %}", "نص") });
        Should.Throw<NotificationTemplateException>(() => NotificationRenderer.Render(template, "ar", new Dictionary<string, JsonElement>()));
    }

    [Fact]
    public void ARunawayTemplate_StopsAtTheStepBudget()
    {
        var template = new NotificationTemplate("t", new Dictionary<string, NotificationText> { ["ar"] = new("x", "{% for i in (1..1000000) %}{{ i }}{% endfor %}") });
        Should.Throw<Exception>(() => NotificationRenderer.Render(template, "ar", new Dictionary<string, JsonElement>()));
    }

    [Theory]
    // 18:00 in Morocco is 17:00 UTC (UTC+1 all year since 2018, outside Ramadan).
    [InlineData("2026-11-23T09:00:00Z", "2026-11-23T17:00:00Z")]
    [InlineData("2026-11-23T16:59:59Z", "2026-11-23T17:00:00Z")]
    [InlineData("2026-11-23T17:00:00Z", "2026-11-24T17:00:00Z")]
    [InlineData("2026-12-31T20:00:00Z", "2027-01-01T17:00:00Z")]
    public void TheDailyDigest_IsDueAtTheNextSixPmInMorocco(string now, string due) =>
        NotificationsHandler.NextDigest(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
}
