using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Email;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Sms;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Core.Notifications;

/// <summary>
/// Turns notification requests into messages: fans a subject's news out to its followers (one event per person),
/// writes each person's notification in their language and stores it for the in-app centre, then hands e-mail and
/// SMS to events of their own — so a mail server that is down delays only the e-mails, and a retry never re-sends
/// what already went out. Daily digests are a per-tenant timer.
/// </summary>
public sealed class NotificationsHandler(IEnumerable<NotificationTemplate> templates, IEmailSender email, ISmsSender sms, PlatformOptions platform, TenantRegistry tenants) : IEventHandler
{
    public const string EmailEvent = "notification.email";
    public const string SmsEvent = "notification.sms";
    public const string DigestEvent = "notification.digest";
    public const string DigestTimerKey = "notifications:digest";

    /// <summary>Local hour the daily digest goes out.</summary>
    public const int DigestHour = 18;

    private readonly Dictionary<string, NotificationTemplate> _templates = templates.GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public string Name => "notifications";

    public bool Handles(string eventType) => eventType is Notify.SendEvent or Notify.FollowersEvent or EmailEvent or SmsEvent or DigestEvent;

    public bool HasTemplate(string key) => _templates.ContainsKey(key);

    public Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken) => domainEvent.Type switch
    {
        Notify.FollowersEvent => FanOutAsync(domainEvent.Payload<FollowersPayload>(), context, cancellationToken),
        Notify.SendEvent => SendAsync(domainEvent.Payload<SendPayload>(), context, cancellationToken),
        EmailEvent => email.SendAsync(domainEvent.Payload<EmailMessage>(), cancellationToken),
        SmsEvent => sms.SendAsync(domainEvent.Payload<SmsMessage>(), cancellationToken),
        DigestEvent => DigestAsync(context, cancellationToken),
        _ => Task.CompletedTask,
    };

    private static async Task FanOutAsync(FollowersPayload request, EventHandlerContext context, CancellationToken cancellationToken)
    {
        var followers = await context.Db.Set<Follow>().AsNoTracking()
            .Where(f => f.Subject == request.Subject && f.UserId != (request.ExceptUserId ?? ""))
            .Select(f => f.UserId).Distinct().ToListAsync(cancellationToken);
        foreach (var userId in followers)
        {
            Outbox.Raise(context.Db, Notify.SendEvent, new SendPayload(userId, request.Template, request.Values, request.Subject, request.Url), context.Clock);
        }
    }

    private async Task SendAsync(SendPayload request, EventHandlerContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var user = await db.Set<CmsUser>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UserId, cancellationToken);
        if (user is null)
        {
            return; // the account was deleted meanwhile: nobody to tell
        }

        if (!_templates.TryGetValue(request.Template, out var template))
        {
            throw new NotificationTemplateException($"No notification template '{request.Template}' is registered.");
        }

        var culture = NotificationRenderer.Cultures.Contains(user.PreferredCulture) ? user.PreferredCulture : "ar";
        var shell = await tenants.GetShellAsync(context.TenantId, cancellationToken);
        var values = new Dictionary<string, JsonElement>(request.Values ?? [], StringComparer.Ordinal);
        var url = request.Url ?? (values.TryGetValue("link", out var link) ? NotificationRenderer.Localized(link, culture) : null);
        var siteUrl = SiteUrl(shell);
        values["site"] = JsonSerializer.SerializeToElement(shell?.Tenant.DisplayName(culture) ?? context.TenantId);
        values["url"] = JsonSerializer.SerializeToElement(url is null ? siteUrl : siteUrl + url);
        var rendered = NotificationRenderer.Render(template, culture, values);

        var now = context.Clock.GetUtcNow();
        var notification = new Notification
        {
            UserId = user.Id,
            Subject = request.Subject,
            Kind = request.Template,
            Culture = culture,
            Title = rendered.Title,
            Body = rendered.Body,
            Url = url,
            CreatedUtc = now,
        };
        db.Set<Notification>().Add(notification);

        if (user.EmailConfirmed && !string.IsNullOrEmpty(user.Email))
        {
            if (user.EmailNotifications == EmailNotifications.Immediate)
            {
                var text = rendered.Body + "\n\n" + (url is null ? "" : siteUrl + url + "\n\n") + Footer(culture, siteUrl);
                Outbox.Raise(db, EmailEvent, new EmailMessage(user.Email, rendered.Title, text, culture), context.Clock);
            }
            else if (user.EmailNotifications == EmailNotifications.DailyDigest)
            {
                notification.InDigest = true;
                await EnsureDigestTimerAsync(db, context.Clock, cancellationToken);
            }
        }

        if (user.SmsNotifications && PhoneNumbers.NormalizeMoroccanMobile(user.PhoneNumber) is { } phone)
        {
            Outbox.Raise(db, SmsEvent, new SmsMessage(phone, rendered.Sms, culture), context.Clock);
        }
    }

    /// <summary>One e-mail per person listing their notifications since the last digest.</summary>
    private async Task DigestAsync(EventHandlerContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var waiting = await db.Set<Notification>().Where(n => n.InDigest).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return;
        }

        var shell = await tenants.GetShellAsync(context.TenantId, cancellationToken);
        var siteUrl = SiteUrl(shell);
        var userIds = waiting.Select(n => n.UserId).Distinct().ToList();
        var users = await db.Set<CmsUser>().AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var now = context.Clock.GetUtcNow();
        foreach (var group in waiting.GroupBy(n => n.UserId))
        {
            if (users.TryGetValue(group.Key, out var user) && user.EmailConfirmed && !string.IsNullOrEmpty(user.Email) && user.EmailNotifications == EmailNotifications.DailyDigest)
            {
                var culture = NotificationRenderer.Cultures.Contains(user.PreferredCulture) ? user.PreferredCulture : "ar";
                var site = shell?.Tenant.DisplayName(culture) ?? context.TenantId;
                var lines = group.Select(n => $"• {n.Title}\n  {(n.Url is null ? siteUrl : siteUrl + n.Url)}");
                var body = string.Join("\n\n", lines) + "\n\n" + Footer(culture, siteUrl);
                Outbox.Raise(db, EmailEvent, new EmailMessage(user.Email!, DigestSubject(culture, site, group.Count()), body, culture), context.Clock);
            }

            foreach (var notification in group)
            {
                notification.InDigest = false;
                notification.DigestSentUtc = now;
            }
        }
    }

    /// <summary>The next digest of this tenant, unless one is already waiting.</summary>
    private static async Task EnsureDigestTimerAsync(ICmsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var waiting = await db.Set<OutboxMessage>().AnyAsync(m => m.TimerKey == DigestTimerKey && m.Status == OutboxStatus.Pending, cancellationToken)
            || db.Set<OutboxMessage>().Local.Any(m => m.TimerKey == DigestTimerKey && m.Status == OutboxStatus.Pending);
        if (!waiting)
        {
            await Outbox.ScheduleAsync(db, DigestEvent, new { }, NextDigest(clock.GetUtcNow()), DigestTimerKey, clock, cancellationToken);
        }
    }

    /// <summary>The next <see cref="DigestHour"/> o'clock in the region's time after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextDigest(DateTimeOffset now)
    {
        var local = LocalTime.ToLocal(now);
        var today = new DateTime(local.Year, local.Month, local.Day, DigestHour, 0, 0, DateTimeKind.Unspecified);
        var at = new DateTimeOffset(today, LocalTime.Zone.GetUtcOffset(today));
        return (at > now ? at : new DateTimeOffset(today.AddDays(1), LocalTime.Zone.GetUtcOffset(today.AddDays(1)))).ToUniversalTime();
    }

    private string SiteUrl(TenantShell? shell) => SiteLinks.SiteUrl(platform, shell);

    private static string Footer(string culture, string siteUrl) => culture switch
    {
        "fr" => $"—\nVous recevez ce message parce que vous suivez ce sujet. Gérer vos notifications : {siteUrl}/account/notifications",
        "en" => $"—\nYou receive this because you follow this subject. Manage your notifications: {siteUrl}/account/notifications",
        "zgh" => $"—\nⵜⵜⴰⵡⴹⴰⵜ ⵜⵓⵣⵉⵏⵜ ⴰⴷ ⴰⵛⴽⵓ ⵜⴹⴼⵕⵎ ⴰⵙⵏⵜⵍ ⴰⴷ. ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵏⵏⵓⵏ: {siteUrl}/account/notifications",
        _ => $"—\nتصلكم هذه الرسالة لأنكم تتابعون هذا الموضوع. تدبير إشعاراتكم: {siteUrl}/account/notifications",
    };

    private static string DigestSubject(string culture, string site, int count) => culture switch
    {
        "fr" => $"{site} : votre résumé du jour ({count})",
        "en" => $"{site}: your daily summary ({count})",
        "zgh" => $"{site}: ⴰⵙⴳⵣⵍ ⵏ ⵡⴰⵙⵙ ({count})",
        _ => $"{site}: ملخصكم اليومي ({count})",
    };

    private sealed record FollowersPayload(string Subject, string Template, Dictionary<string, JsonElement>? Values, string? Url, string? ExceptUserId);

    private sealed record SendPayload(string UserId, string Template, Dictionary<string, JsonElement>? Values, string? Subject, string? Url);
}
