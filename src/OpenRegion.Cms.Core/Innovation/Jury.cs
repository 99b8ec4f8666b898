using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Innovation;

/// <summary>
/// A member of a challenge's jury: an account appointed by staff (an elected member, an expert of the services, a
/// partner, the equality body's representative for a contest), with the name and e-mail shown to the secretariat
/// copied at appointment.
/// </summary>
public sealed class JuryMember : ITenantOwned
{
    public const int MaxOrganisationLength = 200;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ChallengeId { get; set; }

    public string UserId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>The account's e-mail at appointment: a team listing it is the juror's own team (a conflict without declaration).</summary>
    public string Email { get; set; } = "";

    /// <summary>Whom the member comes from: the council, a university, the parity and equal-opportunity body…</summary>
    public string Organisation { get; set; } = "";

    public DateTimeOffset AppointedUtc { get; set; }

    public string AppointedBy { get; set; } = "";
}

/// <summary>A juror's declaration of a conflict of interest with one solution: they do not score it, and a sheet they had sent for it is withdrawn.</summary>
public sealed class JuryConflict : ITenantOwned
{
    public const int MaxReasonLength = 500;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ChallengeId { get; set; }

    public long SolutionId { get; set; }

    public string UserId { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTimeOffset DeclaredUtc { get; set; }
}

/// <summary>One juror's sheet for one solution: a score per criterion (<see cref="JuryScore"/>) and an optional comment for the deliberation.</summary>
public sealed class JurySheet : ITenantOwned
{
    public const int MaxCommentLength = 2_000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ChallengeId { get; set; }

    public long SolutionId { get; set; }

    public string UserId { get; set; } = "";

    public string Comment { get; set; } = "";

    public DateTimeOffset SubmittedUtc { get; set; }

    public int Revision { get; set; }
}

/// <summary>A score from 0 to 10 on one criterion of a sheet.</summary>
public sealed class JuryScore : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long SheetId { get; set; }

    public long CriterionId { get; set; }

    public int Score { get; set; }
}
