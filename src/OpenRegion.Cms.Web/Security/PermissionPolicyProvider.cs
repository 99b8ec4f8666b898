using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Cms.Web.Security;

/// <summary>Builds "Permission:X" policies on demand, so modules declare permissions without registering policies.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var requirement = policyName switch
        {
            PermissionPolicy.AnyTenantRole => new PermissionRequirement(null),
            PermissionPolicy.PlatformAdmin => new PermissionRequirement(null, PlatformOnly: true),
            _ when policyName.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal) => new PermissionRequirement(policyName[PermissionPolicy.Prefix.Length..]),
            _ => null,
        };
        return requirement is null
            ? await base.GetPolicyAsync(policyName)
            : new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(requirement).Build();
    }
}
