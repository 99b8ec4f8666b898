using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.AdvisoryBodies;

public enum BodyRole
{
    /// <summary>Chairs the body; with the rapporteur, submits what the body adopted.</summary>
    Chair,

    /// <summary>Holds the pen on the body's opinions; submits with the chair.</summary>
    Rapporteur,

    Member,
}

/// <summary>A person's seat on a body for a mandate; an ended mandate keeps its row, so the archive shows who sat when.</summary>
public sealed class BodyMember : ITenantOwned
{
    public const int MaxOrganisationLength = 300;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long BodyId { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>The name shown on the public page (copied at appointment; the account's name may change).</summary>
    public string DisplayName { get; set; } = "";

    public BodyRole Role { get; set; }

    /// <summary>Whom the member comes from: an association, a chamber, a university…</summary>
    public string Organisation { get; set; } = "";

    public DateOnly MandateStart { get; set; }

    /// <summary>The last day of the mandate; null while it runs for the council's term.</summary>
    public DateOnly? MandateEnd { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public bool SitsOn(DateOnly day) => MandateStart <= day && (MandateEnd is null || day <= MandateEnd);

    /// <summary>Whether the seat lets its holder submit the adopted opinion on the body's behalf.</summary>
    public bool Submits => Role is BodyRole.Chair or BodyRole.Rapporteur;
}
