using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.AdvisoryBodies;

/// <summary>The bodies the organic laws name (111-14 art. 117, 112-14 art. 111, 113-14 art. 120); others are "Other".</summary>
public enum AdvisoryBodyKind
{
    /// <summary>Equality, equal opportunity and gender approach (with civil society): every region, province and commune.</summary>
    Equality,

    /// <summary>Youth affairs (regions).</summary>
    Youth,

    /// <summary>Economic actors (regions).</summary>
    EconomicActors,

    /// <summary>A body the council's internal regulation adds.</summary>
    Other,
}

/// <summary>
/// An advisory body of a council: its mandate and members come from the council's internal regulation; the council
/// refers subjects to it and it answers with formal opinions, or issues them on its own initiative.
/// </summary>
public sealed class AdvisoryBody : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string Slug { get; set; } = "";

    public AdvisoryBodyKind Kind { get; set; }

    public string NameAr { get; set; } = "";

    public string NameFr { get; set; } = "";

    /// <summary>Its remit and composition as the internal regulation sets them (Markdown).</summary>
    public string MandateAr { get; set; } = "";

    public string MandateFr { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }

    public string Name(string culture) => Bilingual.Pick(culture, NameAr, NameFr);

    public string Mandate(string culture) => Bilingual.Pick(culture, MandateAr, MandateFr);

    /// <summary>The bodies the law requires of a council of this level: three for a region, the equality body otherwise.</summary>
    public static IReadOnlyList<AdvisoryBody> Required(TenantKind kind) => kind == TenantKind.Region
        ? [Equality(), Youth(), Economic()]
        : [Equality()];

    private static AdvisoryBody Equality() => new()
    {
        Slug = "equality", Kind = AdvisoryBodyKind.Equality,
        NameAr = "هيئة المساواة وتكافؤ الفرص ومقاربة النوع", NameFr = "Instance de l'équité, de l'égalité des chances et de l'approche genre",
        MandateAr = "تدرس القضايا المتعلقة بتفعيل مبادئ المساواة وتكافؤ الفرص ومقاربة النوع، بشراكة مع فعاليات المجتمع المدني.",
        MandateFr = "Étudie les questions relatives à la mise en œuvre des principes d'équité, d'égalité des chances et de l'approche genre, en partenariat avec la société civile.",
    };

    private static AdvisoryBody Youth() => new()
    {
        Slug = "youth", Kind = AdvisoryBodyKind.Youth,
        NameAr = "هيئة قضايا الشباب", NameFr = "Instance chargée des questions des jeunes",
        MandateAr = "تدرس القضايا المتعلقة باهتمامات الشباب في الجهة.",
        MandateFr = "Étudie les questions relatives aux centres d'intérêt des jeunes de la région.",
    };

    private static AdvisoryBody Economic() => new()
    {
        Slug = "economic-actors", Kind = AdvisoryBodyKind.EconomicActors,
        NameAr = "هيئة الفاعلين الاقتصاديين", NameFr = "Instance des acteurs économiques",
        MandateAr = "تهتم بدراسة القضايا الجهوية ذات الطابع الاقتصادي، بشراكة مع الفاعلين الاقتصاديين بالجهة.",
        MandateFr = "Étudie les questions régionales à caractère économique, en partenariat avec les acteurs économiques de la région.",
    };
}
