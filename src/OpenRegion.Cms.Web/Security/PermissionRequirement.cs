using Microsoft.AspNetCore.Authorization;

namespace OpenRegion.Cms.Web.Security;

/// <summary>Null permission: any role on the tenant. Platform: platform administrators only.</summary>
public sealed record PermissionRequirement(string? Permission, bool PlatformOnly = false) : IAuthorizationRequirement;
