using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Petitions;

/// <summary>Who files a petition: citizens (through their proxy) or an association (through its representative).</summary>
public enum PetitionFiler
{
    Citizens,
    Association,
}

/// <summary>
/// A petition to a council: its text, its filer, its signatures (counted in <see cref="SignatureCount"/>, kept
/// exact by the same update that locks the row against a concurrent deposit), and the procedure's dates and
/// decisions. Written in one language, the filer's.
/// </summary>
public sealed class Petition : ITenantOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 10_000;
    public const int MaxNameLength = 200;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    /// <summary>The subject: what the council is asked to put on its agenda.</summary>
    public string Title { get; set; } = "";

    public string Reasons { get; set; } = "";

    public string Objectives { get; set; } = "";

    /// <summary>"ar" or "fr": the language it is written in, for its direction.</summary>
    public string Language { get; set; } = "ar";

    public PetitionFiler Filer { get; set; }

    /// <summary>The account that filed it and follows the procedure (the proxy or the association's representative).</summary>
    public string FilerUserId { get; set; } = "";

    /// <summary>The proxy's (or representative's) name as it appears on the petition.</summary>
    public string ProxyName { get; set; } = "";

    /// <summary>For an association: whether the representative is its legal representative or a mandated person.</summary>
    public bool RepresentativeMandated { get; set; }

    public string? AssociationName { get; set; }

    public DateOnly? AssociationFoundedOn { get; set; }

    public int? AssociationMembers { get; set; }

    /// <summary>The documents the decree requires: [{ "kind", "path", "name" }], files of the media library.</summary>
    public string AttachmentsJson { get; set; } = "[]";

    public PetitionState State { get; set; }

    public int SignatureCount { get; set; }

    /// <summary>The threshold that applied when it was deposited (the settings may change later).</summary>
    public int? RequiredSignatures { get; set; }

    /// <summary>The deposit receipt's number, e.g. "2026-0007", given at once on deposit.</summary>
    public string? ReceiptNumber { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? OpenedUtc { get; set; }

    public DateTimeOffset? DepositedUtc { get; set; }

    /// <summary>The bureau's admissibility checklist: { "condition": true|false }.</summary>
    public string ChecklistJson { get; set; } = "{}";

    /// <summary>The reasons of the bureau's decision (required for a rejection: they are the reasoned notice).</summary>
    public string? DecisionReasons { get; set; }

    public DateTimeOffset? DecidedUtc { get; set; }

    /// <summary>The month of the ordinary session whose agenda it goes on (first day of the month), or the session's date.</summary>
    public DateOnly? SessionDate { get; set; }

    public string? Committee { get; set; }

    /// <summary>Whether the council adopted what the petition asked (null until it deliberates).</summary>
    public bool? Adopted { get; set; }

    /// <summary>The deliberation's outcome as the council worded it.</summary>
    public string? Deliberation { get; set; }

    public DateTimeOffset? DeliberatedUtc { get; set; }
}
