using Microsoft.AspNetCore.Identity;
using OpenRegion.Cms.Core.Identity;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>Creates the platform administrator account (set-up page or configuration); its e-mail counts as confirmed.</summary>
public static class PlatformAdministrator
{
    public static async Task<IdentityResult> CreateAsync(UserManager<CmsUser> users, string email, string password, string displayName)
    {
        var user = new CmsUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName,
            IsPlatformAdmin = true,
            CreatedUtc = DateTimeOffset.UtcNow,
        };
        return await users.CreateAsync(user, password);
    }
}
