using System.Globalization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Transparency;

/// <summary>How a request or a complaint reached the body: online, or handed in, posted or e-mailed and recorded by staff.</summary>
public enum ReceiptChannel
{
    Online,
    Counter,
    Post,
    Email,
}

/// <summary>The form in which the requester wants the information (law 31-13 art 14).</summary>
public enum InformationForm
{
    Electronic,
    PaperCopy,
    ConsultOnSite,
}

/// <summary>
/// A request for information under law 31-13: who asks (art 14: name, address, CNIE or residence-permit number, e-mail
/// if any), what is sought, and each step the body took — extension, answer with its grounds, the requester's complaint
/// to the head of the body and its answer. The deadlines come from <see cref="InformationRequestRules"/> on
/// <see cref="Facts"/>. The requester's identity is never public; the register shows the subject only when they agreed.
/// </summary>
public sealed class InformationRequest : ITenantOwned
{
    public const int MaxNameLength = 200;
    public const int MaxSubjectLength = 300;
    public const int MaxTextLength = 10_000;
    public const int MaxIdentityLength = 20;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    /// <summary>The receipt number, per tenant and year: "2026-0007".</summary>
    public string Number { get; set; } = "";

    public ReceiptChannel Channel { get; set; }

    public DateTimeOffset ReceivedUtc { get; set; }

    /// <summary>The requester's account when filed online (or linked by staff); null for a paper request of someone without one.</summary>
    public string? RequesterUserId { get; set; }

    public string RequesterName { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>CNIE or residence-permit number, as written; shown to the staff who handle requests, never published.</summary>
    public string IdentityNumber { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>A short title of what is sought: the register shows it when <see cref="ShowInRegister"/>.</summary>
    public string Subject { get; set; } = "";

    public string Details { get; set; } = "";

    public InformationForm Form { get; set; }

    public bool Urgent { get; set; }

    /// <summary>Why it is urgent (life, safety or liberty of a person, art 17).</summary>
    public string? UrgencyReason { get; set; }

    /// <summary>The requester agreed that the subject (never their name) appears in the public register.</summary>
    public bool ShowInRegister { get; set; }

    /// <summary>"ar" or "fr": the language the requester wrote in and is answered in.</summary>
    public string Language { get; set; } = "ar";

    /// <summary>Who recorded a request received at the counter, by post or by e-mail.</summary>
    public string? RecordedBy { get; set; }

    public DateOnly? ExtendedOn { get; set; }

    public string? ExtensionReason { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    public InformationOutcome? Outcome { get; set; }

    /// <summary>The art 7 exceptions a partial answer or a refusal rests on, comma-separated names.</summary>
    public string Grounds { get; set; } = "";

    public string? AnswerText { get; set; }

    /// <summary>The document given in answer, stored in the tenant's files but served only to the requester and staff.</summary>
    public string? AnswerDocumentPath { get; set; }

    public string? AnswerDocumentName { get; set; }

    public string? AnswerDocumentType { get; set; }

    public string? AnsweredBy { get; set; }

    public DateOnly? ComplainedOn { get; set; }

    public string? ComplaintText { get; set; }

    public DateOnly? ComplaintAnsweredOn { get; set; }

    public string? ComplaintAnswerText { get; set; }

    /// <summary>Bumped by every step: two clerks acting at once cannot both succeed.</summary>
    public int Revision { get; set; }

    public DateOnly ReceivedOn => LocalTime.Date(ReceivedUtc);

    public IReadOnlyList<InformationException> GroundList =>
        [.. Grounds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(g => Enum.TryParse<InformationException>(g, out var ground) ? ground : (InformationException?)null)
            .OfType<InformationException>()];

    public InformationRequestFacts Facts => new(ReceivedOn, Urgent, ExtendedOn, AnsweredOn, Outcome, ComplainedOn, ComplaintAnsweredOn);

    public static string DeadlineKey(long id) => "information:" + id.ToString(CultureInfo.InvariantCulture);

    public static string ComplaintDeadlineKey(long id) => DeadlineKey(id) + ":complaint";
}
