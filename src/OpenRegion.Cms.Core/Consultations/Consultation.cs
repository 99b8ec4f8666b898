using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Consultations;

/// <summary>Where a consultation stands; it follows from its dates and whether its synthesis is out.</summary>
public enum ConsultationPhase
{
    /// <summary>Not published yet, or its opening date has not come: only staff see it.</summary>
    Draft,

    /// <summary>Citizens read the draft and contribute.</summary>
    Open,

    /// <summary>Contributions are closed; the council prepares its synthesis.</summary>
    Closed,

    /// <summary>The synthesis and the council's responses are published.</summary>
    Synthesis,
}

/// <summary>
/// A public consultation on a draft document (the regional development programme, the open-government action plan,
/// a regulation): the draft split into sections that citizens comment on, open between two dates, then a synthesis
/// with the council's response to each section.
/// </summary>
public sealed class Consultation : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string Slug { get; set; } = "";

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    /// <summary>What is consulted on and why, what happens to contributions (Markdown).</summary>
    public string SummaryAr { get; set; } = "";

    public string SummaryFr { get; set; } = "";

    public DateTimeOffset? OpensUtc { get; set; }

    public DateTimeOffset? ClosesUtc { get; set; }

    /// <summary>When the council published its synthesis ("what we heard, what we changed"); null before.</summary>
    public DateTimeOffset? SynthesisPublishedUtc { get; set; }

    public string SynthesisAr { get; set; } = "";

    public string SynthesisFr { get; set; } = "";

    /// <summary>Co-creation: citizens also propose ideas for each section (an axis of the programme) and support others'.</summary>
    public bool CollectsIdeas { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public string Title(string culture) => Bilingual.Pick(culture, TitleAr, TitleFr);

    public string Summary(string culture) => Bilingual.Pick(culture, SummaryAr, SummaryFr);

    public ConsultationPhase PhaseAt(DateTimeOffset now) =>
        SynthesisPublishedUtc is not null ? ConsultationPhase.Synthesis
        : ClosesUtc <= now ? ConsultationPhase.Closed
        : OpensUtc <= now ? ConsultationPhase.Open
        : ConsultationPhase.Draft;
}
