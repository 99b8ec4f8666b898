using System.Globalization;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// Editors type and citizens read times in Moroccan time; the database keeps UTC. Morocco is UTC+1 except
/// during Ramadan, which the IANA zone knows and a fixed offset would not.
/// </summary>
public static class LocalTime
{
    public static TimeZoneInfo Zone { get; } = Find();

    public static DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>Value for an &lt;input type="datetime-local"&gt;.</summary>
    public static string ToInput(DateTimeOffset? utc) =>
        utc is { } value ? ToLocal(value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>Parses an &lt;input type="datetime-local"&gt; value; null when empty, false when unreadable.</summary>
    public static bool TryParseInput(string? text, out DateTimeOffset? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];
        if (!DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        utc = new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
        return true;
    }

    /// <summary>The Moroccan calendar day <paramref name="utc"/> falls on.</summary>
    public static DateOnly Date(DateTimeOffset utc) => DateOnly.FromDateTime(ToLocal(utc).DateTime);

    /// <summary>The instant <paramref name="time"/> of <paramref name="date"/> in Moroccan time, as UTC.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The last second of <paramref name="date"/> in Moroccan time: a deadline "by that day" is met until then.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => At(date, new TimeOnly(23, 59, 59));

    /// <summary>Long date (and time) for citizens: Moroccan Arabic month names with Latin digits, French, or Tamazight.</summary>
    public static string Format(DateTimeOffset utc, string culture, bool withTime = false)
    {
        var format = Culture(culture);
        var local = ToLocal(utc);
        return withTime ? local.ToString("d MMMM yyyy، HH:mm", format).Replace("،", culture == "ar" ? "،" : ",", StringComparison.Ordinal) : local.ToString("d MMMM yyyy", format);
    }

    // Looked up once: GetCultureInfo takes a lock, and a page of comments formats hundreds of dates.
    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar-MA");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-MA");
    private static readonly CultureInfo Tamazight = CultureInfo.GetCultureInfo("zgh");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(string culture) => culture switch
    {
        "ar" => Arabic,
        "fr" => French,
        "zgh" => Tamazight,
        _ => English,
    };

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Morocco", TimeSpan.FromHours(1), "Morocco", "Morocco");
        }
    }
}
