namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>What the resolver needs to know of a tenant: its id, host names and URL prefix.</summary>
public sealed record TenantRoute(string TenantId, IReadOnlyList<string> HostNames, string UrlPrefix, bool IsDefault = false);
