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

    public DateTimeOffset CreatedUtc { get; set; }
}
