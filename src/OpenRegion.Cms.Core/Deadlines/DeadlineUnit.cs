namespace OpenRegion.Cms.Core.Deadlines;

/// <summary>How a legal deadline counts its amount.</summary>
public enum DeadlineUnit
{
    /// <summary>Monday to Friday, public holidays excepted (law 31-13), from the tenant's <see cref="Calendar.WorkingCalendar"/>.</summary>
    WorkingDays = 0,

    /// <summary>Every day counts ("within 8 days", "within 60 days").</summary>
    CalendarDays = 1,

    /// <summary>Calendar months ("within 2 months of the deposit"); the 31st becomes the month's last day.</summary>
    Months = 2,

    /// <summary>No rule of law: staff give the due date themselves.</summary>
    GivenDate = 3,
}
