namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>The tenant a request belongs to and the prefix to move from Path to PathBase ("" when none).</summary>
public sealed record TenantMatch(string TenantId, string Prefix);
