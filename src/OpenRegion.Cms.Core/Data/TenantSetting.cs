namespace OpenRegion.Cms.Core.Data;

/// <summary>A per-tenant setting (JSON value), written by recipes and admin pages.</summary>
public sealed class TenantSetting : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string Key { get; set; } = "";

    public string ValueJson { get; set; } = "null";
}
