using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Cluster;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Security;

/// <summary>
/// One account, roles per tenant: adds the roles the user holds on the request's tenant (and the platform-admin
/// flag) to the principal. Cached briefly per tenant and user; <see cref="Invalidate"/> drops it when grants change.
/// </summary>
/// <remarks>
/// Built for every request (authentication depends on it), so the database context is only asked for when a signed-in
/// user's grants are not in the cache: anonymous visitors never pay for one.
/// </remarks>
public sealed class TenantClaimsTransformation(TenantContext tenant, IServiceProvider services, IMemoryCache cache) : IClaimsTransformation
{
    public const string PlatformAdminClaim = "openregion:platform-admin";
    public const string TenantClaim = "openregion:tenant";

    private static readonly MemoryCacheEntryOptions CacheOptions = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) };

    /// <summary>The user's grants on the tenant changed: forget them here and on the other nodes.</summary>
    public static async Task InvalidateAsync(IMemoryCache cache, IClusterBus cluster, string tenantId, string userId)
    {
        InvalidateLocal(cache, tenantId, userId);
        await cluster.PublishAsync(new ClusterChange(ClusterChangeKind.Access, tenantId, userId));
    }

    public static void InvalidateLocal(IMemoryCache cache, string tenantId, string userId) => cache.Remove(Key(tenantId, userId));

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !tenant.HasTenant || principal.HasClaim(c => c.Type == TenantClaim))
        {
            return principal;
        }

        var key = Key(tenant.TenantId!, userId);
        if (!cache.TryGetValue(key, out (bool Exists, bool IsPlatformAdmin, string[] Roles) access))
        {
            var db = services.GetRequiredService<ICmsDbContext>();
            var isPlatformAdmin = await db.Set<CmsUser>().Where(u => u.Id == userId).Select(u => (bool?)u.IsPlatformAdmin).FirstOrDefaultAsync();
            var roles = isPlatformAdmin is null ? [] : await db.Set<TenantRoleGrant>().Where(g => g.UserId == userId).Select(g => g.Role).ToArrayAsync();
            access = (isPlatformAdmin is not null, isPlatformAdmin == true, roles);
            cache.Set(key, access, CacheOptions);
        }

        if (!access.Exists)
        {
            // The account was erased (on another device, or by an operator): its sign-in cookie is worth nothing any more.
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var identity = new ClaimsIdentity();
        identity.AddClaim(new Claim(TenantClaim, tenant.TenantId!));
        if (access.IsPlatformAdmin)
        {
            identity.AddClaim(new Claim(PlatformAdminClaim, "true"));
        }

        foreach (var role in access.Roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        principal.AddIdentity(identity);
        return principal;
    }

    private static string Key(string tenantId, string userId) => $"claims:{tenantId}:{userId}";
}
