namespace OpenRegion.Cms.Core.Workflows.Rules;

/// <summary>
/// An event tenant admins may build rules on: its type, what it means (by culture), and the fields a rule's
/// condition and templates can read as <c>event.field</c>. Modules register theirs as singletons.
/// </summary>
/// <param name="Fields">Field name → what it holds (English; shown to admins beside the localized event name).</param>
public sealed record EventTypeDefinition(string Type, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> Fields)
{
    public string Name(string culture) => Names.TryGetValue(culture, out var name) ? name : Names.TryGetValue("en", out name) ? name : Type;
}

/// <summary>The events rules may be triggered by (anything else — internal notification events — is not offered).</summary>
public sealed class EventCatalog(IEnumerable<EventTypeDefinition> definitions)
{
    private readonly Dictionary<string, EventTypeDefinition> _byType = definitions.GroupBy(d => d.Type).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public IReadOnlyList<EventTypeDefinition> All => [.. _byType.Values.OrderBy(d => d.Type, StringComparer.Ordinal)];

    public EventTypeDefinition? Find(string? type) => type is not null && _byType.TryGetValue(type, out var definition) ? definition : null;

    public bool Contains(string? type) => Find(type) is not null;

    // Before ContentEvents: static fields initialize in order.
    private static IReadOnlyDictionary<string, string> ContentFields { get; } = new Dictionary<string, string>
    {
        ["contentType"] = "News, Event, Document or Page",
        ["localizationSet"] = "the item's id (all its translations)",
        ["cultures"] = "the translations concerned, e.g. [\"ar\", \"fr\"]",
        ["firstPublication"] = "true when the item is new to the public",
        ["title"] = "its title (Arabic when it has one)",
        ["url"] = "its public address",
    };

    /// <summary>The content lifecycle's events (the first modules' own).</summary>
    public static IEnumerable<EventTypeDefinition> ContentEvents { get; } =
    [
        new(Content.ContentEvents.Published, new Dictionary<string, string>
        {
            ["ar"] = "نشر محتوى (خبر، نشاط، وثيقة، صفحة)",
            ["fr"] = "Contenu publié (actualité, événement, document, page)",
            ["en"] = "Content published (news, event, document, page)",
            ["zgh"] = "ⴰⵙⵏⵜⵍ ⵉⵜⵜⵓⵥⵕⴰⵢⵏ",
        }, ContentFields),
        new(Content.ContentEvents.Unpublished, new Dictionary<string, string>
        {
            ["ar"] = "سحب محتوى من الموقع",
            ["fr"] = "Contenu retiré du site",
            ["en"] = "Content withdrawn from the site",
            ["zgh"] = "ⴰⵙⵏⵜⵍ ⵉⵜⵜⵓⴽⴽⵙⵏ",
        }, ContentFields),
    ];
}
