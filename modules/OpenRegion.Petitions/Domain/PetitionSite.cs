using System.Globalization;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Petitions.Domain;

/// <summary>
/// What a petition page needs to know about the council it is addressed to: its level, its threshold (settings over
/// the legal default), its provinces for a region's 5% rule, and its territory — who may sign, and the communes a
/// signer or a clerk can pick.
/// </summary>
public sealed class PetitionSite(TenantContext context, TenantRegistry registry)
{
    private IReadOnlySet<string>? _territory;
    private PetitionsSettings? _settings;

    public TenantShell Shell => context.Shell;

    public Tenant Tenant => context.Shell.Tenant;

    public PetitionsSettings Settings => _settings ??= PetitionsSettings.For(context.Shell);

    public int Required => Settings.Required(Tenant);

    public int PerProvince => Settings.PerProvince(Tenant);

    public IReadOnlyList<Tenant> Provinces => PetitionsSettings.Provinces(registry, Tenant);

    public IReadOnlySet<string> Territory => _territory ??= Territories.Of(registry, Tenant.Id);

    /// <summary>The communes of the territory, by name in the reader's language.</summary>
    public IReadOnlyList<Tenant> Communes(string culture) =>
        [.. registry.All.Where(t => t.Kind == TenantKind.Commune && Territory.Contains(t.Id)).OrderBy(t => t.DisplayName(culture), StringComparer.Create(CultureInfo.CurrentCulture, true))];

    public string? ProvinceOf(string communeId) => Territories.ProvinceOf(registry.All, communeId);

    public string Name(string tenantId, string culture) => registry.Find(tenantId)?.DisplayName(culture) ?? tenantId;
}
