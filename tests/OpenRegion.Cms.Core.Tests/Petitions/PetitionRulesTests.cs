using System.Globalization;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Tests.Petitions;

/// <summary>
/// The rules of petitions to a council (../shared/LEGAL-RULES.md, "Petitions to a council"; organic laws 111-14 arts
/// 118-122, 112-14 arts 112-116, 113-14 arts 121-125), tested without a database.
/// </summary>
public sealed class PetitionRulesTests
{
    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- Thresholds

    [Theory]
    [InlineData(TenantKind.Commune, null, false, 100)]
    [InlineData(TenantKind.Commune, 0, false, 100)]
    [InlineData(TenantKind.Commune, 34_999, false, 100)]
    [InlineData(TenantKind.Commune, 35_000, false, 200)]
    [InlineData(TenantKind.Commune, 192_676, false, 200)]
    [InlineData(TenantKind.Commune, 34_999, true, 400)]
    [InlineData(TenantKind.Commune, 3_000_000, true, 400)]
    [InlineData(TenantKind.Commune, null, true, 400)]
    [InlineData(TenantKind.Province, null, false, 300)]
    [InlineData(TenantKind.Province, 580_327, false, 300)]
    [InlineData(TenantKind.Province, 5_000_000, false, 300)]
    [InlineData(TenantKind.Region, 999_999, false, 300)]
    [InlineData(TenantKind.Region, 1_000_000, false, 400)]
    [InlineData(TenantKind.Region, 2_525_801, false, 400)]
    [InlineData(TenantKind.Region, 3_000_000, false, 400)]
    [InlineData(TenantKind.Region, 3_000_001, false, 500)]
    public void TheRequiredNumberOfSignatures_FollowsTheLawsBands(TenantKind kind, int? population, bool hasArrondissements, int required) =>
        PetitionThreshold.Required(kind, population, hasArrondissements).ShouldBe(required);

    [Theory]
    [InlineData(TenantKind.Region, 300, 15)]
    [InlineData(TenantKind.Region, 400, 20)]
    [InlineData(TenantKind.Region, 500, 25)]
    [InlineData(TenantKind.Region, 310, 16)]
    [InlineData(TenantKind.Province, 300, 0)]
    [InlineData(TenantKind.Commune, 100, 0)]
    [InlineData(TenantKind.Commune, 400, 0)]
    public void EachProvinceOfARegion_Brings5PercentOfTheRequiredNumber_RoundedUp(TenantKind kind, int required, int perProvince) =>
        PetitionThreshold.PerProvince(kind, required).ShouldBe(perProvince);

    [Fact]
    public void BeniMellalKhenifra_Needs400Signatures_WithAtLeast20FromEachProvince()
    {
        var required = PetitionThreshold.Required(TenantKind.Region, 2_525_801);

        required.ShouldBe(400);
        PetitionThreshold.PerProvince(TenantKind.Region, required).ShouldBe(20);
    }

    // ---------------------------------------------------------------- Signature tally

    private static readonly string[] FiveProvinces = ["azilal", "beni-mellal", "fquih-ben-salah", "khenifra", "khouribga"];

    [Fact]
    public void TheTotalIsReached_ButOneProvinceIsShort_SoThePetitionCannotBeDeposited()
    {
        var byProvince = new Dictionary<string, int> { ["azilal"] = 20, ["beni-mellal"] = 300, ["fquih-ben-salah"] = 40, ["khenifra"] = 21, ["khouribga"] = 19 };

        var tally = SignatureTally.Of(400, 400, 20, FiveProvinces, byProvince);

        tally.TotalMet.ShouldBeTrue();
        tally.CanDeposit.ShouldBeFalse();
        tally.Provinces.Count.ShouldBe(5);
        tally.Provinces.Where(p => !p.Met).Select(p => p.ProvinceId).ShouldBe(["khouribga"]);
        tally.Provinces.Single(p => p.ProvinceId == "khouribga").Required.ShouldBe(20);
    }

