using System.Globalization;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Workflows.Rules;

namespace OpenRegion.Consultations.Domain;

/// <summary>What the module tells tenant rules: a contribution is posted (online or from a workshop), a synthesis is published.</summary>
public static class ConsultationEvents
{
    public const string ContributionPosted = "consultation.contribution-posted";
    public const string SynthesisPublished = "consultation.synthesis-published";

    public sealed record ContributionPayload(long ConsultationId, long SectionId, long ContributionId, string Channel, string Url);

    public sealed record SynthesisPayload(long ConsultationId, string Title, string TitleFr, string Url);

    /// <summary>What a citizen follows to hear of a consultation's synthesis (contributors follow it automatically).</summary>
    public static string Subject(long consultationId) => "consultation:" + consultationId.ToString(CultureInfo.InvariantCulture);

    public static string Url(Consultation consultation) => "/consultations/" + consultation.Slug;

    public static IEnumerable<EventTypeDefinition> Catalog { get; } =
    [
        new(ContributionPosted, new Dictionary<string, string>
        {
            ["ar"] = "مساهمة في استشارة عمومية",
            ["fr"] = "Contribution à une consultation publique",
            ["en"] = "A contribution to a public consultation",
            ["zgh"] = "ⵜⴰⵡⵏⵏⴰⴹⵜ ⴳ ⵢⴰⵜ ⵜⵎⵙⵙⵓⵔⵜ ⵜⴰⵎⴰⵜⴰⵢⵜ",
        }, new Dictionary<string, string>
        {
            ["consultationId"] = "the consultation's number",
            ["sectionId"] = "the section's number",
            ["contributionId"] = "the contribution's number",
            ["channel"] = "Online or Workshop",
            ["url"] = "the consultation's public address",
        }),
        new(SynthesisPublished, new Dictionary<string, string>
        {
            ["ar"] = "نشر خلاصة استشارة عمومية",
            ["fr"] = "Synthèse d'une consultation publiée",
            ["en"] = "A consultation's synthesis is published",
            ["zgh"] = "ⴰⵙⵙⵓⴼⵖ ⵏ ⵓⴳⵣⵓⵍ ⵏ ⵜⵎⵙⵙⵓⵔⵜ",
        }, new Dictionary<string, string>
        {
            ["consultationId"] = "the consultation's number",
            ["title"] = "its title in Arabic",
            ["titleFr"] = "its title in French",
            ["url"] = "its public address",
        }),
    ];
}
