using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Consultations;

public enum Gender
{
    Woman,
    Man,
}

/// <summary>Age bands of the synthesis; an exact age is never asked.</summary>
public enum AgeBand
{
    Under18,
    From18To24,
    From25To34,
    From35To49,
    From50To64,
    From65,
}

/// <summary>
/// What a participant chose to say about themselves for one consultation's statistics (gender, age band), both
/// optional. It is only ever shown as counts in the synthesis, never next to a contribution.
/// </summary>
public sealed class ParticipantProfile : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ConsultationId { get; set; }

    public string UserId { get; set; } = "";

    public Gender? Gender { get; set; }

    public AgeBand? AgeBand { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
