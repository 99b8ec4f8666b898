using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Identity;

/// <summary>What list an entry comes from: the electoral roll (signers of commune and province petitions must be on it) or a census extract.</summary>
public enum RollSource
{
    ElectoralRoll,
    Census,
}

/// <summary>
/// One line of the electoral roll or census extract a tenant admin imported: only the fingerprint of the identity
/// card number (never the number), the birth date, and the commune of residence. A citizen who types the same card
/// number and birth date is verified.
/// </summary>
public sealed class ElectoralRollEntry : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    /// <summary>HMAC fingerprint of the card number (<see cref="OpenRegion.Cms.Core.Budgeting.VoterIdentity"/>).</summary>
    public string IdentityKey { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    public string ResidenceTenantId { get; set; } = "";

    public RollSource Source { get; set; }

    public DateTimeOffset ImportedUtc { get; set; }
}
