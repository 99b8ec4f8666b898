using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Deadlines;

/// <summary>
/// The deadlines Moroccan law sets for councils and their services (../shared/LEGAL-RULES.md), with their legal
/// defaults. Modules and staff pick a rule by id; a tenant may change any amount through its settings.
/// </summary>
public static class LegalDeadlines
{
    public const string InformationRequest = "information-request";
    public const string InformationRequestExtension = "information-request-extension";
    public const string InformationRequestUrgent = "information-request-urgent";
    public const string InformationComplaintFiling = "information-complaint-filing";
    public const string InformationComplaintAnswer = "information-complaint-answer";
    public const string ComplaintAnswer = "complaint-answer";
    public const string ComplaintMissingItems = "complaint-missing-items";
    public const string DeliberationPosting = "deliberation-posting";
    public const string FinancialStatements = "financial-statements";
    public const string PetitionRejectionNotice = "petition-rejection-notice";
    public const string DevelopmentProgrammePosting = "development-programme-posting";
    public const string Custom = "custom";

    private static readonly DeadlineText Law3113Art16 = new(
        "القانون رقم 31.13 المتعلق بالحق في الحصول على المعلومات، المادة 16",
        "Loi n° 31-13 relative au droit d'accès à l'information, article 16",
        "Law 31-13 on the right of access to information, article 16");

    private static readonly DeadlineText Law3113Art19 = new(
        "القانون رقم 31.13 المتعلق بالحق في الحصول على المعلومات، المادة 19",
        "Loi n° 31-13 relative au droit d'accès à l'information, article 19",
        "Law 31-13 on the right of access to information, article 19");

    private static readonly DeadlineText Decree217265 = new(
        "المرسوم رقم 2.17.265 المتعلق بتلقي ملاحظات المرتفقين واقتراحاتهم وتظلماتهم وتتبعها ومعالجتها",
        "Décret n° 2-17-265 relatif à la réception, au suivi et au traitement des observations, propositions et réclamations des usagers",
        "Decree 2-17-265 on receiving, following up and handling users' remarks, proposals and complaints");

