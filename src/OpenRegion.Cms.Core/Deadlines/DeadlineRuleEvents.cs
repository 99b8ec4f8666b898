using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Core.Workflows.Rules;

namespace OpenRegion.Cms.Core.Deadlines;

/// <summary>
/// Deadline reminders and overdue notices as events tenant rules can act on (e.g. "when a deadline is overdue, send
/// an SMS to the director general"), with what a rule needs to read about the deadline.
/// </summary>
public sealed class DeadlineEventEnricher(PlatformOptions platform, TenantRegistry tenants) : IEventEnricher
{
    public static IEnumerable<EventTypeDefinition> Events { get; } =
    [
        new(StaffDeadlines.ReminderEvent, new Dictionary<string, string>
        {
            ["ar"] = "تذكير بأجل يقترب",
            ["fr"] = "Rappel d’une échéance proche",
            ["en"] = "Reminder of a coming deadline",
            ["zgh"] = "ⴰⵙⵎⵜⵜⵉ ⵏ ⵓⵣⵎⵣ",
        }, Fields),
        new(StaffDeadlines.OverdueEvent, new Dictionary<string, string>
        {
            ["ar"] = "أجل تجاوز موعده",
            ["fr"] = "Échéance dépassée",
            ["en"] = "Deadline passed",
            ["zgh"] = "ⴰⵣⵎⵣ ⵉⵣⵔⵉⵏ",
        }, Fields),
    ];

    private static IReadOnlyDictionary<string, string> Fields => new Dictionary<string, string>
    {
        ["key"] = "the deadline's identity, e.g. petition:12:notice",
        ["workingDaysLeft"] = "working days left (0 when overdue)",
        ["title"] = "what must be done",
        ["reference"] = "the file's reference",
        ["rule"] = "the legal rule, e.g. information-request",
        ["dueUtc"] = "the due date (use | local_date)",
        ["stillOpen"] = "false when it was done or moved since the timer was set",
        ["url"] = "the deadlines dashboard",
    };

    public bool Handles(string eventType) => eventType is StaffDeadlines.ReminderEvent or StaffDeadlines.OverdueEvent;

    public async Task EnrichAsync(DomainEvent domainEvent, EventHandlerContext context, IDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        var alert = domainEvent.Payload<DeadlineAlert>();
        var deadline = await context.Db.Set<Deadline>().AsNoTracking().FirstOrDefaultAsync(d => d.Key == alert.Key, cancellationToken);
        fields["stillOpen"] = deadline is not null && deadline.CompletedUtc is null && deadline.DueUtc == alert.DueUtc;
        fields["url"] = SiteLinks.SiteUrl(platform, await tenants.GetShellAsync(context.TenantId, cancellationToken)) + DeadlineAlertHandler.DashboardUrl;
        fields["path"] = DeadlineAlertHandler.DashboardUrl;
        if (deadline is not null)
        {
            fields["title"] = deadline.Title;
            fields["reference"] = deadline.Reference;
            fields["rule"] = deadline.Rule;
        }
    }
}
