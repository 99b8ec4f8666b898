using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Calendar;

/// <summary>A day off: a national holiday, or one a tenant recorded.</summary>
/// <param name="Provisional">
/// Religious holidays follow the lunar calendar and the moon sighting announced by the Ministry of Habous and
/// Islamic Affairs: until a tenant records the announced date, the Umm al-Qura date is used and marked provisional.
/// </param>
public sealed record Holiday(DateOnly Date, string NameAr, string NameFr, bool Provisional = false);

/// <summary>
/// The public holidays of Morocco: the civil ones on fixed dates, the religious ones on the Hijri calendar.
/// Data, not code: a tenant's "Calendar.Holidays" setting adds the announced dates and removes wrong ones.
/// </summary>
public static class MoroccanHolidays
{
    // Month, day, first year observed, names.
    private static readonly (int Month, int Day, int Since, string Ar, string Fr)[] Civil =
    [
        (1, 1, 1956, "رأس السنة الميلادية", "Nouvel An"),
        (1, 11, 1956, "ذكرى تقديم وثيقة الاستقلال", "Manifeste de l'Indépendance"),
        (1, 14, 2024, "رأس السنة الأمازيغية", "Nouvel An amazigh"),
        (5, 1, 1956, "عيد الشغل", "Fête du Travail"),
        (7, 30, 1999, "عيد العرش", "Fête du Trône"),
        (8, 14, 1979, "ذكرى استرجاع وادي الذهب", "Allégeance d'Oued Eddahab"),
        (8, 20, 1956, "ذكرى ثورة الملك والشعب", "Révolution du Roi et du Peuple"),
        (8, 21, 1956, "عيد الشباب", "Fête de la Jeunesse"),
        (10, 31, 2025, "عيد الوحدة", "Fête de l'Unité"),
        (11, 6, 1975, "ذكرى المسيرة الخضراء", "Marche Verte"),
        (11, 18, 1956, "عيد الاستقلال", "Fête de l'Indépendance"),
    ];

    // Hijri month, day, number of days off, names.
    private static readonly (int Month, int Day, int Days, string Ar, string Fr)[] Religious =
    [
        (1, 1, 1, "فاتح محرم", "Nouvel An de l'Hégire"),
        (3, 12, 2, "عيد المولد النبوي", "Aïd al-Mawlid"),
        (10, 1, 2, "عيد الفطر", "Aïd al-Fitr"),
        (12, 10, 2, "عيد الأضحى", "Aïd al-Adha"),
    ];

    private static readonly UmAlQuraCalendar Hijri = new();

    public static IReadOnlyList<Holiday> For(int year)
    {
        var days = new List<Holiday>();
        foreach (var (month, day, since, ar, fr) in Civil)
        {
            if (year >= since)
            {
                days.Add(new Holiday(new DateOnly(year, month, day), ar, fr));
            }
        }

        // The Hijri years that overlap this Gregorian year (a Hijri year is 11 days shorter).
        var first = Hijri.GetYear(new DateTime(Math.Max(year, 1900), 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
        for (var hijriYear = first; hijriYear <= first + 1; hijriYear++)
        {
            foreach (var (month, day, length, ar, fr) in Religious)
            {
                var start = DateOnly.FromDateTime(Hijri.ToDateTime(hijriYear, month, day, 0, 0, 0, 0));
                for (var i = 0; i < length; i++)
                {
                    if (start.AddDays(i) is { } date && date.Year == year)
                    {
                        days.Add(new Holiday(date, ar, fr, Provisional: true));
                    }
                }
            }
        }

        return [.. days.OrderBy(d => d.Date)];
    }
}

/// <summary>
/// Working days as law 31-13 counts them (access to information: 20 working days to answer): Monday to Friday,
/// public holidays excepted. A deadline of n working days after a date is the n-th working day after it.
/// </summary>
public sealed class WorkingCalendar
{
    public const string Setting = "Calendar.Holidays";

    private readonly IReadOnlySet<DayOfWeek> _weekend;
    private readonly IReadOnlyList<Holiday> _added;
    private readonly IReadOnlySet<DateOnly> _removed;
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, Holiday>> _years = new();

    public WorkingCalendar(IEnumerable<Holiday>? added = null, IEnumerable<DateOnly>? removed = null, IReadOnlySet<DayOfWeek>? weekend = null)
    {
        _weekend = weekend ?? new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday };
        _added = [.. added ?? []];
        _removed = (removed ?? []).ToHashSet();
    }

    /// <summary>The national calendar with a tenant's recorded changes (setting <see cref="Setting"/>).</summary>
    public static WorkingCalendar For(TenantShell shell)
    {
        if (!shell.Settings.TryGetValue(Setting, out var json))
        {
            return new WorkingCalendar();
        }

        var changes = Parse(json);
        return new WorkingCalendar((changes.Add ?? []).Select(a => new Holiday(a.Date, a.Ar ?? a.Fr ?? "", a.Fr ?? a.Ar ?? "")), changes.Remove ?? []);
    }

    /// <summary>Reads a tenant's changes: { "add": [ { "date": "2026-03-21", "ar": "…", "fr": "…" } ], "remove": [ "2026-03-20" ] }.</summary>
    public static HolidayChanges Parse(string json) =>
        JsonSerializer.Deserialize<HolidayChanges>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? new HolidayChanges([], []);

    public Holiday? HolidayOn(DateOnly date) => Year(date.Year).GetValueOrDefault(date);

    public IReadOnlyCollection<Holiday> Holidays(int year) => [.. Year(year).Values.OrderBy(h => h.Date)];

    public bool IsWorkingDay(DateOnly date) => !_weekend.Contains(date.DayOfWeek) && HolidayOn(date) is null;

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="start"/> (the start itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>
    /// The working day that leaves <paramref name="workingDays"/> working days until <paramref name="date"/> (counted as
    /// <see cref="WorkingDaysBetween"/> counts them), e.g. the day a reminder "3 working days before" is sent.
    /// </summary>
    public DateOnly WorkingDaysBefore(DateOnly date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = date;
        for (var counted = 0; counted < workingDays; day = day.AddDays(-1))
        {
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        while (!IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    private IReadOnlyDictionary<DateOnly, Holiday> Year(int year) => _years.GetOrAdd(year, y =>
    {
        var days = new Dictionary<DateOnly, Holiday>();
        foreach (var holiday in MoroccanHolidays.For(y).Where(h => !_removed.Contains(h.Date)))
        {
            days.TryAdd(holiday.Date, holiday);
        }

        foreach (var holiday in _added.Where(h => h.Date.Year == y))
        {
            days[holiday.Date] = holiday;
        }

        return days;
    });
}

/// <summary>A tenant's corrections to the national calendar (e.g. the announced date of Eid al-Fitr).</summary>
public sealed record HolidayChanges(IReadOnlyList<AddedHoliday>? Add, IReadOnlyList<DateOnly>? Remove);

public sealed record AddedHoliday(DateOnly Date, string? Ar, string? Fr);