    [Fact]
    public void AProvinceWithNoSignatureAtAll_CountsAsZero_AndBlocksTheDeposit()
    {
        var byProvince = new Dictionary<string, int> { ["azilal"] = 100, ["beni-mellal"] = 100, ["fquih-ben-salah"] = 100, ["khenifra"] = 100 };

        var tally = SignatureTally.Of(400, 400, 20, FiveProvinces, byProvince);

        tally.Provinces.Single(p => p.ProvinceId == "khouribga").Count.ShouldBe(0);
        tally.CanDeposit.ShouldBeFalse();
    }

    [Fact]
    public void TheTotalAndEveryProvinceReached_ThePetitionCanBeDeposited()
    {
        var byProvince = FiveProvinces.ToDictionary(p => p, _ => 80);

        var tally = SignatureTally.Of(400, 400, 20, FiveProvinces, byProvince);

        tally.TotalMet.ShouldBeTrue();
        tally.Provinces.ShouldAllBe(p => p.Met);
        tally.CanDeposit.ShouldBeTrue();
        tally.Percent.ShouldBe(100);
    }

    [Fact]
    public void EveryProvinceReached_ButTheTotalShort_ThePetitionCannotBeDeposited()
    {
        var byProvince = FiveProvinces.ToDictionary(p => p, _ => 20);

        var tally = SignatureTally.Of(100, 400, 20, FiveProvinces, byProvince);

        tally.Provinces.ShouldAllBe(p => p.Met);
        tally.TotalMet.ShouldBeFalse();
        tally.CanDeposit.ShouldBeFalse();
        tally.Percent.ShouldBe(25);
    }

    [Theory]
    [InlineData(0, 100, 0)]
    [InlineData(99, 100, 99)]
    [InlineData(100, 100, 100)]
    [InlineData(250, 100, 100)]
    [InlineData(1, 300, 0)]
    [InlineData(150, 300, 50)]
    public void ThePercentage_IsCappedAt100(int count, int required, int percent) =>
        SignatureTally.Of(count, required, 0, [], new Dictionary<string, int>()).Percent.ShouldBe(percent);

    [Fact]
    public void ACommune_HasNoProvinceLines_AndDepositsOnItsTotalAlone()
    {
        var required = PetitionThreshold.Required(TenantKind.Commune, 192_676);
        var perProvince = PetitionThreshold.PerProvince(TenantKind.Commune, required);

        var tally = SignatureTally.Of(200, required, perProvince, ["beni-mellal"], new Dictionary<string, int>());

        tally.Provinces.ShouldBeEmpty();
        tally.CanDeposit.ShouldBeTrue();
        SignatureTally.Of(199, required, perProvince, ["beni-mellal"], new Dictionary<string, int>()).CanDeposit.ShouldBeFalse();
    }

    // ---------------------------------------------------------------- Ordinary sessions

    [Fact]
    public void TheSessionMonths_AreThoseOfTheOrganicLaws()
    {
        OrdinarySessions.Months(TenantKind.Region).ShouldBe([3, 7, 10]);
        OrdinarySessions.Months(TenantKind.Province).ShouldBe([1, 6, 9]);
        OrdinarySessions.Months(TenantKind.Commune).ShouldBe([2, 5, 10]);
    }

    [Theory]
    // Commune: February, May, October. 1 February 2027 minus 20 days is 12 January.
    [InlineData(TenantKind.Commune, "2027-01-05", "2027-02-01")]
    [InlineData(TenantKind.Commune, "2027-01-12", "2027-02-01")]
    [InlineData(TenantKind.Commune, "2027-01-13", "2027-05-01")]
    [InlineData(TenantKind.Commune, "2027-01-20", "2027-05-01")]
    [InlineData(TenantKind.Commune, "2026-09-05", "2026-10-01")]
    [InlineData(TenantKind.Commune, "2026-10-15", "2027-02-01")]
    // Region: March, July, October. 1 March 2027 minus 20 days is 9 February.
    [InlineData(TenantKind.Region, "2026-12-02", "2027-03-01")]
    [InlineData(TenantKind.Region, "2027-02-09", "2027-03-01")]
    [InlineData(TenantKind.Region, "2027-02-10", "2027-07-01")]
    [InlineData(TenantKind.Region, "2026-06-15", "2026-10-01")]
    [InlineData(TenantKind.Region, "2026-09-12", "2027-03-01")]
    // Province: January, June, September. 1 January 2027 minus 20 days is 12 December 2026.
    [InlineData(TenantKind.Province, "2026-12-10", "2027-01-01")]
    [InlineData(TenantKind.Province, "2026-12-12", "2027-01-01")]
    [InlineData(TenantKind.Province, "2026-12-13", "2027-06-01")]
    [InlineData(TenantKind.Province, "2026-12-20", "2027-06-01")]
    [InlineData(TenantKind.Province, "2027-05-01", "2027-06-01")]
    [InlineData(TenantKind.Province, "2027-08-20", "2028-01-01")]
    public void AnAcceptedPetition_GoesToTheNextSessionWhoseAgendaCanStillReachTheWali20DaysAhead(TenantKind kind, string decided, string session)
    {
        var next = OrdinarySessions.Next(kind, Date(decided));

        next.ShouldBe(Date(session));
        next.Day.ShouldBe(1);
        OrdinarySessions.Months(kind).ShouldContain(next.Month);
        next.AddDays(-OrdinarySessions.AgendaNoticeDays).ShouldBeGreaterThanOrEqualTo(Date(decided));
    }

