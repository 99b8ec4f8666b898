using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Petitions;

/// <summary>Why a signer may sign: they live in the territory, or carry on an activity there.</summary>
public enum SignatureBasis
{
    Resident,
    Activity,
}

public enum SignatureChannel
{
    Online,
    Paper,
}

/// <summary>
/// One person's signature, online or entered by staff from the paper form. The signer is the fingerprint of their
/// identity card number (the same as for votes), unique per petition whatever the channel: the database says so.
/// The name is for the bureau's check only and is never published.
/// </summary>
public sealed class PetitionSignature : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long PetitionId { get; set; }

    /// <summary>HMAC fingerprint of the identity card number (<see cref="OpenRegion.Cms.Core.Budgeting.VoterIdentity"/>).</summary>
    public string SignerKey { get; set; } = "";

    public string? UserId { get; set; }

    public string SignerName { get; set; } = "";

    /// <summary>The commune of the territory that links the signer to it: where they live, or where their activity is.</summary>
    public string CommuneTenantId { get; set; } = "";

    /// <summary>The province of that commune (for a region's 5%-per-province rule), when the platform knows it.</summary>
    public string? ProvinceTenantId { get; set; }

    public SignatureBasis Basis { get; set; }

    public SignatureChannel Channel { get; set; }

    public DateTimeOffset SignedUtc { get; set; }

    /// <summary>For a paper signature: who entered it.</summary>
    public string? RecordedBy { get; set; }
}
