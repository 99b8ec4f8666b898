using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Petitions.Domain;

namespace OpenRegion.Cms.Web.Tests.Petitions;

/// <summary>
/// Who may sign a petition and when the bureau may accept it (../shared/LEGAL-RULES.md, "Petitions to a council"):
/// the pure rules, without a database.
/// </summary>
public sealed class SigningRulesTests
{
    /// <summary>The territory of the province of Béni Mellal: itself and two of its communes.</summary>
    private static readonly IReadOnlySet<string> Territory = new HashSet<string>(StringComparer.Ordinal) { "prov-beni-mellal", "beni-mellal", "foum-oudi" };

    private static Signer Signer(
        bool verified = true, bool onElectoralRoll = true, string? residence = "beni-mellal", string? activity = null, bool directInterest = true) =>
        new("key-ab123456", "user-1", "Fatima Zahra", verified, onElectoralRoll, residence, activity, directInterest);

    // ---------------------------------------------------------------- Signing

    [Fact]
    public void AResidentOfTheTerritory_MaySign_AsResident()
    {
        var (refusals, commune, basis) = PetitionSigning.Check(PetitionState.Collecting, Signer(), Territory, requireElectoralRoll: true);

        refusals.ShouldBeEmpty();
        commune.ShouldBe("beni-mellal");
        basis.ShouldBe(SignatureBasis.Resident);
    }

    [Fact]
    public void AResidentWhoAlsoWorksThere_SignsAsResident_InTheCommuneWhereTheyLive()
    {
        var (refusals, commune, basis) = PetitionSigning.Check(PetitionState.Collecting, Signer(residence: "beni-mellal", activity: "foum-oudi"), Territory, requireElectoralRoll: false);

        refusals.ShouldBeEmpty();
        commune.ShouldBe("beni-mellal");
        basis.ShouldBe(SignatureBasis.Resident);
    }

    [Theory]
    [InlineData("casablanca")]
    [InlineData(null)]
    public void SomeoneLivingElsewhere_WithAnActivityInTheTerritory_MaySign_OnThatBasis(string? residence)
    {
        var (refusals, commune, basis) = PetitionSigning.Check(PetitionState.Collecting, Signer(residence: residence, activity: "foum-oudi"), Territory, requireElectoralRoll: false);

        refusals.ShouldBeEmpty();
        commune.ShouldBe("foum-oudi");
        basis.ShouldBe(SignatureBasis.Activity);
    }

    [Theory]
    [InlineData("casablanca", null)]
    [InlineData("casablanca", "rabat")]
    [InlineData(null, null)]
    public void SomeoneWithNoLinkToTheTerritory_IsRefused(string? residence, string? activity)
    {
        var (refusals, commune, _) = PetitionSigning.Check(PetitionState.Collecting, Signer(residence: residence, activity: activity), Territory, requireElectoralRoll: false);

        refusals.ShouldBe([SignRefusal.NotInTerritory]);
        commune.ShouldBeNull();
    }

    [Fact]
    public void AnUnverifiedIdentity_IsRefused()
    {
        var (refusals, _, _) = PetitionSigning.Check(PetitionState.Collecting, Signer(verified: false), Territory, requireElectoralRoll: false);

        refusals.ShouldBe([SignRefusal.NotVerified]);
    }

    [Fact]
    public void WhereTheLawRequiresTheElectoralRoll_SomeoneNotOnItIsRefused()
    {
        var (refusals, _, _) = PetitionSigning.Check(PetitionState.Collecting, Signer(onElectoralRoll: false), Territory, requireElectoralRoll: true);

        refusals.ShouldBe([SignRefusal.NotOnElectoralRoll]);
    }

    [Fact]
    public void WhereTheLawDoesNotRequireTheElectoralRoll_SomeoneNotOnItMaySign()
    {
        var (refusals, commune, basis) = PetitionSigning.Check(PetitionState.Collecting, Signer(onElectoralRoll: false), Territory, requireElectoralRoll: false);

        refusals.ShouldBeEmpty();
        commune.ShouldBe("beni-mellal");
        basis.ShouldBe(SignatureBasis.Resident);
    }

    [Fact]
    public void SomeoneWithoutADirectInterestInTheSubject_IsRefused()
    {
        var (refusals, _, _) = PetitionSigning.Check(PetitionState.Collecting, Signer(directInterest: false), Territory, requireElectoralRoll: false);

        refusals.ShouldBe([SignRefusal.NoDirectInterest]);
    }

