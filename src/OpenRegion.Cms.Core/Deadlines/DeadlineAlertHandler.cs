using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Core.Deadlines;

/// <summary>
/// When a reminder or overdue timer fires: tells whoever must act — the assignee, or every administrator of the
/// tenant when nobody is — through <see cref="Notify"/>. It looks at the deadline again first, so a deadline done,
/// moved or deleted since the timer was set tells nobody; and its only effect is outbox rows saved with its own
/// delivery record, so a retried event never notifies twice.
/// </summary>
public sealed class DeadlineAlertHandler : IEventHandler
{
    public const string DashboardUrl = "/admin/deadlines";

    public string Name => "deadlines.alerts";

    public bool Handles(string eventType) => eventType is StaffDeadlines.ReminderEvent or StaffDeadlines.OverdueEvent;

    public async Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken)
    {
        var alert = domainEvent.Payload<DeadlineAlert>();
        var db = context.Db;
        var deadline = await db.Set<Deadline>().AsNoTracking().FirstOrDefaultAsync(d => d.Key == alert.Key, cancellationToken);
        if (deadline is null || deadline.CompletedUtc is not null || deadline.DueUtc != alert.DueUtc)
        {
            return;
        }

        IReadOnlyList<string> recipients = deadline.AssigneeUserId is { } assignee
            ? [assignee]
            : await db.Set<TenantRoleGrant>().AsNoTracking().Where(g => g.Role == CmsRoles.TenantAdmin)
                .Select(g => g.UserId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
        var template = domainEvent.Type == StaffDeadlines.ReminderEvent ? DeadlineNotifications.Reminder : DeadlineNotifications.Overdue;
        var values = new Dictionary<string, object?>
        {
            ["title"] = deadline.Title,
            ["reference"] = deadline.Reference,
            ["due_date"] = LocalTime.Date(deadline.DueUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["days_left"] = alert.WorkingDaysLeft,
            ["rule"] = deadline.Rule,
        };
        foreach (var userId in recipients)
        {
            Notify.User(db, userId, template, values, $"deadline:{deadline.Key}", DashboardUrl, context.Clock);
        }
    }
}
