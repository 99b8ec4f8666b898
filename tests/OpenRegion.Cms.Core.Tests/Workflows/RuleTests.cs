using System.Net;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Workflows.Rules;

namespace OpenRegion.Cms.Core.Tests.Workflows;

public sealed class RuleMatchingTests
{
    private static Dictionary<string, object?> Event(string contentType, string title, bool first = true) => new()
    {
        ["event"] = new Dictionary<string, object?> { ["contentType"] = contentType, ["title"] = title, ["firstPublication"] = first, ["cultures"] = new List<object?> { "ar", "fr" } },
        ["site"] = new Dictionary<string, object?> { ["name"] = "أزيلال" },
    };

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("event.contentType == \"News\"", true)]
    [InlineData("event.contentType == \"Document\"", false)]
    [InlineData("event.contentType == \"News\" and event.firstPublication", true)]
    [InlineData("event.contentType == \"News\" and event.firstPublication == false", false)]
    [InlineData("event.title contains \"budget\"", true)]
    [InlineData("event.cultures contains \"fr\"", true)]
    [InlineData("event.cultures contains \"en\"", false)]
    [InlineData("event.missing == \"x\"", false)]
    public void AConditionIsALiquidExpressionOverTheEvent(string? condition, bool expected) =>
        RulesHandler.Matches(condition, Event("News", "Séance publique sur le budget participatif")).ShouldBe(expected);

    [Fact]
    public void AConditionThatDoesNotParse_Throws_RatherThanMatching() =>
        Should.Throw<NotificationTemplateException>(() => RulesHandler.Matches("event.contentType ==", Event("News", "x")));

    private static Task<IReadOnlyList<RuleError>> ValidateAsync(string trigger, string? condition, params RuleAction[] actions) =>
        RuleValidator.ValidateAsync(new WorkflowRule { Name = "Relais", TriggerEvent = trigger, Condition = condition }, actions,
            new EventCatalog(EventCatalog.ContentEvents), null!, allowPrivateWebhooks: false);

    private static readonly RuleAction Mail = new() { Kind = RuleActionKind.Email, To = "role:TenantAdmin, presse@example.org", Subject = "{{ event.title }}", Body = "{{ event.url }}" };

    [Fact]
    public async Task AValidRule_HasNoError() =>
        (await ValidateAsync(ContentEvents.Published, "event.contentType == \"News\"", Mail)).ShouldBeEmpty();

    [Fact]
    public async Task AnUnknownEvent_IsRefused() =>
        (await ValidateAsync("petition.signed", null, Mail)).ShouldHaveSingleItem().Field.ShouldBe("TriggerEvent");

    [Theory]
    [InlineData("event.contentType ==")]
    [InlineData("true %}{% for i in (1..100000) %}x{% endfor %}{% if true")]
    [InlineData("{{ event.title }}")]
    public async Task AConditionThatIsNotOneExpression_IsRefused(string condition) =>
        (await ValidateAsync(ContentEvents.Published, condition, Mail)).ShouldHaveSingleItem().Field.ShouldBe("Condition");

    [Fact]
    public async Task BadLiquidInATemplate_IsRefusedWithTheParsersWords()
    {
        var error = (await ValidateAsync(ContentEvents.Published, null, Mail with { Body = "{% if event.title %}sans fin" })).ShouldHaveSingleItem();
        error.Field.ShouldBe("Actions[0].Body");
        error.Detail.ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData(RuleActionKind.Email, "not-an-address")]
    [InlineData(RuleActionKind.Email, "role:Mayor")]
    [InlineData(RuleActionKind.Sms, "0512345678")] // a landline
    [InlineData(RuleActionKind.Sms, "presse@example.org")]
    [InlineData(RuleActionKind.Notify, "")]
    public async Task ARecipientThatIsNeitherAnAddressNorARole_IsRefused(RuleActionKind kind, string to) =>
        (await ValidateAsync(ContentEvents.Published, null, Mail with { Kind = kind, To = to })).ShouldContain(e => e.Field == "Actions[0].To");

    [Fact]
    public async Task NoAction_OrTooMany_IsRefused()
    {
        (await ValidateAsync(ContentEvents.Published, null)).ShouldHaveSingleItem().Field.ShouldBe("Actions");
        (await ValidateAsync(ContentEvents.Published, null, [.. Enumerable.Repeat(Mail, 11)])).ShouldContain(e => e.Field == "Actions");
    }

    [Theory]
    [InlineData("http://example.org/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.0.0.8/hook")]
    [InlineData("https://172.20.1.1/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[::ffff:10.0.0.1]/hook")]
    [InlineData("https://user:secret@203.0.113.10/hook")]
    [InlineData("ftp://example.org/hook")]
    [InlineData("/relative/hook")]
    public async Task AWebhookToAPrivateOrUnsafeAddress_IsRefused(string url) =>
        (await ValidateAsync(ContentEvents.Published, null, new RuleAction { Kind = RuleActionKind.Webhook, Url = url })).ShouldHaveSingleItem().Field.ShouldBe("Actions[0].Url");

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("196.200.131.1", true)] // a Moroccan public address
    [InlineData("2001:4860:4860::8888", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("127.0.0.53", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("224.0.0.1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::", false)]
    public void PublicAddresses_AreToldFromPrivateOnes(string address, bool isPublic) =>
        WebhookAddress.IsPublic(IPAddress.Parse(address)).ShouldBe(isPublic);

    [Theory]
    [InlineData("a@example.org; b@example.org\nrole:Editor", 3)]
    [InlineData(" , ,", 0)]
    [InlineData("A@example.org, a@example.org", 1)]
    public void Recipients_AreSplitOnCommasSemicolonsAndLines(string to, int count) =>
        RuleValidator.Recipients(to).Count.ShouldBe(count);
}
