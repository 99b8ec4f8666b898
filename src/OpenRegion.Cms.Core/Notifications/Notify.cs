using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Core.Notifications;

/// <summary>
/// How modules tell people something: an event in the caller's own context (saved, or rolled back, with the change
/// that caused it). The notifications handler later writes it in each reader's language from the
/// <see cref="NotificationTemplate"/> and delivers it by the channels they chose (in-app always; e-mail at once or
/// in the daily digest; SMS when they gave a number and asked). One event per person: a template that fails for
/// one reader never holds back the others.
/// </summary>
public static class Notify
{
    /// <summary>Event type of one notification to one person.</summary>
    public const string SendEvent = "notification.send";

    /// <summary>Event type of a fan-out to every follower of a subject.</summary>
    public const string FollowersEvent = "notification.followers";

    /// <param name="values">The template's variables: strings, numbers, booleans, ISO dates as strings.</param>
    /// <param name="url">Tenant-relative link, e.g. "/admin/deadlines".</param>
    public static OutboxMessage User(ICmsDbContext db, string userId, string template, IReadOnlyDictionary<string, object?> values, string? subject, string? url, TimeProvider clock) =>
        Outbox.Raise(db, SendEvent, new NotificationRequest(userId, template, values, subject, url), clock);

    /// <summary>Everyone who follows <paramref name="subject"/> (one event; the handler fans out).</summary>
    public static OutboxMessage Followers(ICmsDbContext db, string subject, string template, IReadOnlyDictionary<string, object?> values, string? url, TimeProvider clock, string? exceptUserId = null) =>
        Outbox.Raise(db, FollowersEvent, new FollowersRequest(subject, template, values, url, exceptUserId), clock);
}

public sealed record NotificationRequest(string UserId, string Template, IReadOnlyDictionary<string, object?> Values, string? Subject, string? Url);

public sealed record FollowersRequest(string Subject, string Template, IReadOnlyDictionary<string, object?> Values, string? Url, string? ExceptUserId);