    public static IReadOnlyList<LegalDeadlineRule> All { get; } =
    [
        new(InformationRequest, DeadlineUnit.WorkingDays, 20,
            new("الرد على طلب الحصول على المعلومات", "Réponse à une demande d'accès à l'information", "Answer to an information request"),
            Law3113Art16),
        new(InformationRequestExtension, DeadlineUnit.WorkingDays, 20,
            new("الرد على طلب الحصول على المعلومات بعد تمديد الأجل", "Réponse à une demande d'information après prorogation du délai", "Answer to an information request after an extension"),
            Law3113Art16),
        new(InformationRequestUrgent, DeadlineUnit.WorkingDays, 3,
            new("الرد على طلب مستعجل للحصول على المعلومات", "Réponse à une demande d'information urgente", "Answer to an urgent information request"),
            new("القانون رقم 31.13 المتعلق بالحق في الحصول على المعلومات، المادة 17",
                "Loi n° 31-13 relative au droit d'accès à l'information, article 17",
                "Law 31-13 on the right of access to information, article 17")),
        new(InformationComplaintFiling, DeadlineUnit.WorkingDays, 20,
            new("أجل تقديم الشكاية إلى رئيس الهيئة", "Délai de dépôt d'une réclamation auprès du chef de l'organisme", "Time to file a complaint with the head of the body"),
            Law3113Art19),
        new(InformationComplaintAnswer, DeadlineUnit.CalendarDays, 15,
            new("الرد على الشكاية الموجهة إلى رئيس الهيئة", "Réponse à une réclamation adressée au chef de l'organisme", "Answer to a complaint to the head of the body"),
            Law3113Art19),
        new(ComplaintAnswer, DeadlineUnit.CalendarDays, 60,
            new("الرد على شكاية", "Réponse à une réclamation", "Answer to a complaint"),
            Decree217265),
        new(ComplaintMissingItems, DeadlineUnit.CalendarDays, 15,
            new("مطالبة المشتكي باستكمال عناصر شكايته", "Demande de compléments pour une réclamation incomplète", "Asking for what a complaint is missing"),
            Decree217265),
        new(DeliberationPosting, DeadlineUnit.CalendarDays, 10,
            new("تعليق مقررات المجلس", "Affichage des délibérations du conseil", "Posting the council's decisions"),
            new("القانون التنظيمي 111.14، المادة 247 (الجهة: 10 أيام)؛ القانون التنظيمي 112.14، المادة 217 (العمالة أو الإقليم: 10 أيام)؛ القانون التنظيمي 113.14، المادة 273 (الجماعة: 8 أيام)",
                "Loi organique 111-14, article 247 (région : 10 jours) ; loi organique 112-14, article 217 (préfecture ou province : 10 jours) ; loi organique 113-14, article 273 (commune : 8 jours)",
                "Organic law 111-14, article 247 (region: 10 days); organic law 112-14, article 217 (prefecture or province: 10 days); organic law 113-14, article 273 (commune: 8 days)"),
            CommuneAmount: 8),
        new(FinancialStatements, DeadlineUnit.Months, 1,
            new("نشر القوائم المالية بعد المصادقة على الميزانية", "Publication des états financiers après l'approbation du budget", "Publishing the financial statements after the budget is approved"),
            new("المرسومان رقم 2.17.288 و2.17.289 والمرسوم المتعلق بالجماعات (2017)",
                "Décrets n° 2-17-288 et 2-17-289 et décret relatif aux communes (2017)",
                "Decrees 2-17-288 and 2-17-289 and the decree on communes (2017)")),
        new(PetitionRejectionNotice, DeadlineUnit.Months, 2,
            new("تبليغ وكيل العريضة بقرار رفضها معللا", "Notification motivée du rejet d'une pétition à son mandataire", "Reasoned notice of a petition's rejection to its proxy"),
            new("القانون التنظيمي 111.14، المواد 118 إلى 122 (الجهة: شهران)؛ القانون التنظيمي 112.14، المواد 112 إلى 116 (العمالة أو الإقليم: شهران)؛ القانون التنظيمي 113.14، المواد 121 إلى 125 (الجماعة: ثلاثة أشهر)",
                "Loi organique 111-14, articles 118 à 122 (région : 2 mois) ; loi organique 112-14, articles 112 à 116 (préfecture ou province : 2 mois) ; loi organique 113-14, articles 121 à 125 (commune : 3 mois)",
                "Organic law 111-14, articles 118-122 (region: 2 months); organic law 112-14, articles 112-116 (prefecture or province: 2 months); organic law 113-14, articles 121-125 (commune: 3 months)"),
            CommuneAmount: 3),
        new(DevelopmentProgrammePosting, DeadlineUnit.CalendarDays, 15,
            new("تعليق مقرر إعداد برنامج التنمية الجهوية", "Affichage de la décision d'élaborer le programme de développement régional", "Posting the decision to prepare the regional development programme"),
            new("القانون التنظيمي 111.14 والمرسوم المحدد لمسطرة إعداد برنامج التنمية الجهوية",
                "Loi organique 111-14 et décret fixant la procédure d'élaboration du programme de développement régional",
                "Organic law 111-14 and the decree setting how the regional development programme is prepared"),
            OnlyFor: TenantKind.Region),
        new(Custom, DeadlineUnit.GivenDate, 0,
            new("أجل آخر تحدده المصلحة", "Autre échéance fixée par le service", "Other deadline set by staff"),
            new("لا يحدد القانون هذا الأجل: التاريخ تحدده المصلحة", "Aucun texte ne fixe ce délai : la date est fixée par le service", "No text sets this deadline: staff set the date")),
    ];

    public static LegalDeadlineRule? Find(string? id) => All.FirstOrDefault(r => r.Id == id);

    /// <summary>The rules that concern a tenant of this level, in catalogue order.</summary>
    public static IEnumerable<LegalDeadlineRule> For(TenantKind kind) => All.Where(r => r.AppliesTo(kind));
}
