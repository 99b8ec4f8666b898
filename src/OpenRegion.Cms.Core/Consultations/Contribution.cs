using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Consultations;

/// <summary>Where a contribution was made: online, or at an in-person workshop whose staff recorded it.</summary>
public enum ContributionChannel
{
    Online,
    Workshop,
}

/// <summary>
/// A comment on one section of a consultation, or a reply to one (one level of threads), online or recorded from a
/// workshop. Agreement counts are kept with it (one reaction per person). Moderation hides it with a public reason;
/// the text stays stored, nothing a citizen wrote is lost.
/// </summary>
public sealed class Contribution : ITenantOwned
{
    public const int MaxBodyLength = 4000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ConsultationId { get; set; }

    public long SectionId { get; set; }

    /// <summary>The comment this one replies to (replies are not nested further).</summary>
    public long? ParentId { get; set; }

    public string? UserId { get; set; }

    /// <summary>Shown with the text: the account's display name, or the workshop's title.</summary>
    public string AuthorName { get; set; } = "";

    public string Body { get; set; } = "";

    public ContributionChannel Channel { get; set; }

    public long? WorkshopId { get; set; }

    public int Agree { get; set; }

    public int Disagree { get; set; }

    public int Reports { get; set; }

    /// <summary>A file the citizen attached (PDF or photo), kept in the tenant's media library.</summary>
    public long? AttachmentId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? HiddenUtc { get; set; }

    /// <summary>Why moderation hid it, shown in its place.</summary>
    public string? HiddenReason { get; set; }
}
