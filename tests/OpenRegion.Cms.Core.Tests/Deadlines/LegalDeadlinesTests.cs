using System.Text.Json;
using OpenRegion.Cms.Core.Calendar;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Tests.Deadlines;

public sealed class LegalDeadlinesTests
{
    private static TenantShell Tenant(TenantKind kind, Dictionary<string, string>? settings = null) =>
        new(new Tenant { Id = "t-" + kind.ToString().ToLowerInvariant(), Kind = kind }, settings ?? [], new Dictionary<string, IReadOnlySet<string>>());

    /// <summary>A commune that recorded the announced dates of this summer: no provisional (lunar) holiday left in August 2026.</summary>
    private static TenantShell WithoutAugustLunarHolidays()
    {
        var provisional = MoroccanHolidays.For(2026).Where(h => h.Provisional && h.Date.Month == 8).Select(h => h.Date.ToString("yyyy-MM-dd")).ToList();
        return Tenant(TenantKind.Commune, new() { [WorkingCalendar.Setting] = JsonSerializer.Serialize(new { remove = provisional }) });
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static LegalDeadlineRule Rule(string id) => LegalDeadlines.Find(id).ShouldNotBeNull();

    [Fact]
    public void AnInformationRequestOfThursday23July2026_IsDue20WorkingDaysLater_PastThroneDayAndTheAugustHolidays()
    {
        // Friday 24 July (1), 27-29 (4), Throne Day 30, 31 (5), 3-7 August (10), 10-13 (14), Oued Eddahab 14,
        // 17-19 (17), Revolution 20 and Youth 21, 24-26 (20).
        var tenant = WithoutAugustLunarHolidays();

        var due = Rule(LegalDeadlines.InformationRequest).DueDate(Date("2026-07-23"), tenant);

        due.ShouldBe(Date("2026-08-26"));
        WorkingCalendar.For(tenant).WorkingDaysBetween(Date("2026-07-23"), due).ShouldBe(20);
    }

    [Fact]
    public void WithTheNationalCalendar_ProvisionalLunarHolidaysPushTheSameRequestFurther()
    {
        var national = new WorkingCalendar();
        var lunarWeekdays = MoroccanHolidays.For(2026).Count(h => h.Provisional && h.Date > Date("2026-07-23") && h.Date <= Date("2026-08-26") && national.HolidayOn(h.Date) == h
            && h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

        var due = Rule(LegalDeadlines.InformationRequest).DueDate(Date("2026-07-23"), 20, national);

        national.WorkingDaysBetween(Date("2026-07-23"), due).ShouldBe(20);
        due.ShouldBe(national.AddWorkingDays(Date("2026-08-26"), lunarWeekdays));
    }

    [Fact]
    public void AnUrgentRequest_IsDueInThreeWorkingDays() =>
        // Wednesday 29 July 2026: Throne Day 30, Friday 31 (1), Monday 3 August (2), Tuesday 4 (3).
        Rule(LegalDeadlines.InformationRequestUrgent).DueDate(Date("2026-07-29"), Tenant(TenantKind.Region)).ShouldBe(Date("2026-08-04"));

    [Fact]
    public void AnExtension_AddsTwentyWorkingDaysToTheFirstDeadline() =>
        Rule(LegalDeadlines.InformationRequestExtension).DueDate(Date("2026-12-02"), Tenant(TenantKind.Commune)).ShouldBe(Date("2026-12-30"));

    [Fact]
    public void AComplaintToTheHeadOfTheBody_IsFiledWithin20WorkingDays_AndAnsweredWithin15Days()
    {
        var tenant = Tenant(TenantKind.Commune);
        // Monday 2 November 2026: Green March (6th) and Independence Day (18th) are not working days.
        Rule(LegalDeadlines.InformationComplaintFiling).DueDate(Date("2026-11-02"), tenant).ShouldBe(Date("2026-12-02"));
        Rule(LegalDeadlines.InformationComplaintAnswer).DueDate(Date("2026-11-02"), tenant).ShouldBe(Date("2026-11-17"));
    }

    [Fact]
    public void AComplaint_IsAnsweredWithin60Days_AndMissingItemsAskedWithin15()
    {
        var tenant = Tenant(TenantKind.Region);
        Rule(LegalDeadlines.ComplaintAnswer).DueDate(Date("2026-11-02"), tenant).ShouldBe(Date("2027-01-01"));
        Rule(LegalDeadlines.ComplaintMissingItems).DueDate(Date("2026-11-02"), tenant).ShouldBe(Date("2026-11-17"));
    }

    [Theory]
    [InlineData(TenantKind.Commune, "2026-10-13")]
    [InlineData(TenantKind.Province, "2026-10-15")]
    [InlineData(TenantKind.Region, "2026-10-15")]
    public void DeliberationDecisions_ArePostedWithin8DaysInACommune_And10Elsewhere(TenantKind kind, string due) =>
        Rule(LegalDeadlines.DeliberationPosting).DueDate(Date("2026-10-05"), Tenant(kind)).ShouldBe(Date(due));

    [Theory]
    [InlineData(TenantKind.Region, "2027-01-30")]
    [InlineData(TenantKind.Province, "2027-01-30")]
    [InlineData(TenantKind.Commune, "2027-02-28")] // three months after 30 November: February has no 30th
    public void APetitionsRejectionNotice_IsDueWithinTwoMonths_OrThreeInACommune(TenantKind kind, string due) =>
        Rule(LegalDeadlines.PetitionRejectionNotice).DueDate(Date("2026-11-30"), Tenant(kind)).ShouldBe(Date(due));

    [Fact]
    public void FinancialStatements_ArePublishedWithinTheMonthAfterTheBudgetIsApproved() =>
        Rule(LegalDeadlines.FinancialStatements).DueDate(Date("2026-01-31"), Tenant(TenantKind.Commune)).ShouldBe(Date("2026-02-28"));

    [Fact]
    public void TheDevelopmentProgrammeDecision_IsPostedWithin15Days_AndConcernsOnlyTheRegion()
    {
        var rule = Rule(LegalDeadlines.DevelopmentProgrammePosting);
        rule.DueDate(Date("2026-11-02"), Tenant(TenantKind.Region)).ShouldBe(Date("2026-11-17"));
        LegalDeadlines.For(TenantKind.Region).ShouldContain(rule);
        LegalDeadlines.For(TenantKind.Commune).ShouldNotContain(rule);
    }

    [Fact]
    public void ACustomDeadline_HasNoComputation() =>
        Should.Throw<InvalidOperationException>(() => Rule(LegalDeadlines.Custom).DueDate(Date("2026-11-02"), Tenant(TenantKind.Commune)));

    [Fact]
    public void ATenantSetting_ReplacesTheLegalAmount()
    {
        var rule = Rule(LegalDeadlines.InformationRequest);
        var stricter = Tenant(TenantKind.Commune, new() { [rule.SettingKey] = "15" });

        rule.SettingKey.ShouldBe("Deadlines.information-request.Amount");
        rule.AmountFor(stricter).ShouldBe(15);
        // 15 working days after Monday 2 November 2026 (6th and 18th off): Wednesday 25 November.
        rule.DueDate(Date("2026-11-02"), stricter).ShouldBe(Date("2026-11-25"));
        Rule(LegalDeadlines.PetitionRejectionNotice).AmountFor(Tenant(TenantKind.Commune, new() { ["Deadlines.petition-rejection-notice.Amount"] = "2" })).ShouldBe(2);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("99999")]
    [InlineData("\"twenty\"")]
    [InlineData("{")]
    [InlineData("null")]
    public void AnUnusableSetting_FallsBackToTheLaw(string json) =>
        Rule(LegalDeadlines.DeliberationPosting).AmountFor(Tenant(TenantKind.Commune, new() { ["Deadlines.deliberation-posting.Amount"] = json })).ShouldBe(8);

    [Fact]
    public void EveryRule_HasAUniqueId_NamesAndALegalBasisInThreeLanguages()
    {
        LegalDeadlines.All.Select(r => r.Id).ShouldBeUnique();
        foreach (var rule in LegalDeadlines.All)
        {
            foreach (var text in new[] { rule.Name, rule.Basis })
            {
                text.Ar.ShouldNotBeNullOrWhiteSpace();
                text.Fr.ShouldNotBeNullOrWhiteSpace();
                text.En.ShouldNotBeNullOrWhiteSpace();
                text.In("zgh").ShouldBe(text.Ar);
            }

            (rule.IsCustom || rule.Amount > 0).ShouldBeTrue(rule.Id);
        }
    }
}
