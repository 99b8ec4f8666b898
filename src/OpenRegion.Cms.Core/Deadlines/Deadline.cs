using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Deadlines;

/// <summary>
/// Something staff must do by a date the law (or the council) sets: answer an information request within 20
/// working days, post a session's decisions within 8 days, send a petition's rejection notice within 3 months…
/// Modules set their deadlines themselves; staff can also record one by hand (a request that came by post).
/// </summary>
public sealed class Deadline : ITenantOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxKeyLength = 150;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    /// <summary>Stable identity within the tenant, e.g. "petition:12:notice" or "manual:{guid}"; setting it again moves the deadline.</summary>
    public string Key { get; set; } = "";

    /// <summary>Which rule of the <see cref="LegalDeadlines"/> catalogue computed it ("custom" when staff chose a date).</summary>
    public string Rule { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The file's own reference (request number, session, petition number), shown beside the title.</summary>
    public string? Reference { get; set; }

    /// <summary>Tenant-relative link to the file.</summary>
    public string? Url { get; set; }

    /// <summary>When the clock started (deposit, receipt, session date).</summary>
    public DateTimeOffset StartUtc { get; set; }

    public DateTimeOffset DueUtc { get; set; }

    /// <summary>Who must act; null means the tenant's administrators.</summary>
    public string? AssigneeUserId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? CompletedUtc { get; set; }

    public string? CompletedBy { get; set; }
}
