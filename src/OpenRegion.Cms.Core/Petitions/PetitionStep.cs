using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Petitions;

/// <summary>One step of a petition's public history: the state it entered, when, and the reasons or details given.</summary>
public sealed class PetitionStep : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long PetitionId { get; set; }

    public PetitionState State { get; set; }

    public DateTimeOffset AtUtc { get; set; }

    public string? Note { get; set; }
}