    // ---------------------------------------------------------------- Association conditions

    private static AssociationFacts Association(DateOnly foundedOn, int members = 250) =>
        new(foundedOn, members, SeatInTerritory: true, GoodStanding: true, DemocraticStatutes: true, ActivityLinkedToSubject: true);

    [Fact]
    public void AnAssociationFoundedExactlyThreeYearsBefore_IsTooYoung_ForTheLawSaysMoreThanThree() =>
        AssociationConditions.Check(Association(Date("2024-01-10")), TenantKind.Commune, Date("2027-01-10")).ShouldBe([AssociationShortfall.TooYoung]);

    [Fact]
    public void AnAssociationFoundedThreeYearsAndOneDayBefore_MeetsTheAgeCondition() =>
        AssociationConditions.Check(Association(Date("2024-01-09")), TenantKind.Commune, Date("2027-01-10")).ShouldBeEmpty();

    [Theory]
    [InlineData("2025-01-10")]
    [InlineData("2026-12-01")]
    [InlineData("2027-01-10")]
    public void AYoungerAssociation_IsTooYoung(string foundedOn) =>
        AssociationConditions.Check(Association(Date(foundedOn)), TenantKind.Region, Date("2027-01-10")).ShouldBe([AssociationShortfall.TooYoung]);

    [Theory]
    [InlineData(TenantKind.Province, 100, false)]
    [InlineData(TenantKind.Province, 50, false)]
    [InlineData(TenantKind.Province, 101, true)]
    [InlineData(TenantKind.Commune, 5, true)]
    [InlineData(TenantKind.Region, 5, true)]
    public void AtProvinceLevel_AnAssociationNeedsMoreThan100Members_ElsewhereAnyNumber(TenantKind kind, int members, bool fine)
    {
        var shortfalls = AssociationConditions.Check(Association(Date("2015-06-01"), members), kind, Date("2027-01-10"));

        if (fine)
        {
            shortfalls.ShouldBeEmpty();
        }
        else
        {
            shortfalls.ShouldBe([AssociationShortfall.TooFewMembers]);
        }
    }

    [Fact]
    public void EachFalseDeclaration_GivesItsOwnShortfall()
    {
        var founded = Date("2015-06-01");
        var filed = Date("2027-01-10");

        AssociationConditions.Check(Association(founded) with { SeatInTerritory = false }, TenantKind.Commune, filed).ShouldBe([AssociationShortfall.NoSeatInTerritory]);
        AssociationConditions.Check(Association(founded) with { GoodStanding = false }, TenantKind.Commune, filed).ShouldBe([AssociationShortfall.NotInGoodStanding]);
        AssociationConditions.Check(Association(founded) with { DemocraticStatutes = false }, TenantKind.Commune, filed).ShouldBe([AssociationShortfall.NotDemocratic]);
        AssociationConditions.Check(Association(founded) with { ActivityLinkedToSubject = false }, TenantKind.Commune, filed).ShouldBe([AssociationShortfall.ActivityNotLinked]);
    }

