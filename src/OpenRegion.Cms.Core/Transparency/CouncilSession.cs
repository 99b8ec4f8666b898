using System.Globalization;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Transparency;

/// <summary>An ordinary session (in the legal months of the council's level) or an extraordinary one.</summary>
public enum SessionKind
{
    Ordinary,
    Extraordinary,
}

/// <summary>What the council decided on an agenda item.</summary>
public enum DecisionOutcome
{
    Adopted,
    Rejected,
    Postponed,
    Withdrawn,
}

/// <summary>
/// A public session of the council: when and where it sits, what the public needs to know to attend, and its agenda
/// (<see cref="AgendaItem"/>), each item with its documents and, once deliberated, the decision and its vote.
/// </summary>
public sealed class CouncilSession : ITenantOwned
{
    public const int MaxTextLength = 2_000;
    public const int MaxPlaceLength = 300;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public SessionKind Kind { get; set; }

    public DateOnly OpensOn { get; set; }

    public TimeOnly? OpensAt { get; set; }

    /// <summary>The last day of the session when it sits several days; null for one day.</summary>
    public DateOnly? ClosesOn { get; set; }

    public string PlaceAr { get; set; } = "";

    public string PlaceFr { get; set; } = "";

    /// <summary>How the public may attend (seats, access, accessibility, live stream), in each language.</summary>
    public string AttendanceAr { get; set; } = "";

    public string AttendanceFr { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>When the elected members were last sent the convocation with the agenda and documents.</summary>
    public DateTimeOffset? ConvenedUtc { get; set; }

    /// <summary>How many elected members it was sent to.</summary>
    public int ConvenedMembers { get; set; }

    public int Revision { get; set; }

    public static string NoticeDeadlineKey(long sessionId) => "session:" + sessionId.ToString(CultureInfo.InvariantCulture) + ":notice";

    public DateOnly LastDay => ClosesOn ?? OpensOn;

    public string Place(string culture) => culture == "fr" ? (PlaceFr.Length > 0 ? PlaceFr : PlaceAr) : (PlaceAr.Length > 0 ? PlaceAr : PlaceFr);

    public string Attendance(string culture) => culture == "fr" ? (AttendanceFr.Length > 0 ? AttendanceFr : AttendanceAr) : (AttendanceAr.Length > 0 ? AttendanceAr : AttendanceFr);
}

/// <summary>One point of a session's agenda, its public documents, and the council's decision on it once deliberated and posted.</summary>
public sealed class AgendaItem : ITenantOwned
{
    public const int MaxTitleLength = 500;
    public const int MaxTextLength = 10_000;
    public const int MaxDocuments = 5;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long SessionId { get; set; }

    /// <summary>1, 2, 3… in the agenda's order.</summary>
    public int Position { get; set; }

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    /// <summary>Media library items (public documents), comma-separated ids.</summary>
    public string DocumentIds { get; set; } = "";

    public DecisionOutcome? Outcome { get; set; }

    public int? VotesFor { get; set; }

    public int? VotesAgainst { get; set; }

    public int? Abstentions { get; set; }

    /// <summary>The decision's own number, as the council numbers them (e.g. "2026/10/04").</summary>
    public string? DecisionNumber { get; set; }

    public string? DecisionTextAr { get; set; }

    public string? DecisionTextFr { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>When the decision was posted for the public (organic laws: within 8 days for a commune, 10 otherwise).</summary>
    public DateTimeOffset? PublishedUtc { get; set; }

    public string? PublishedBy { get; set; }

    public int Revision { get; set; }

    public string Title(string culture) => culture == "fr" ? (TitleFr.Length > 0 ? TitleFr : TitleAr) : (TitleAr.Length > 0 ? TitleAr : TitleFr);

    public string? DecisionText(string culture) => culture == "fr" ? DecisionTextFr ?? DecisionTextAr : DecisionTextAr ?? DecisionTextFr;

    public IReadOnlyList<long> Documents =>
        [.. DocumentIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0)];

    public static string PublicationDeadlineKey(long itemId) => "decision:" + itemId.ToString(CultureInfo.InvariantCulture) + ":posting";
}
