using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Petitions;

/// <summary>
/// A tenant's petition settings, with the legal defaults: the threshold follows from the tenant's kind and
/// population (<see cref="PetitionThreshold"/>) unless the council set another; a commune says whether it has
/// arrondissements (400 signatures); signers of commune and province petitions must be on the electoral roll.
/// </summary>
public sealed record PetitionsSettings(int? RequiredOverride, bool HasArrondissements, bool RequireElectoralRoll)
{
    public const string RequiredKey = "Petitions.RequiredSignatures";
    public const string ArrondissementsKey = "Petitions.HasArrondissements";
    public const string ElectoralRollKey = "Petitions.RequireElectoralRoll";

    public static PetitionsSettings For(TenantShell shell)
    {
        var kind = shell.Tenant.Kind;
        return new PetitionsSettings(
            shell.Setting<int?>(RequiredKey) is > 0 and var value ? value : null,
            shell.Setting(ArrondissementsKey, false),
            shell.Setting(ElectoralRollKey, kind != TenantKind.Region));
    }

    /// <summary>The law's number for this tenant, before any setting.</summary>
    public static int LegalRequired(Tenant tenant, bool hasArrondissements) => PetitionThreshold.Required(tenant.Kind, tenant.Population, hasArrondissements);

    public int Required(Tenant tenant) => RequiredOverride ?? LegalRequired(tenant, HasArrondissements);

    public int PerProvince(Tenant tenant) => PetitionThreshold.PerProvince(tenant.Kind, Required(tenant));

    /// <summary>The provinces whose share is checked: a region's; none elsewhere.</summary>
    public static IReadOnlyList<Tenant> Provinces(TenantRegistry registry, Tenant tenant) =>
        tenant.Kind == TenantKind.Region ? Territories.ProvincesOf(registry.All, tenant.Id) : [];
}
