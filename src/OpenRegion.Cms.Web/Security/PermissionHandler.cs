using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Security;

/// <summary>
/// Decides permissions against the request's tenant only: a role held on another tenant never counts.
/// Platform administrators hold every permission; a tenant administrator every permission of their tenant.
/// </summary>
public sealed class PermissionHandler(TenantContext tenant) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var user = context.User;
        if (!tenant.HasTenant || user.FindFirstValue(TenantClaimsTransformation.TenantClaim) != tenant.TenantId)
        {
            return Task.CompletedTask;
        }

        if (user.HasClaim(TenantClaimsTransformation.PlatformAdminClaim, "true"))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (requirement.PlatformOnly)
        {
            return Task.CompletedTask;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (requirement.Permission is null ? roles.Count > 0
            : roles.Contains(CmsRoles.TenantAdmin)
              || roles.Any(r => tenant.Shell.RolePermissions.TryGetValue(r, out var permissions) && permissions.Contains(requirement.Permission)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