    [Fact]
    public void AnAssociationFailingEverything_GetsEveryShortfall()
    {
        var facts = new AssociationFacts(Date("2026-01-01"), 12, SeatInTerritory: false, GoodStanding: false, DemocraticStatutes: false, ActivityLinkedToSubject: false);

        AssociationConditions.Check(facts, TenantKind.Province, Date("2027-01-10")).ShouldBe(
        [
            AssociationShortfall.TooYoung, AssociationShortfall.TooFewMembers, AssociationShortfall.NoSeatInTerritory,
            AssociationShortfall.NotInGoodStanding, AssociationShortfall.NotDemocratic, AssociationShortfall.ActivityNotLinked,
        ], ignoreOrder: true);
    }

    // ---------------------------------------------------------------- State machine

    public static TheoryData<PetitionState, PetitionState> AllowedMoves => new()
    {
        { PetitionState.Draft, PetitionState.Collecting },
        { PetitionState.Draft, PetitionState.Withdrawn },
        { PetitionState.Collecting, PetitionState.Deposited },
        { PetitionState.Collecting, PetitionState.Withdrawn },
        { PetitionState.Deposited, PetitionState.Accepted },
        { PetitionState.Deposited, PetitionState.Rejected },
        { PetitionState.Accepted, PetitionState.InCommittee },
        { PetitionState.InCommittee, PetitionState.Deliberated },
    };

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void TheProcedure_AllowsThisMove(PetitionState from, PetitionState to)
    {
        PetitionStateMachine.CanMove(from, to).ShouldBeTrue();
        PetitionStateMachine.Next(from).ShouldContain(to);
    }

    [Theory]
    [InlineData(PetitionState.Draft, PetitionState.Deposited)]
    [InlineData(PetitionState.Draft, PetitionState.Accepted)]
    [InlineData(PetitionState.Draft, PetitionState.Draft)]
    [InlineData(PetitionState.Collecting, PetitionState.Accepted)]
    [InlineData(PetitionState.Collecting, PetitionState.Rejected)]
    [InlineData(PetitionState.Collecting, PetitionState.Draft)]
    [InlineData(PetitionState.Deposited, PetitionState.Collecting)]
    [InlineData(PetitionState.Deposited, PetitionState.Withdrawn)]
    [InlineData(PetitionState.Deposited, PetitionState.InCommittee)]
    [InlineData(PetitionState.Deposited, PetitionState.Deliberated)]
    [InlineData(PetitionState.Accepted, PetitionState.Rejected)]
    [InlineData(PetitionState.Accepted, PetitionState.Deliberated)]
    [InlineData(PetitionState.Accepted, PetitionState.Withdrawn)]
    [InlineData(PetitionState.InCommittee, PetitionState.Rejected)]
    [InlineData(PetitionState.InCommittee, PetitionState.Accepted)]
    [InlineData(PetitionState.Rejected, PetitionState.Accepted)]
    [InlineData(PetitionState.Rejected, PetitionState.Deposited)]
    [InlineData(PetitionState.Withdrawn, PetitionState.Collecting)]
    [InlineData(PetitionState.Withdrawn, PetitionState.Draft)]
    public void TheProcedure_RefusesThisMove(PetitionState from, PetitionState to)
    {
        PetitionStateMachine.CanMove(from, to).ShouldBeFalse();
        PetitionStateMachine.Next(from).ShouldNotContain(to);
    }

    [Fact]
    public void ExactlyTheEightMovesOfTheProcedure_AreAllowed_AndNoOther()
    {
        var allowed = AllowedMoves.Select(row => ((PetitionState)row[0], (PetitionState)row[1])).ToHashSet();
        foreach (var from in Enum.GetValues<PetitionState>())
        {
            foreach (var to in Enum.GetValues<PetitionState>())
            {
                PetitionStateMachine.CanMove(from, to).ShouldBe(allowed.Contains((from, to)), $"{from} → {to}");
            }
        }
    }

    [Theory]
    [InlineData(PetitionState.Deliberated)]
    [InlineData(PetitionState.Rejected)]
    [InlineData(PetitionState.Withdrawn)]
    public void AClosedPetition_MovesNoMore(PetitionState closed)
    {
        PetitionStateMachine.Next(closed).ShouldBeEmpty();
        Enum.GetValues<PetitionState>().ShouldAllBe(to => !PetitionStateMachine.CanMove(closed, to));
    }

