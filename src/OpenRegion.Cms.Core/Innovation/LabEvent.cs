using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Innovation;

/// <summary>The lab's gatherings (../shared/seed-documents/open-region-program-2020-2023.txt): consultation sessions to identify local problems, a masterclass, workshops, a demonstration day.</summary>
public enum LabEventKind
{
    ConsultationSession,
    Masterclass,
    Workshop,
    DemoDay,
}

/// <summary>Why an event or a registration is refused; nothing is recorded.</summary>
public enum EventProblem
{
    TitleNeeded,
    PlaceNeeded,
    EndsBeforeStart,
    TooLong,
    CapacityOutOfRange,
    Cancelled,
    Started,
    Full,
    AlreadyRegistered,
    NotRegistered,
    NotYetHeld,
}

/// <summary>
/// An event of the lab, for one challenge or the whole lab: when and where, how many seats; citizens register on the
/// site until it starts, and staff mark who attended (an indicator of participation).
/// </summary>
public sealed class LabEvent : ITenantOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 4_000;
    public const int MaxCapacity = 2_000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    /// <summary>The challenge it belongs to; null for an event of the whole lab (a masterclass).</summary>
    public long? ChallengeId { get; set; }

    public LabEventKind Kind { get; set; }

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    public string DescriptionAr { get; set; } = "";

    public string DescriptionFr { get; set; } = "";

    public string PlaceAr { get; set; } = "";

    public string PlaceFr { get; set; } = "";

    public DateTimeOffset StartsUtc { get; set; }

    public DateTimeOffset EndsUtc { get; set; }

    public int Capacity { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? CancelledUtc { get; set; }

    public string Title(string culture) => Challenge.Pick(culture, TitleAr, TitleFr);

    public string Description(string culture) => Challenge.Pick(culture, DescriptionAr, DescriptionFr);

    public string Place(string culture) => Challenge.Pick(culture, PlaceAr, PlaceFr);

    /// <summary>Checks an event staff announce: a title and a place, an end after the start on the same or next days (a week at most), 1 to 2,000 seats.</summary>
    public EventProblem? Check() =>
        TitleAr.Length == 0 && TitleFr.Length == 0 ? EventProblem.TitleNeeded
        : PlaceAr.Length == 0 && PlaceFr.Length == 0 ? EventProblem.PlaceNeeded
        : EndsUtc <= StartsUtc ? EventProblem.EndsBeforeStart
        : EndsUtc - StartsUtc > TimeSpan.FromDays(7) ? EventProblem.TooLong
        : Capacity is < 1 or > MaxCapacity ? EventProblem.CapacityOutOfRange
        : null;

    /// <summary>Whether a citizen may register now: not cancelled, not started, a seat free.</summary>
    public EventProblem? CheckRegistration(int registered, DateTimeOffset nowUtc) =>
        CancelledUtc is not null ? EventProblem.Cancelled
        : nowUtc >= StartsUtc ? EventProblem.Started
        : registered >= Capacity ? EventProblem.Full
        : null;
}

/// <summary>
/// A citizen's seat at an event: seats are numbered 1..capacity and a seat is held once (a unique index), so two
/// citizens taking the last seat at once cannot both have it. Staff mark attendance once the event has started.
/// </summary>
public sealed class LabEventRegistration : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long EventId { get; set; }

    public int Seat { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>The name shown to staff on the attendance list (copied at registration).</summary>
    public string Name { get; set; } = "";

    /// <summary>The account's e-mail at registration: staff write to those registered, and a team member who also attended counts once.</summary>
    public string Email { get; set; } = "";

    public DateTimeOffset RegisteredUtc { get; set; }

    public bool Attended { get; set; }

    /// <summary>The lowest seat free among 1..capacity, or null when every seat is taken.</summary>
    public static int? FreeSeat(IEnumerable<int> taken, int capacity)
    {
        var held = taken.ToHashSet();
        for (var seat = 1; seat <= capacity; seat++)
        {
            if (!held.Contains(seat))
            {
                return seat;
            }
        }

        return null;
    }
}
