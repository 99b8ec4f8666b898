namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>A site of the platform: the region, a province or a commune. Platform-owned, not tenant-scoped.</summary>
public sealed class Tenant
{
    /// <summary>Immutable identifier, chosen at creation (lowercase letters, digits, hyphens); stamped on every tenant-owned row.</summary>
    public string Id { get; set; } = "";

    public string NameAr { get; set; } = "";

    public string NameFr { get; set; } = "";

    public TenantKind Kind { get; set; }

    public string? ParentId { get; set; }

    public int? Population { get; set; }

    public TenantState State { get; set; }

    /// <summary>Host names this tenant answers on; "*.example.ma" wildcards allowed. Empty: any host.</summary>
    public List<string> HostNames { get; set; } = [];

    /// <summary>First path segment (without slashes), or empty for a tenant served at the root.</summary>
    public string UrlPrefix { get; set; } = "";

    public List<string> EnabledFeatures { get; set; } = [];

    public string Theme { get; set; } = "OpenRegion.Theme.Region";

    /// <summary>Cultures offered by the site; the first is the default.</summary>
    public List<string> Cultures { get; set; } = ["ar", "fr"];

    public string? Recipe { get; set; }

    /// <summary>Why the last set-up failed, for the operator.</summary>
    public string? StateReason { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public string DisplayName(string culture) =>
        culture.StartsWith("ar", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(NameFr) ? NameAr : NameFr;
}
