using OpenRegion.Cms.Core.Innovation;

namespace OpenRegion.Innovation.Domain;

/// <summary>A criterion a template proposes.</summary>
public sealed record TemplateCriterion(string NameAr, string NameFr, int Weight);

/// <summary>
/// A starting point for a new challenge or contest: its texts, a calendar (days from today) and proposed criteria, which
/// staff adjust — and, for a contest, settle with the equality body before publishing.
/// </summary>
public sealed record ChallengeTemplate(string Key, string NameAr, string NameFr, ChallengeKind Kind, string ThematicAr, string ThematicFr, string TitleAr, string TitleFr,
    string ProblemAr, string ProblemFr, string EligibilityAr, string EligibilityFr, int[] Days, int Seats, IReadOnlyList<TemplateCriterion> Criteria)
{
    public string Name(string culture) => culture is "ar" or "zgh" ? NameAr : NameFr;
}

/// <summary>
/// The templates staff start from: a lab challenge on the pilot's model (identification, call, selection, six months of
/// prototyping and testing, evaluation), and the two contests of Béni Mellal's open programme
/// (../shared/seed-documents/beni-mellal-commune-open-program-2023.txt): the cleanest neighbourhood, and the most
/// beautiful and cleanest school surroundings, whose conditions and criteria the programme sets with the equality body.
/// </summary>
public static class ChallengeTemplates
{
    public static IReadOnlyList<ChallengeTemplate> All { get; } =
    [
        new("lab-challenge", "تحدٍّ لمختبر الابتكار", "Défi du laboratoire", ChallengeKind.Challenge, "", "", "", "",
            "", "", "المواطنات والمواطنون، الطلبة، المقاولات الناشئة والجمعيات، في فرق من شخص إلى عشرة أشخاص.",
            "Citoyennes et citoyens, étudiants, start-up et associations, en équipes d'une à dix personnes.",
            [14, 44, 74, 104, 284, 314], 3,
            [
                new("الطابع المبتكر", "Caractère innovant", 30), new("قابلية التنفيذ والتكلفة", "Faisabilité et coût", 30),
                new("الأثر على الساكنة", "Impact sur la population", 25), new("إشراك النساء والشباب", "Inclusion des femmes et des jeunes", 15),
            ]),
        new("cleanest-neighbourhood", "مسابقة أنظف حي", "Concours du quartier le plus propre", ChallengeKind.Contest, "البيئة والإطار المعيشي", "Environnement et cadre de vie",
            "مسابقة أنظف حي", "Concours du quartier le plus propre",
            "تشجيع ساكنة الأحياء وجمعياتها على نظافة الفضاءات المشتركة والحفاظ عليها.",
            "Encourager les habitants des quartiers et leurs associations à rendre propres les espaces communs et à les garder ainsi.",
            "جمعيات الأحياء وتجمعات الساكنة بالجماعة، في الأحياء المحددة بمشاركة أعضاء هيئة المساواة وتكافؤ الفرص ومقاربة النوع.",
            "Les associations de quartier et les groupes d'habitants de la commune, dans les quartiers retenus avec les membres de l'instance de l'équité, de l'égalité des chances et de l'approche genre.",
            [30, 45, 105, 125, 125, 155], 3,
            [
                new("نظافة الفضاءات المشتركة", "Propreté des espaces communs", 40), new("مشاركة الساكنة، نساء ورجالا", "Participation des habitants, femmes et hommes", 30),
                new("استدامة المبادرة", "Durabilité de l'initiative", 30),
            ]),
        new("school-surroundings", "مسابقة أجمل وأنظف محيط مدرسة", "Concours des plus beaux et plus propres abords d'école", ChallengeKind.Contest, "البيئة والإطار المعيشي", "Environnement et cadre de vie",
            "مسابقة أجمل وأنظف محيط مدرسة", "Concours des plus beaux et plus propres abords d'école",
            "تحسين محيط المدارس بمشاركة التلاميذ والأطر والأسر: النظافة، التشجير، الجداريات.",
            "Embellir les abords des écoles avec les élèves, les équipes pédagogiques et les familles : propreté, plantations, fresques.",
            "المدارس المحددة بمشاركة أعضاء هيئة المساواة وتكافؤ الفرص ومقاربة النوع، مع جمعيات الآباء.",
            "Les écoles retenues avec les membres de l'instance de l'équité, de l'égalité des chances et de l'approche genre, avec les associations de parents.",
            [30, 45, 105, 125, 125, 155], 3,
            [
                new("نظافة محيط المدرسة", "Propreté des abords", 35), new("التشجير والجداريات", "Plantations et fresques", 25),
                new("مشاركة التلميذات والتلاميذ والأسر", "Participation des élèves, filles et garçons, et des familles", 25), new("استدامة العناية", "Entretien dans la durée", 15),
            ]),
    ];

    public static ChallengeTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);
}
