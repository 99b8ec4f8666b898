using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Petitions;

/// <summary>What an association declares when it files a petition.</summary>
public sealed record AssociationFacts(
    DateOnly FoundedOn,
    int Members,
    bool SeatInTerritory,
    bool GoodStanding,
    bool DemocraticStatutes,
    bool ActivityLinkedToSubject);

/// <summary>A legal condition an association does not meet.</summary>
public enum AssociationShortfall
{
    TooYoung,
    TooFewMembers,
    NoSeatInTerritory,
    NotInGoodStanding,
    NotDemocratic,
    ActivityNotLinked,
}

/// <summary>
/// The conditions an association must meet to petition a council: founded in Morocco more than 3 years ago, run
/// democratically under its statutes, in good standing, with its seat or a branch in the territory and an activity
/// linked to the subject; for a province, more than 100 members.
/// </summary>
public static class AssociationConditions
{
    public const int MinimumAgeYears = 3;

    public const int ProvinceMinimumMembers = 100;

    public static IReadOnlyList<AssociationShortfall> Check(AssociationFacts facts, TenantKind kind, DateOnly filedOn)
    {
        var shortfalls = new List<AssociationShortfall>();
        // "More than three years": founded strictly before the same day three years earlier.
        if (facts.FoundedOn >= filedOn.AddYears(-MinimumAgeYears))
        {
            shortfalls.Add(AssociationShortfall.TooYoung);
        }

        if (kind == TenantKind.Province && facts.Members <= ProvinceMinimumMembers)
        {
            shortfalls.Add(AssociationShortfall.TooFewMembers);
        }

        if (!facts.SeatInTerritory)
        {
            shortfalls.Add(AssociationShortfall.NoSeatInTerritory);
        }

        if (!facts.GoodStanding)
        {
            shortfalls.Add(AssociationShortfall.NotInGoodStanding);
        }

        if (!facts.DemocraticStatutes)
        {
            shortfalls.Add(AssociationShortfall.NotDemocratic);
        }

        if (!facts.ActivityLinkedToSubject)
        {
            shortfalls.Add(AssociationShortfall.ActivityNotLinked);
        }

        return shortfalls;
    }
}
