using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Data;

namespace OpenRegion.Cms.Web.Tests.Infrastructure;

/// <summary>Creates confirmed accounts with roles on a tenant, as an administrator would through the admin pages.</summary>
public static class PlatformUsers
{
    public const string Password = "Citizen-passw0rd";

    /// <summary>A browser session signed in as the platform administrator the factory configured.</summary>
    public static async Task<BrowserSession> PlatformAdminAsync(PlatformFactory factory)
    {
        var admin = new BrowserSession(factory.Browser());
        await admin.LogInAsync(PlatformFactory.AdminEmail, PlatformFactory.AdminPassword);
        return admin;
    }

    public static async Task<CmsUser> CreateAsync(PlatformFactory factory, string? tenantId = null, string? role = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var email = $"user-{Guid.NewGuid():N}@example.test";
        var user = new CmsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + email[..13], CreatedUtc = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, Password);
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Errors.Select(e => e.Description)));
        if (tenantId is not null && role is not null)
        {
            await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenantId));
            db.Set<TenantRoleGrant>().Add(new TenantRoleGrant { UserId = user.Id, Role = role, GrantedUtc = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        return user;
    }
}
