namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>What an operator (CLI, admin page, recipe) gives to create a tenant.</summary>
public sealed record TenantDefinition
{
    public required string Id { get; init; }

    public required string NameAr { get; init; }

    public required string NameFr { get; init; }

    public TenantKind Kind { get; init; } = TenantKind.Commune;

    public string? ParentId { get; init; }

    public int? Population { get; init; }

    public IReadOnlyList<string> HostNames { get; init; } = [];

    public string UrlPrefix { get; init; } = "";

    public string? Recipe { get; init; }

    public IReadOnlyList<string> Cultures { get; init; } = ["ar", "fr"];
}
