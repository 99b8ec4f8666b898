using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Petitions;

/// <summary>
/// How many signatures a petition to a council needs (../shared/LEGAL-RULES.md): a region 300 below 1,000,000
/// inhabitants, 400 up to 3,000,000, 500 above, with at least 5% of that number from each of its prefectures and
/// provinces; a prefecture or province 300; a commune 100 below 35,000 inhabitants, 200 from 35,000, 400 when it has
/// arrondissements.
/// </summary>
public static class PetitionThreshold
{
    /// <summary>Share of the required number that must come from each province of a region, in percent.</summary>
    public const int ProvinceSharePercent = 5;

    public static int Required(TenantKind kind, int? population, bool hasArrondissements = false) => kind switch
    {
        TenantKind.Region => population switch
        {
            null or < 1_000_000 => 300,
            <= 3_000_000 => 400,
            _ => 500,
        },
        TenantKind.Province => 300,
        _ when hasArrondissements => 400,
        _ => population is >= 35_000 ? 200 : 100,
    };

    /// <summary>Signatures needed from each province of a region (5% of the required number, rounded up); 0 elsewhere.</summary>
    public static int PerProvince(TenantKind kind, int required) =>
        kind == TenantKind.Region ? (required * ProvinceSharePercent + 99) / 100 : 0;
}
