using OpenRegion.Cms.Core.Calendar;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private readonly WorkingCalendar _calendar = new();

    [Theory]
    [InlineData("2026-11-06")] // Green March (a Friday)
    [InlineData("2026-11-18")] // Independence Day (a Wednesday)
    [InlineData("2026-01-14")] // Amazigh New Year, a holiday since 2024
    [InlineData("2026-07-30")] // Throne Day
    [InlineData("2026-11-21")] // a Saturday
    [InlineData("2026-11-22")] // a Sunday
    public void DaysOff_AreNotWorkingDays(string date) => _calendar.IsWorkingDay(DateOnly.Parse(date)).ShouldBeFalse();

    [Theory]
    [InlineData("2026-11-23")]
    [InlineData("2026-11-19")]
    [InlineData("2023-01-16")]
    public void OrdinaryWeekdays_AreWorkingDays(string date) => _calendar.IsWorkingDay(DateOnly.Parse(date)).ShouldBeTrue();

    [Fact]
    public void TheAmazighNewYear_IsAHolidayOnlySince2024() =>
        _calendar.HolidayOn(new DateOnly(2023, 1, 14)).ShouldBeNull(); // and 2023-01-14 was a Saturday anyway

    [Fact]
    public void ADeadlineInWorkingDays_SkipsWeekendsAndHolidays()
    {
        // Three working days after Monday 16 November 2026: Tuesday 17, (18 is Independence Day), Thursday 19, Friday 20.
        _calendar.AddWorkingDays(new DateOnly(2026, 11, 16), 3).ShouldBe(new DateOnly(2026, 11, 20));
        _calendar.AddWorkingDays(new DateOnly(2026, 11, 16), 0).ShouldBe(new DateOnly(2026, 11, 16));
    }

    [Fact]
    public void AnInformationRequestOfMonday2November2026_IsDueOnWednesday2December()
    {
        // Law 31-13: 20 working days. November 2026 has two holidays on weekdays (6th and 18th).
        var due = _calendar.AddWorkingDays(new DateOnly(2026, 11, 2), 20);

        due.ShouldBe(new DateOnly(2026, 12, 2));
        _calendar.WorkingDaysBetween(new DateOnly(2026, 11, 2), due).ShouldBe(20);
        _calendar.WorkingDaysBetween(due, new DateOnly(2026, 11, 2)).ShouldBe(0);
    }

    [Fact]
    public void ReligiousHolidays_FollowTheHijriCalendar_AndAreProvisional()
    {
        var holidays = MoroccanHolidays.For(2026);

        var fitr = holidays.Where(h => h.NameFr == "Aïd al-Fitr").ToList();
        fitr.Count.ShouldBe(2);
        fitr.ShouldAllBe(h => h.Provisional && h.Date.Month == 3);
        fitr[1].Date.ShouldBe(fitr[0].Date.AddDays(1));
        holidays.Count(h => h.NameFr == "Aïd al-Adha").ShouldBe(2);
        holidays.Where(h => h.NameFr == "Aïd al-Adha").ShouldAllBe(h => h.Date.Month == 5);
        holidays.Count(h => h.NameFr == "Aïd al-Mawlid").ShouldBe(2);
        holidays.Where(h => !h.Provisional).Select(h => h.Date.Month).ShouldContain(11);
    }

    [Fact]
    public void ATenantRecordsTheAnnouncedDate_AndRemovesTheProvisionalOne()
    {
        var provisional = MoroccanHolidays.For(2026).First(h => h.NameFr == "Aïd al-Fitr").Date;
        var announced = provisional.AddDays(1).AddDays(1); // the moon was seen a day later: days off shift by one
        var json = $$"""{ "add": [ { "date": "{{announced:yyyy-MM-dd}}", "ar": "عيد الفطر (اليوم الثاني)", "fr": "Aïd al-Fitr (2e jour)" } ], "remove": [ "{{provisional:yyyy-MM-dd}}" ] }""";
        var shell = new TenantShell(new Tenant { Id = "azilal" }, new Dictionary<string, string> { [WorkingCalendar.Setting] = json }, new Dictionary<string, IReadOnlySet<string>>());

        var calendar = WorkingCalendar.For(shell);

        calendar.HolidayOn(provisional).ShouldBeNull();
        calendar.HolidayOn(announced).ShouldNotBeNull().NameFr.ShouldBe("Aïd al-Fitr (2e jour)");
        calendar.HolidayOn(announced).ShouldNotBeNull().Provisional.ShouldBeFalse();
        WorkingCalendar.For(new TenantShell(new Tenant { Id = "khouribga" }, new Dictionary<string, string>(), new Dictionary<string, IReadOnlySet<string>>()))
            .HolidayOn(provisional).ShouldNotBeNull();
    }

    [Fact]
    public void ANegativeNumberOfDays_IsRefused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(new DateOnly(2026, 1, 1), -1));
}
