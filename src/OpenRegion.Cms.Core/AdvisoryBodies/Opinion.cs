using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.AdvisoryBodies;

public enum OpinionOrigin
{
    /// <summary>The council referred the subject to the body with a question and a deadline.</summary>
    Referral,

    /// <summary>The body took up the subject itself.</summary>
    OwnInitiative,
}

public enum OpinionState
{
    /// <summary>Members draft the opinion together (versions, comments); only they see the drafts.</summary>
    Drafting,

    /// <summary>The body adopted the opinion and its chair or rapporteur submitted it to the council: it is public.</summary>
    Submitted,

    /// <summary>The council recorded its response.</summary>
    Answered,
}

/// <summary>
/// One file of a body's work: the council's referral (subject, question, documents, deadline) or the body's own
/// initiative, the opinion drafted in versions, adopted and submitted, then the council's response. The subject,
/// question and documents are public from the start; the text only once submitted.
/// </summary>
public sealed class Opinion : ITenantOwned
{
    public const int MaxSubjectLength = 300;
    public const int MaxQuestionLength = 5000;
    public const int MaxResponseLength = 20_000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long BodyId { get; set; }

    public OpinionOrigin Origin { get; set; }

    /// <summary>The public reference, e.g. "2026-003" (year of the referral, then its rank in the tenant that year).</summary>
    public string Reference { get; set; } = "";

    public string SubjectAr { get; set; } = "";

    public string SubjectFr { get; set; } = "";

    /// <summary>What the council asks (a referral) or why the body takes the subject up (own initiative).</summary>
    public string QuestionAr { get; set; } = "";

    public string QuestionFr { get; set; } = "";

    /// <summary>The last day the council gives the body; none for an own-initiative opinion.</summary>
    public DateOnly? DueOn { get; set; }

    public OpinionState State { get; set; }

    /// <summary>Media-library items sent with the referral, as a comma-separated list of ids.</summary>
    public string DocumentIds { get; set; } = "";

    public string? OpenedBy { get; set; }

    public DateTimeOffset OpenedUtc { get; set; }

    /// <summary>The version the body adopted; its text is the opinion.</summary>
    public int? AdoptedVersion { get; set; }

    public DateOnly? AdoptedOn { get; set; }

    public int? VotesFor { get; set; }

    public int? VotesAgainst { get; set; }

    public int? Abstentions { get; set; }

    public DateTimeOffset? SubmittedUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public string ResponseAr { get; set; } = "";

    public string ResponseFr { get; set; } = "";

    public DateTimeOffset? RespondedUtc { get; set; }

    public string? RespondedBy { get; set; }

    public string Subject(string culture) => Bilingual.Pick(culture, SubjectAr, SubjectFr);

    public string Question(string culture) => Bilingual.Pick(culture, QuestionAr, QuestionFr);

    public string Response(string culture) => Bilingual.Pick(culture, ResponseAr, ResponseFr);

    public IReadOnlyList<long> Documents => [.. DocumentIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse)];

    /// <summary>Whether the deadline passed without an opinion: the council may go on without it, the archive says so.</summary>
    public bool IsLate(DateOnly today) => State == OpinionState.Drafting && DueOn is { } due && due < today;
}

/// <summary>A saved state of the opinion's text; each save is a new version, none is overwritten.</summary>
public sealed class OpinionVersion : ITenantOwned
{
    public const int MaxTextLength = 50_000;
    public const int MaxNoteLength = 500;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long OpinionId { get; set; }

    public int Number { get; set; }

    /// <summary>The opinion's text (Markdown), in the language the body writes in.</summary>
    public string Text { get; set; } = "";

    /// <summary>What changed, in the author's words.</summary>
    public string Note { get; set; } = "";

    public string AuthorUserId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }
}

/// <summary>A member's comment on a version of the draft.</summary>
public sealed class OpinionComment : ITenantOwned
{
    public const int MaxBodyLength = 5000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long OpinionId { get; set; }

    /// <summary>The version the comment was written on (0 before the first version).</summary>
    public int VersionNumber { get; set; }

    public string AuthorUserId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }
}