    [Theory]
    [InlineData(PetitionState.Collecting, true)]
    [InlineData(PetitionState.Deposited, true)]
    [InlineData(PetitionState.Withdrawn, true)]
    [InlineData(PetitionState.Draft, false)]
    [InlineData(PetitionState.Accepted, false)]
    [InlineData(PetitionState.Rejected, false)]
    [InlineData(PetitionState.InCommittee, false)]
    [InlineData(PetitionState.Deliberated, false)]
    public void TheFilerOpensDepositsAndWithdraws_TheBureauDecidesTheRest(PetitionState to, bool filers) =>
        PetitionStateMachine.IsFilersMove(to).ShouldBe(filers);

    [Fact]
    public void OnlyACollectingPetitionTakesSignatures_AndOnlyDraftsAreHidden()
    {
        foreach (var state in Enum.GetValues<PetitionState>())
        {
            PetitionStateMachine.IsCollecting(state).ShouldBe(state == PetitionState.Collecting);
            PetitionStateMachine.IsPublic(state).ShouldBe(state != PetitionState.Draft);
        }
    }

    // ---------------------------------------------------------------- Rejection notice deadline

    private static TenantShell Shell(TenantKind kind) =>
        new(new Tenant { Id = "t-" + kind.ToString().ToLowerInvariant(), Kind = kind }, new Dictionary<string, string>(), new Dictionary<string, IReadOnlySet<string>>());

    private static LegalDeadlineRule RejectionNotice => LegalDeadlines.Find(LegalDeadlines.PetitionRejectionNotice).ShouldNotBeNull();

    [Fact]
    public void TheRejectionNotice_IsCountedInMonths_TwoForRegionsAndProvinces_ThreeForCommunes()
    {
        RejectionNotice.Unit.ShouldBe(DeadlineUnit.Months);
        RejectionNotice.DefaultAmount(TenantKind.Region).ShouldBe(2);
        RejectionNotice.DefaultAmount(TenantKind.Province).ShouldBe(2);
        RejectionNotice.DefaultAmount(TenantKind.Commune).ShouldBe(3);
        RejectionNotice.AppliesTo(TenantKind.Region).ShouldBeTrue();
        RejectionNotice.AppliesTo(TenantKind.Province).ShouldBeTrue();
        RejectionNotice.AppliesTo(TenantKind.Commune).ShouldBeTrue();
    }

    [Theory]
    [InlineData(TenantKind.Commune, "2026-12-02", "2027-03-02")]
    [InlineData(TenantKind.Region, "2026-12-02", "2027-02-02")]
    [InlineData(TenantKind.Province, "2026-12-02", "2027-02-02")]
    // A month has no 31st: the delay ends on the month's last day.
    [InlineData(TenantKind.Region, "2026-12-31", "2027-02-28")]
    [InlineData(TenantKind.Commune, "2026-11-30", "2027-02-28")]
    public void ARejectedPetitionsNotice_IsDueMonthsAfterTheDeposit(TenantKind kind, string deposited, string due) =>
        RejectionNotice.DueDate(Date(deposited), Shell(kind)).ShouldBe(Date(due));

    // ---------------------------------------------------------------- Electoral roll CSV

