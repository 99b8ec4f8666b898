using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Consultations;

/// <summary>One section of the draft under consultation, with the council's response to what was said about it.</summary>
public sealed class ConsultationSection : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ConsultationId { get; set; }

    public int Position { get; set; }

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    /// <summary>The draft's text (Markdown).</summary>
    public string BodyAr { get; set; } = "";

    public string BodyFr { get; set; } = "";

    /// <summary>A section withdrawn from comment (e.g. replaced by a new version) shows why and takes no contribution.</summary>
    public string? HiddenReason { get; set; }

    /// <summary>The council's response: what it heard on this section and what it changed.</summary>
    public string ResponseAr { get; set; } = "";

    public string ResponseFr { get; set; } = "";

    public string Title(string culture) => Bilingual.Pick(culture, TitleAr, TitleFr);

    public string Body(string culture) => Bilingual.Pick(culture, BodyAr, BodyFr);

    public string Response(string culture) => Bilingual.Pick(culture, ResponseAr, ResponseFr);
}