    [Theory]
    [InlineData(PetitionState.Draft)]
    [InlineData(PetitionState.Deposited)]
    [InlineData(PetitionState.Accepted)]
    [InlineData(PetitionState.InCommittee)]
    [InlineData(PetitionState.Deliberated)]
    [InlineData(PetitionState.Rejected)]
    [InlineData(PetitionState.Withdrawn)]
    public void APetitionNoLongerCollecting_TakesNoSignature(PetitionState state)
    {
        var (refusals, _, _) = PetitionSigning.Check(state, Signer(), Territory, requireElectoralRoll: true);

        refusals.ShouldBe([SignRefusal.NotCollecting]);
    }

    [Fact]
    public void EveryReasonToRefuse_IsGiven_AtOnce()
    {
        var (refusals, _, _) = PetitionSigning.Check(PetitionState.Deposited, Signer(onElectoralRoll: false, residence: "casablanca", directInterest: false), Territory, requireElectoralRoll: true);

        refusals.ShouldBe([SignRefusal.NotCollecting, SignRefusal.NotInTerritory, SignRefusal.NotOnElectoralRoll, SignRefusal.NoDirectInterest], ignoreOrder: true);
    }

    // ---------------------------------------------------------------- Admissibility

    private static IEnumerable<string> Keys(PetitionFiler filer, TenantKind kind) => Admissibility.Conditions(filer, kind).Select(c => c.Key);

    [Fact]
    public void AtProvinceLevel_AnAssociationsChecklist_AsksForMoreThan100Members() =>
        Keys(PetitionFiler.Association, TenantKind.Province).ShouldContain("association-members");

    [Theory]
    [InlineData(TenantKind.Commune)]
    [InlineData(TenantKind.Region)]
    public void ElsewhereThanAProvince_AnAssociationsChecklist_DoesNotCountMembers(TenantKind kind)
    {
        var keys = Keys(PetitionFiler.Association, kind).ToList();

        keys.ShouldNotContain("association-members");
        keys.ShouldContain("association-age");
        keys.ShouldNotContain("threshold");
    }

    [Theory]
    [InlineData(TenantKind.Region)]
    [InlineData(TenantKind.Province)]
    [InlineData(TenantKind.Commune)]
    public void ACitizensPetitionsChecklist_AsksForTheThresholdAndAProxy_AndNothingOfAnAssociation(TenantKind kind)
    {
        var keys = Keys(PetitionFiler.Citizens, kind).ToList();

        keys.ShouldContain("threshold");
        keys.ShouldContain("proxy");
        keys.ShouldContain("signers");
        keys.ShouldAllBe(k => !k.StartsWith("association-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PetitionFiler.Citizens, TenantKind.Region)]
    [InlineData(PetitionFiler.Citizens, TenantKind.Commune)]
    [InlineData(PetitionFiler.Association, TenantKind.Province)]
    [InlineData(PetitionFiler.Association, TenantKind.Commune)]
    public void EveryChecklist_AsksForCompetenceConstantsAndForm_WithDistinctKeys(PetitionFiler filer, TenantKind kind)
    {
        var keys = Keys(filer, kind).ToList();

        keys.ShouldContain("competence");
        keys.ShouldContain("constants");
        keys.ShouldContain("form");
        keys.ShouldBeUnique();
    }

    [Theory]
    [InlineData(PetitionFiler.Citizens, TenantKind.Region)]
    [InlineData(PetitionFiler.Citizens, TenantKind.Commune)]
    [InlineData(PetitionFiler.Association, TenantKind.Province)]
    [InlineData(PetitionFiler.Association, TenantKind.Commune)]
    public void APetitionIsAdmissible_OnlyWhenEveryLineIsChecked(PetitionFiler filer, TenantKind kind)
    {
        var conditions = Admissibility.Conditions(filer, kind);
        var all = conditions.ToDictionary(c => c.Key, _ => true);

        Admissibility.AllMet(conditions, all).ShouldBeTrue();
        Admissibility.AllMet(conditions, new Dictionary<string, bool>(all) { ["unrelated"] = false }).ShouldBeTrue();
        Admissibility.AllMet(conditions, new Dictionary<string, bool>()).ShouldBeFalse();
        foreach (var condition in conditions)
        {
            Admissibility.AllMet(conditions, new Dictionary<string, bool>(all) { [condition.Key] = false }).ShouldBeFalse(condition.Key);
            Admissibility.AllMet(conditions, all.Where(c => c.Key != condition.Key).ToDictionary()).ShouldBeFalse(condition.Key);
        }
    }

    [Fact]
    public void TheChecklistIsReadFromItsJson_AndAnUnreadableOneChecksNothing()
    {
        Admissibility.Read("""{ "competence": true, "form": false }""").ShouldBe(new Dictionary<string, bool> { ["competence"] = true, ["form"] = false });
        Admissibility.Read("not json").ShouldBeEmpty();
        Admissibility.Read("null").ShouldBeEmpty();
    }
}
