using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Consultations;

/// <summary>Where the council stands on an idea; every state but Submitted comes with its official answer.</summary>
public enum IdeaState
{
    Submitted,
    UnderStudy,
    Accepted,
    NotRetained,

    /// <summary>The idea became a project: <see cref="Idea.ProjectUrl"/> leads to it.</summary>
    Implemented,
}

/// <summary>
/// A citizen's idea for one axis of a programme under co-creation (e.g. "cleanliness and environment" in Béni
/// Mellal's open programme): others support it, the council answers officially and, when it became a project, links it.
/// </summary>
public sealed class Idea : ITenantOwned
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 5000;
    public const int MaxAnswerLength = 5000;
    public const int MaxProjectTitleLength = 300;
    public const int MaxProjectUrlLength = 500;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ConsultationId { get; set; }

    /// <summary>The axis: a section of the consultation.</summary>
    public long SectionId { get; set; }

    public string UserId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>How many people support it (kept with <see cref="IdeaSupport"/> rows in the same transaction).</summary>
    public int Supports { get; set; }

    public IdeaState State { get; set; }

    public string AnswerAr { get; set; } = "";

    public string AnswerFr { get; set; } = "";

    public DateTimeOffset? AnsweredUtc { get; set; }

    public string? ProjectTitle { get; set; }

    /// <summary>A path on this site ("/budgets/…") or an https address.</summary>
    public string? ProjectUrl { get; set; }

    /// <summary>Set by moderation: the idea is hidden, with this public reason.</summary>
    public string? HiddenReason { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public string Answer(string culture) => Budgeting.Model.Bilingual.Pick(culture, AnswerAr, AnswerFr);

    /// <summary>Whether a link may be shown as the project the idea became: a site path or an https address, nothing else.</summary>
    public static bool IsSafeProjectUrl(string url) =>
        url.Length <= MaxProjectUrlLength
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\'))
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps));
}

/// <summary>One person's support of an idea (once per person).</summary>
public sealed class IdeaSupport : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long IdeaId { get; set; }

    public string UserId { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }
}
