using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Core.Tests.Search;

/// <summary>
/// Documents built from the region's own texts: the Arabic council communiqué on joining the Open Government
/// Partnership (2022) and the French IT master plan.
/// </summary>
public static class SearchSamples
{
    public static readonly DateTimeOffset Published = new(2022, 5, 17, 10, 30, 0, TimeSpan.Zero);

    // From region-council-communique-ogp-2022.txt; its "المشاركة المواطنة" is written "والمشاركة" as in the issue.
    public const string ArabicTitle = "انضمام جهة بني ملال خنيفرة إلى الشبكة الدولية للحكومات المحلية المنفتحة";

    public const string ArabicBody =
        "تنزيلا لمقتضيات القانون التنظيمي 111-14 المتعلق بالجهات، والهادفة إلى تكريس مبادئ الشفافية والانفتاح " +
        "وتعزيز التواصل الداخلي والخارجي وتقوية قدرات الفاعلين المحلين لضمان الشفافية والمشاركة المواطنة، عمد مجلس " +
        "جهة بني ملال خنيفرة إلى اعتماد مجموعة من التدابير الاستباقية. " +
        "هذا الانضمام الذي يعتبر تتويجا لعمل قاعدي مهم، يرفع من جاذبية الجهة ويعزز شراكاتها على المستوى العربي " +
        "والافريقي والدولي، ويفتح امام بلادنا اعتماد تجربة جهة بني ملال خنيفرة كجهة نموذجية يمكنها مواكبة باقي " +
        "الجماعات الترابية بالمملكة لاستكمال ملفات ترشيحها مستقبلا.";

    // From region-it-master-plan.txt, lightly completed into sentences.
    public const string FrenchTitle = "Schéma directeur d’informatisation de la région";

    public const string FrenchBody =
        "Le schéma directeur d’informatisation de la région Beni Mellal Khenifra s’inscrit dans le cadre du projet " +
        "open gouvernement Morocco. La région de Béni Mellal Khénifra a été choisie comme région pilote pour la mise " +
        "en place de la plateforme MAJALISS, actuellement généralisée pour l’ensemble des conseils régionaux. " +
        "Les applications de gestion couvrent le courrier, les ressources humaines, le patrimoine, le parc auto, " +
        "le stock, les marchés, l'eau et l'électricité, les partenariats et les conventions.";

    public static SearchDocument Arabic(string id = "communique-ogp:ar", string tenantId = "region", string contentType = "News") =>
        new(id, tenantId, "ar", contentType, ArabicTitle, ArabicBody, "/ar/news/ogp-2022", Published);

    public static SearchDocument French(string id = "schema-directeur:fr", string tenantId = "region", string contentType = "Page") =>
        new(id, tenantId, "fr", contentType, FrenchTitle, FrenchBody, "/fr/schema-directeur", Published);

    public static SearchDocument Doc(string id, string culture, string title, string body, string contentType = "News", string tenantId = "region") =>
        new(id, tenantId, culture, contentType, title, body, $"/{culture}/{contentType.ToLowerInvariant()}/{id}", Published);
}
