using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Notifications;

/// <summary>
/// One message to one person, as the in-app notification centre shows it: already written in their language when
/// it was created. The centre keeps every notification, whatever reached the person by e-mail or SMS.
/// </summary>
public sealed class Notification : ITenantOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxBodyLength = 4000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>What it is about (the followed subject, or e.g. "deadline:12"); null for a rule's own message.</summary>
    public string? Subject { get; set; }

    /// <summary>The template that wrote it, e.g. "content.updated"; "rule" for a tenant rule's message.</summary>
    public string Kind { get; set; } = "";

    public string Culture { get; set; } = "ar";

    public string Title { get; set; } = "";

    /// <summary>Plain text (shown encoded; never HTML).</summary>
    public string Body { get; set; } = "";

    /// <summary>Tenant-relative link to what it is about, e.g. "/news/budget-2026".</summary>
    public string? Url { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? ReadUtc { get; set; }

    /// <summary>Waiting for the person's daily digest e-mail.</summary>
    public bool InDigest { get; set; }

    public DateTimeOffset? DigestSentUtc { get; set; }
}

/// <summary>How a person wants e-mail about what they follow.</summary>
public enum EmailNotifications
{
    /// <summary>One e-mail per notification, as it happens.</summary>
    Immediate,

    /// <summary>One e-mail a day listing the day's notifications.</summary>
    DailyDigest,

    Off,
}
