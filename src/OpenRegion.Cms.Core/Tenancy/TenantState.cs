namespace OpenRegion.Cms.Core.Tenancy;

public enum TenantState
{
    Uninitialized = 0,
    Initializing = 1,
    Running = 2,
    Disabled = 3,
    /// <summary>Set-up failed; the tenant stays unreachable until an operator re-runs its recipe.</summary>
    Failed = 4,
}
