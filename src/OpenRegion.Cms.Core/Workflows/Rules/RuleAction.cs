using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRegion.Cms.Core.Workflows.Rules;

/// <summary>
/// One thing a rule does. <see cref="To"/> lists recipients separated by commas: e-mail addresses or phone numbers,
/// or <c>role:TenantAdmin</c> (everyone with that role on the tenant). Subject and body are Liquid over
/// <c>event</c>, <c>site</c> and <c>rule</c>.
/// </summary>
public sealed record RuleAction
{
    public const int MaxTemplateLength = 8000;

    public RuleActionKind Kind { get; init; }

    public string? To { get; init; }

    public string? Subject { get; init; }

    public string? Body { get; init; }

    /// <summary>Publish/unpublish: the content item (its localization set).</summary>
    public string? ContentSet { get; init; }

    /// <summary>Webhook: where the event is POSTed as JSON.</summary>
    public string? Url { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IReadOnlyList<RuleAction> Parse(string json) =>
        JsonSerializer.Deserialize<List<RuleAction>>(string.IsNullOrWhiteSpace(json) ? "[]" : json, Json) ?? [];

    public static string Serialize(IEnumerable<RuleAction> actions) => JsonSerializer.Serialize(actions.ToList(), Json);
}

public enum RuleActionKind
{
    Email,
    Sms,

    /// <summary>An in-app notification to accounts of the tenant.</summary>
    Notify,

    PublishContent,
    UnpublishContent,
    Webhook,
}
