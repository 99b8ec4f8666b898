namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>The level of local government a tenant represents; it decides legal thresholds and deadlines.</summary>
public enum TenantKind
{
    Region = 0,
    Province = 1,
    Commune = 2,
}
