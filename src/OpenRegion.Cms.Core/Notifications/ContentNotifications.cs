using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Core.Notifications;

/// <summary>
/// Content news for its followers: a new item tells the followers of its section ("type:news"), a republished item
/// (its text changed) tells the followers of that item. Titles and links go in every language the item has; each
/// reader gets theirs.
/// </summary>
public sealed class ContentNotificationsHandler : IEventHandler
{
    public const string NewTemplate = "content.new";
    public const string UpdatedTemplate = "content.updated";

    public string Name => "content-followers";

    public bool Handles(string eventType) => eventType == ContentEvents.Published;

    public async Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken)
    {
        var published = domainEvent.Payload<ContentEvent>();
        var type = ContentTypes.Find(published.ContentType);
        var items = await context.Db.Set<ContentItem>().AsNoTracking()
            .Where(c => c.LocalizationSet == published.LocalizationSet && c.Published).ToListAsync(cancellationToken);
        if (type is null || items.Count == 0)
        {
            return; // withdrawn again meanwhile
        }

        var titles = items.ToDictionary(i => i.Culture, i => (object?)i.Title);
        var links = items.Where(i => ContentTypes.UrlOf(i.ContentType, i.Slug) is not null)
            .ToDictionary(i => i.Culture, i => (object?)$"{ContentTypes.UrlOf(i.ContentType, i.Slug)}?culture={i.Culture}");
        var values = new Dictionary<string, object?>
        {
            ["title"] = titles,
            ["type"] = NotificationRenderer.Cultures.ToDictionary(c => c, c => (object?)type.DisplayName(c == "zgh" ? "ar" : c)),
            ["link"] = links.Count > 0 ? links : null,
        };
        if (published.FirstPublication)
        {
            Notify.Followers(context.Db, Follows.ContentType(type.Name), NewTemplate, values, null, context.Clock);
        }
        else
        {
            Notify.Followers(context.Db, Follows.ContentItem(published.LocalizationSet), UpdatedTemplate, values, null, context.Clock);
        }
    }

    public static IEnumerable<NotificationTemplate> Templates { get; } =
    [
        new(NewTemplate, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("{{ site }}: {{ type }} جديد — {{ title }}", "نُشر على موقع {{ site }} محتوى جديد من صنف «{{ type }}»:\n{{ title }}"),
            ["fr"] = new("{{ site }} : nouveau contenu ({{ type }}) — {{ title }}", "Un nouveau contenu de type « {{ type }} » est publié sur {{ site }} :\n{{ title }}"),
            ["en"] = new("{{ site }}: new {{ type }} — {{ title }}", "A new {{ type }} is published on {{ site }}:\n{{ title }}"),
            ["zgh"] = new("{{ site }}: ⴰⵎⴰⵢⵏⵓ — {{ title }}", "ⵉⵜⵜⵓⵥⵕⴰⵢ ⴳ {{ site }} ⴽⵔⴰ ⴰⵎⴰⵢⵏⵓ ({{ type }}):\n{{ title }}"),
        }),
        new(UpdatedTemplate, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("{{ site }}: تحيين «{{ title }}»", "حُيّن محتوى «{{ title }}» الذي تتابعونه على موقع {{ site }}."),
            ["fr"] = new("{{ site }} : « {{ title }} » mis à jour", "Le contenu « {{ title }} » que vous suivez a été mis à jour sur {{ site }}."),
            ["en"] = new("{{ site }}: “{{ title }}” updated", "“{{ title }}”, which you follow, was updated on {{ site }}."),
            ["zgh"] = new("{{ site }}: ⵜⵓⵙⵎⴰⵢⵏⵓⵜ ⵏ «{{ title }}»", "ⵉⵜⵜⵓⵙⵎⴰⵢⵏⵓ «{{ title }}» ⴳ {{ site }}."),
        }),
    ];
}
