using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Workflows.Rules;

/// <summary>Adds what a rule needs to read about an event beyond its payload (a content item's title and address…).</summary>
public interface IEventEnricher
{
    bool Handles(string eventType);

    Task EnrichAsync(DomainEvent domainEvent, EventHandlerContext context, IDictionary<string, object?> fields, CancellationToken cancellationToken);
}

/// <summary>
/// Runs the tenant's rules on each event of the catalogue: records a run per rule (once per event, however often
/// the event is delivered), evaluates the condition, and hands each action to an event of its own — so a failing
/// webhook is retried alone, and one action's template error never holds back another.
/// </summary>
public sealed class RulesHandler(EventCatalog catalog, IEnumerable<IEventEnricher> enrichers, PlatformOptions platform, TenantRegistry tenants) : IEventHandler
{
    public const string ActionEvent = "rule.action";

    public string Name => "rules";

    public bool Handles(string eventType) => catalog.Contains(eventType);

    public async Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var rules = await db.Set<WorkflowRule>().AsNoTracking()
            .Where(r => r.Enabled && r.TriggerEvent == domainEvent.Type).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        if (rules.Count == 0)
        {
            return;
        }

        var ruleIds = rules.Select(r => r.Id).ToList();
        var alreadyRun = await db.Set<RuleRun>().Where(r => r.EventId == domainEvent.Id && ruleIds.Contains(r.RuleId)).Select(r => r.RuleId).ToListAsync(cancellationToken);
        var fields = EventFields(domainEvent);
        foreach (var enricher in enrichers.Where(e => e.Handles(domainEvent.Type)))
        {
            await enricher.EnrichAsync(domainEvent, context, fields, cancellationToken);
        }

        var shell = await tenants.GetShellAsync(context.TenantId, cancellationToken);
        var now = context.Clock.GetUtcNow();
        foreach (var rule in rules.Where(r => !alreadyRun.Contains(r.Id)))
        {
            var model = new Dictionary<string, object?>
            {
                ["event"] = fields,
                ["site"] = new Dictionary<string, object?> { ["name"] = shell?.Tenant.DisplayName("ar") ?? context.TenantId, ["name_fr"] = shell?.Tenant.DisplayName("fr"), ["url"] = SiteLinks.SiteUrl(platform, shell) },
                ["rule"] = new Dictionary<string, object?> { ["name"] = rule.Name },
            };
            var run = new RuleRun { RuleId = rule.Id, RuleName = rule.Name, EventId = domainEvent.Id, EventType = domainEvent.Type, StartedUtc = now };
            db.Set<RuleRun>().Add(run);
            bool matches;
            try
            {
                matches = Matches(rule.Condition, model);
            }
            catch (NotificationTemplateException ex)
            {
                Finish(run, RuleRunOutcome.Failed, now, "condition: " + ex.Message);
                continue;
            }

            if (!matches)
            {
                Finish(run, RuleRunOutcome.Skipped, now, "condition: false");
                continue;
            }

            var actions = RuleAction.Parse(rule.ActionsJson);
            run.Outcome = actions.Count == 0 ? RuleRunOutcome.Succeeded : RuleRunOutcome.Running;
            run.ActionsTotal = actions.Count;
            run.Log = "condition: true";
            var modelJson = JsonSerializer.Serialize(model, RuleAction.Json);
            for (var i = 0; i < actions.Count; i++)
            {
                // The run's id is known once saved: the action finds its run by rule and event instead.
                Outbox.Raise(db, ActionEvent, new RuleActionRequest(rule.Id, domainEvent.Id, i, actions[i], modelJson, rule.WebhookSecret), context.Clock);
            }
        }
    }

    /// <summary>Whether a rule's condition holds for the event (an empty condition always does).</summary>
    /// <exception cref="NotificationTemplateException">The condition cannot be evaluated.</exception>
    public static bool Matches(string? condition, IReadOnlyDictionary<string, object?> model) =>
        string.IsNullOrWhiteSpace(condition)
        || NotificationRenderer.Render(RuleValidator.ConditionTemplate(condition), model, "ar").Trim() == "true";

    /// <summary>The payload's fields as a rule reads them (<c>event.contentType</c>…), plus the event's own id, type and time.</summary>
    private static Dictionary<string, object?> EventFields(DomainEvent domainEvent)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        using (var document = JsonDocument.Parse(domainEvent.PayloadJson))
        {
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    fields[property.Name] = NotificationRenderer.Plain(property.Value, culture: null);
                }
            }
        }

        fields["id"] = domainEvent.Id;
        fields["type"] = domainEvent.Type;
        fields["occurredUtc"] = domainEvent.CreatedUtc.ToString("O");
        return fields;
    }

    internal static void Finish(RuleRun run, RuleRunOutcome outcome, DateTimeOffset now, string line)
    {
        run.Outcome = outcome;
        run.FinishedUtc = now;
        AppendLog(run, line);
    }

    internal static void AppendLog(RuleRun run, string line)
    {
        var log = run.Log.Length == 0 ? line : run.Log + "\n" + line;
        run.Log = log.Length > RuleRun.MaxLogLength ? log[^RuleRun.MaxLogLength..] : log;
    }
}

/// <param name="ModelJson">What the templates read, as it was when the rule matched.</param>
public sealed record RuleActionRequest(long RuleId, long EventId, int Index, RuleAction Action, string ModelJson, string WebhookSecret);

/// <summary>Content events, for rules: the item's title (Arabic first) and its public address.</summary>
public sealed class ContentEventEnricher(PlatformOptions platform, TenantRegistry tenants) : IEventEnricher
{
    public bool Handles(string eventType) => eventType is ContentEvents.Published or ContentEvents.Unpublished;

    public async Task EnrichAsync(DomainEvent domainEvent, EventHandlerContext context, IDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        var set = domainEvent.Payload<ContentEvent>().LocalizationSet;
        var items = await context.Db.Set<ContentItem>().AsNoTracking().Where(c => c.LocalizationSet == set).ToListAsync(cancellationToken);
        var item = items.FirstOrDefault(i => i.Culture == "ar") ?? items.FirstOrDefault();
        if (item is null)
        {
            return;
        }

        fields["title"] = item.Title;
        fields["titles"] = items.ToDictionary(i => i.Culture, i => (object?)i.Title);
        if (ContentTypes.UrlOf(item.ContentType, item.Slug) is { } path)
        {
            fields["path"] = path;
            fields["url"] = SiteLinks.SiteUrl(platform, await tenants.GetShellAsync(context.TenantId, cancellationToken)) + path;
        }
    }
}