    private static readonly Dictionary<string, string> Communes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["beni-mellal"] = "beni-mellal",
        ["Béni Mellal"] = "beni-mellal",
        ["بني ملال"] = "beni-mellal",
        ["Beni Mellal, centre"] = "beni-mellal",
        ["azilal"] = "azilal",
        ["أزيلال"] = "azilal",
    };

    private static (IReadOnlyList<RollLine> Lines, IReadOnlyList<RollProblem> Problems) Read(string csv)
    {
        using var reader = new StringReader(csv);
        return ElectoralRollCsv.Read(reader, name => Communes.GetValueOrDefault(name));
    }

    [Fact]
    public void TheHeaderLine_IsSkipped_AndLinesKeepTheirNumberInTheFile()
    {
        var (lines, problems) = Read("cnie,birth_date,commune\nAB123456,1980-05-17,beni-mellal\nI12345,1992-11-03,azilal\n");

        problems.ShouldBeEmpty();
        lines.ShouldBe(
        [
            new RollLine(2, "AB123456", Date("1980-05-17"), "beni-mellal"),
            new RollLine(3, "I12345", Date("1992-11-03"), "azilal"),
        ]);
    }

    [Fact]
    public void AnArabicHeaderWithAByteOrderMark_IsSkipped()
    {
        var (lines, problems) = Read("\uFEFFرقم البطاقة;تاريخ الازدياد;الجماعة\nAB123456;17/05/1980;بني ملال\n");

        problems.ShouldBeEmpty();
        lines.ShouldBe([new RollLine(2, "AB123456", Date("1980-05-17"), "beni-mellal")]);
    }

    [Fact]
    public void AFileWithoutHeader_StartsAtLineOne()
    {
        var (lines, problems) = Read("AB123456,1980-05-17,beni-mellal\n");

        problems.ShouldBeEmpty();
        lines.Single().Line.ShouldBe(1);
    }

    [Fact]
    public void CommasAndSemicolons_BothSeparateFields()
    {
        var (lines, problems) = Read("AB123456,1980-05-17,beni-mellal\nCD654321;1975-01-31;azilal\n");

        problems.ShouldBeEmpty();
        lines.Select(l => (l.CardNumber, l.CommuneTenantId)).ShouldBe([("AB123456", "beni-mellal"), ("CD654321", "azilal")]);
    }

    [Fact]
    public void QuotedFields_MayHoldTheSeparator_AndDoubledQuotes()
    {
        var (lines, problems) = Read("\"AB 123456\",\"17/05/1980\",\"Beni Mellal, centre\"\n\"CD654321\";\"1975-01-31\";\"azilal\"\n");

        problems.ShouldBeEmpty();
        lines.ShouldBe(
        [
            new RollLine(1, "AB123456", Date("1980-05-17"), "beni-mellal"),
            new RollLine(2, "CD654321", Date("1975-01-31"), "azilal"),
        ]);
    }

    [Theory]
    [InlineData("1980-05-17")]
    [InlineData("17/05/1980")]
    [InlineData("17/5/1980")]
    [InlineData("17-05-1980")]
    [InlineData(" 17/05/1980 ")]
    public void BirthDates_AreReadInIsoOrDayFirst(string text)
    {
        ElectoralRollCsv.TryDate(text, out var date).ShouldBeTrue();
        date.ShouldBe(Date("1980-05-17"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("05/17/1980")]
    [InlineData("31/02/1980")]
    [InlineData("17.05.1980")]
    [InlineData("1899-12-31")]
    [InlineData("hier")]
    public void OtherBirthDates_AreRefused(string text) =>
        ElectoralRollCsv.TryDate(text, out _).ShouldBeFalse();

    [Fact]
    public void ArabicIndicDigits_LowercaseLettersSpacesAndHyphens_AreNormalizedInTheCardNumber()
    {
        var (lines, problems) = Read("AB١٢٣٤٥٦,1980-05-17,beni-mellal\ncd-654 321,1975-01-31,azilal\n");

        problems.ShouldBeEmpty();
        lines.Select(l => l.CardNumber).ShouldBe(["AB123456", "CD654321"]);
    }

    [Fact]
    public void EachBadLine_IsReportedWithItsLineNumberAndError()
    {
        var csv = string.Join('\n',
            "cnie,birth_date,commune",           // 1
            "AB123456,1980-05-17,beni-mellal",   // 2 good
            "123456,1980-05-17,beni-mellal",     // 3 bad card
            "CD654321,31/02/1980,beni-mellal",   // 4 bad date
            "EF111222,1980-05-17,Casablanca",    // 5 unknown commune
            "GH333444,1980-05-17",               // 6 missing column
            "",                                  // 7 blank: skipped, still counted
            "ab 123456,1990-01-01,azilal",       // 8 duplicate of line 2
            "IJ555666,1985-03-03,azilal");       // 9 good

        var (lines, problems) = Read(csv);

        problems.ShouldBe(
        [
            new RollProblem(3, RollLineError.BadCardNumber, "123456"),
            new RollProblem(4, RollLineError.BadBirthDate, "31/02/1980"),
            new RollProblem(5, RollLineError.UnknownCommune, "Casablanca"),
            new RollProblem(6, RollLineError.MissingColumns, "GH333444,1980-05-17"),
            new RollProblem(8, RollLineError.DuplicateCard, "AB123456"),
        ]);
        lines.Select(l => (l.Line, l.CardNumber)).ShouldBe([(2, "AB123456"), (9, "IJ555666")]);
    }

    [Fact]
    public void ALineWithSeveralFaults_ReportsEachOfThem()
    {
        var (lines, problems) = Read("XYZ,someday,Casablanca\n");

        lines.ShouldBeEmpty();
        problems.ShouldBe(
        [
            new RollProblem(1, RollLineError.BadCardNumber, "XYZ"),
            new RollProblem(1, RollLineError.BadBirthDate, "someday"),
            new RollProblem(1, RollLineError.UnknownCommune, "Casablanca"),
        ]);
    }

    [Fact]
    public void AFileWithOneBadLine_StillReturnsTheGoodLines_AndTheProblem_SoTheCallerCanRefuseTheWholeFile()
    {
        var (lines, problems) = Read("cnie;birth_date;commune\nAB123456;1980-05-17;beni-mellal\nCD654321;1975-01-31;Rabat\nEF111222;01/01/1960;azilal\n");

        lines.Count.ShouldBe(2);
        lines.Select(l => l.Line).ShouldBe([2, 4]);
        problems.ShouldBe([new RollProblem(3, RollLineError.UnknownCommune, "Rabat")]);
        problems.ShouldNotBeEmpty();
    }

    [Fact]
    public void AnEmptyFile_HasNoLinesAndNoProblems()
    {
        var (lines, problems) = Read("");

        lines.ShouldBeEmpty();
        problems.ShouldBeEmpty();
    }

    // ---------------------------------------------------------------- Territories

    private static readonly Tenant[] Tenants =
    [
        new() { Id = "bmk", NameFr = "Béni Mellal-Khénifra", Kind = TenantKind.Region },
        new() { Id = "prov-beni-mellal", NameFr = "Province de Béni Mellal", Kind = TenantKind.Province, ParentId = "bmk" },
        new() { Id = "prov-azilal", NameFr = "Province d'Azilal", Kind = TenantKind.Province, ParentId = "bmk" },
        new() { Id = "beni-mellal", NameFr = "Béni Mellal", Kind = TenantKind.Commune, ParentId = "prov-beni-mellal" },
        new() { Id = "azilal", NameFr = "Azilal", Kind = TenantKind.Commune, ParentId = "prov-azilal" },
        new() { Id = "direct", NameFr = "Commune rattachée", Kind = TenantKind.Commune, ParentId = "bmk" },
        new() { Id = "rsk", NameFr = "Rabat-Salé-Kénitra", Kind = TenantKind.Region },
        new() { Id = "prov-kenitra", NameFr = "Province de Kénitra", Kind = TenantKind.Province, ParentId = "rsk" },
        new() { Id = "kenitra", NameFr = "Kénitra", Kind = TenantKind.Commune, ParentId = "prov-kenitra" },
    ];

    [Theory]
    [InlineData("beni-mellal", "prov-beni-mellal")]
    [InlineData("azilal", "prov-azilal")]
    [InlineData("kenitra", "prov-kenitra")]
    [InlineData("prov-beni-mellal", "prov-beni-mellal")]
    [InlineData("direct", null)]
    [InlineData("bmk", null)]
    [InlineData("unknown", null)]
    public void TheProvinceOfATenant_IsItselfOrItsNearestProvinceAncestor(string tenantId, string? province) =>
        Territories.ProvinceOf(Tenants, tenantId).ShouldBe(province);

    [Fact]
    public void TheProvincesOfARegion_AreItsOwn_InNameOrder()
    {
        Territories.ProvincesOf(Tenants, "bmk").Select(t => t.Id).ShouldBe(["prov-azilal", "prov-beni-mellal"]);
        Territories.ProvincesOf(Tenants, "rsk").Select(t => t.Id).ShouldBe(["prov-kenitra"]);
    }

    [Fact]
    public void ACommune_HasNoProvincesUnderIt() =>
        Territories.ProvincesOf(Tenants, "beni-mellal").ShouldBeEmpty();
}
