namespace OpenRegion.Cms.Core.Security;

/// <summary>Authorization policies named "Permission:X" require permission X on the request's tenant.</summary>
public static class PermissionPolicy
{
    public const string Prefix = "Permission:";

    /// <summary>Any role on the tenant (or platform admin): enough to open the admin shell.</summary>
    public const string AnyTenantRole = "TenantMember";

    /// <summary>Platform administrators only (tenant list, creating communes).</summary>
    public const string PlatformAdmin = "PlatformAdmin";

    /// <summary>Manage the tenant itself: features, roles, audit log.</summary>
    public const string ManageTenant = Prefix + "Tenant.Manage";

    public static string For(string permission) => Prefix + permission;
}
