using System.Globalization;
using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Cms.Core.AdvisoryBodies;

/// <summary>Why a member's action on an opinion is refused; the pages say it in the reader's language.</summary>
public enum OpinionRefusal
{
    /// <summary>The user holds no running seat on the opinion's body (members of other bodies included).</summary>
    NotAMember,

    /// <summary>The opinion was submitted: its text is final.</summary>
    NotDrafting,

    /// <summary>Someone saved a newer version while this one was being edited.</summary>
    StaleVersion,

    /// <summary>Only the chair or the rapporteur submits on the body's behalf.</summary>
    NotChairOrRapporteur,

    /// <summary>The version to adopt does not exist.</summary>
    NoSuchVersion,

    /// <summary>The adoption day is in the future or before the file was opened.</summary>
    AdoptionDate,

    /// <summary>Vote counts are negative, absurdly large, or do not make a majority for.</summary>
    Votes,
}

/// <summary>The drafting rules of a body's opinion, independent of storage.</summary>
public static class OpinionRules
{
    /// <summary>Reminders to the members go out this many days before the due date, at 9:00 Moroccan time.</summary>
    public static readonly IReadOnlyList<int> ReminderDays = [7, 2];

    public const int MaxVotes = 1000;

    /// <summary>The running seat of <paramref name="userId"/> on the body among <paramref name="seats"/>, if any.</summary>
    public static BodyMember? Seat(IEnumerable<BodyMember> seats, long bodyId, string? userId, DateOnly today) =>
        userId is null ? null : seats.FirstOrDefault(s => s.BodyId == bodyId && s.UserId == userId && s.SitsOn(today));

    /// <summary>Whether a member may save a version or comment; <paramref name="baseVersion"/> is the version they edited from (null for a comment).</summary>
    public static OpinionRefusal? CheckDrafting(Opinion opinion, BodyMember? seat, int latestVersion, int? baseVersion)
    {
        if (seat is null || seat.BodyId != opinion.BodyId)
        {
            return OpinionRefusal.NotAMember;
        }

        if (opinion.State != OpinionState.Drafting)
        {
            return OpinionRefusal.NotDrafting;
        }

        return baseVersion is { } edited && edited != latestVersion ? OpinionRefusal.StaleVersion : null;
    }

    /// <summary>Whether the seat may submit <paramref name="version"/> as adopted on <paramref name="adoptedOn"/> with these votes.</summary>
    public static OpinionRefusal? CheckSubmission(Opinion opinion, BodyMember? seat, int latestVersion, int version, DateOnly adoptedOn, int votesFor, int votesAgainst, int abstentions, DateOnly today)
    {
        if (CheckDrafting(opinion, seat, latestVersion, null) is { } refusal)
        {
            return refusal;
        }

        if (!seat!.Submits)
        {
            return OpinionRefusal.NotChairOrRapporteur;
        }

        if (version < 1 || version > latestVersion)
        {
            return OpinionRefusal.NoSuchVersion;
        }

        if (adoptedOn > today || adoptedOn < LocalTime.Date(opinion.OpenedUtc))
        {
            return OpinionRefusal.AdoptionDate;
        }

        return votesFor is < 1 or > MaxVotes || votesAgainst is < 0 or > MaxVotes || abstentions is < 0 or > MaxVotes || votesFor <= votesAgainst
            ? OpinionRefusal.Votes
            : null;
    }

    /// <summary>When the members are reminded of a due date: the reminders still ahead of <paramref name="now"/>.</summary>
    public static IReadOnlyList<(int DaysLeft, DateTimeOffset AtUtc)> Reminders(DateOnly dueOn, DateTimeOffset now) =>
        [.. ReminderDays.Select(days => (days, LocalTime.At(dueOn.AddDays(-days), new TimeOnly(9, 0)))).Where(r => r.Item2 > now)];

    /// <summary>"2026-003": the year, then the file's rank among the tenant's files of that year.</summary>
    public static string Reference(int year, int rank) =>
        year.ToString(CultureInfo.InvariantCulture) + "-" + rank.ToString("D3", CultureInfo.InvariantCulture);
}
