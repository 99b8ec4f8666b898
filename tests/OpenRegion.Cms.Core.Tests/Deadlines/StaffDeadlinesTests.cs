using Fluid;
using OpenRegion.Cms.Core.Calendar;
using OpenRegion.Cms.Core.Deadlines;

namespace OpenRegion.Cms.Core.Tests.Deadlines;

public sealed class StaffDeadlinesTests
{
    private readonly WorkingCalendar _calendar = new();

    // Moroccan time is UTC+1 outside Ramadan.
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0, int second = 0) => new(2026, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void ADeadline_IsDueAtTheEndOfItsDay_MoroccanTime() =>
        OpenRegion.Cms.Core.Content.LocalTime.EndOfDay(new DateOnly(2026, 12, 2)).ShouldBe(Utc(12, 2, 22, 59, 59));

    [Fact]
    public void Reminders_ComeThreeAndOneWorkingDaysBefore_AtNine_ThenTheOverdueNoticeWhenTheDayEnds()
    {
        // Due Wednesday 2 December 2026: three working days before is Friday 27 November (30 Nov, 1 and 2 Dec left).
        var due = Utc(12, 2, 22, 59, 59);

        var timers = StaffDeadlines.Timers("request:12", due, _calendar);

        timers.ShouldBe(
        [
            new DeadlineTimer("deadline:request:12:remind-3", StaffDeadlines.ReminderEvent, Utc(11, 27, 8), 3),
            new DeadlineTimer("deadline:request:12:remind-1", StaffDeadlines.ReminderEvent, Utc(12, 1, 8), 1),
            new DeadlineTimer("deadline:request:12:overdue", StaffDeadlines.OverdueEvent, due, 0),
        ]);
    }

    [Fact]
    public void Reminders_SkipHolidays()
    {
        // Due Friday 20 November 2026; Wednesday 18 is Independence Day: 3 working days before is Monday 16.
        var timers = StaffDeadlines.Timers("k", Utc(11, 20, 22, 59, 59), _calendar);

        timers[0].AtUtc.ShouldBe(Utc(11, 16, 8));
        timers[1].AtUtc.ShouldBe(Utc(11, 19, 8));
        _calendar.WorkingDaysBetween(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 20)).ShouldBe(3);
    }

    [Fact]
    public void ADeadlineOnASaturday_IsRemindedOnTheWorkingDaysBeforeIt() =>
        // Due Saturday 28 November 2026: the last working day before is Friday 27; one working day left on Thursday 26.
        StaffDeadlines.Timers("k", Utc(11, 28, 22, 59, 59), _calendar)[1].AtUtc.ShouldBe(Utc(11, 26, 8));

    [Theory]
    [InlineData(11, 23, 9, 7)]   // Monday 23 November: 24-27 and 30 November, 1 and 2 December
    [InlineData(12, 1, 9, 1)]
    [InlineData(12, 2, 9, 0)]    // the last day itself
    [InlineData(12, 2, 23, -1)]  // 00:00 on Thursday 3 December in Morocco: a working day late
    [InlineData(12, 7, 9, -3)]   // Monday 7 December: 3, 4 and 7 December since
    public void WorkingDaysLeft_CountsAfterToday_AndNegativeOnceOverdue(int month, int day, int hour, int expected) =>
        StaffDeadlines.WorkingDaysLeft(Utc(12, 2, 22, 59, 59), Utc(month, day, hour), _calendar).ShouldBe(expected);

    [Fact]
    public void ADeadlineWhoseRemindersArePast_StillHasThemPlanned_AndTheyAreAllBeforeNow()
    {
        // Recorded on Tuesday 1 December at noon for a deadline of 2 December: both reminders are behind us.
        var now = Utc(12, 1, 11);
        var reminders = StaffDeadlines.Timers("k", Utc(12, 2, 22, 59, 59), _calendar).Where(t => t.EventType == StaffDeadlines.ReminderEvent);

        reminders.ShouldAllBe(t => t.AtUtc <= now);
    }

    [Theory]
    [InlineData(DeadlineNotifications.Reminder)]
    [InlineData(DeadlineNotifications.Overdue)]
    public void TheNotificationTemplates_ParseInEveryLanguage_AndReadWell(string key)
    {
        var template = key == DeadlineNotifications.Reminder ? DeadlineNotifications.ReminderTemplate : DeadlineNotifications.OverdueTemplate;
        var parser = new FluidParser();
        template.Texts.Keys.ShouldBe(["ar", "fr", "en"], ignoreOrder: true);
        foreach (var (culture, text) in template.Texts)
        {
            foreach (var source in new[] { text.Title, text.Body })
            {
                parser.TryParse(source, out var parsed, out var error).ShouldBeTrue($"{key} {culture}: {error}");
                var model = new TemplateContext(new { title = "Demande n° 12", reference = (string?)null, due_date = "2026-12-02", days_left = 1 }, new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() });
                var output = parsed.Render(model);
                output.ShouldContain("Demande n° 12");
                output.ShouldNotContain("{{");
                output.ShouldNotContain("(المرجع");
                output.ShouldNotContain("(référence");
            }
        }

        var english = new FluidParser().Parse(DeadlineNotifications.ReminderTemplate.For("en").Title)
            .Render(new TemplateContext(new { title = "Budget", days_left = 3 }, new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() }));
        english.ShouldBe("Deadline in 3 working days: Budget");
    }
}
