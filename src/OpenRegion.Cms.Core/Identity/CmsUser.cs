using Microsoft.AspNetCore.Identity;

namespace OpenRegion.Cms.Core.Identity;

/// <summary>A platform-wide account: one login for the region and every commune. Roles are granted per tenant.</summary>
public sealed class CmsUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public string PreferredCulture { get; set; } = "ar";

    public bool IsPlatformAdmin { get; set; }

    /// <summary>The commune the citizen lives in; decides where they may vote or sign.</summary>
    public string? ResidenceTenantId { get; set; }

    /// <summary>
    /// The fingerprint of the national identity card number the citizen declared to vote
    /// (<see cref="OpenRegion.Cms.Core.Budgeting.VoterIdentity"/>); one account per card. Null until they vote.
    /// </summary>
    public string? VoterKey { get; set; }

    /// <summary>When the citizen's identity was verified (their card and birth date matched an imported roll, or staff saw them); null until then.</summary>
    public DateTimeOffset? IdentityVerifiedUtc { get; set; }

    /// <summary>How: "roll:{tenant}" or "staff:{tenant}:{user id}".</summary>
    public string? IdentityVerifiedBy { get; set; }

    /// <summary>Whether the verification found them on an electoral roll (signers of commune and province petitions must be).</summary>
    public bool OnElectoralRoll { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary>E-mail about what they follow: as it happens (default), a daily digest, or none.</summary>
    public OpenRegion.Cms.Core.Notifications.EmailNotifications EmailNotifications { get; set; }

    /// <summary>SMS about what they follow, to <see cref="IdentityUser.PhoneNumber"/> (off until they give a number and ask).</summary>
    public bool SmsNotifications { get; set; }
}
