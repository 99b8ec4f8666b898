using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Consultations;

/// <summary>
/// An in-person meeting of a consultation (e.g. the 39 people who came to Béni Mellal's 2023 meeting): its date,
/// place and number of participants; staff record what was said there section by section, so that in-person input
/// counts as much as online input.
/// </summary>
public sealed class Workshop : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ConsultationId { get; set; }

    public string Title { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public string Place { get; set; } = "";

    public int Participants { get; set; }

    public string? RecordedBy { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
