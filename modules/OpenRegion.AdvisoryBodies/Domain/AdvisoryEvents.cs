using System.Globalization;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Workflows.Rules;

namespace OpenRegion.AdvisoryBodies.Domain;

/// <summary>What the module tells tenant rules, and the timer that reminds members of a due date.</summary>
public static class AdvisoryEvents
{
    public const string Referred = "advisory.referred";
    public const string Submitted = "advisory.opinion-submitted";
    public const string Answered = "advisory.answered";

    /// <summary>A timer, not a rule event: fires 7 and 2 days before a referral's due date.</summary>
    public const string DueSoon = "advisory.due-soon";

    public sealed record OpinionPayload(long OpinionId, long BodyId, string Reference, string Subject, string SubjectFr, string Url);

    public sealed record DueSoonPayload(long OpinionId, DateOnly DueOn, int DaysLeft);

    public static string Url(Opinion opinion) => "/bodies/opinions/" + opinion.Id.ToString(CultureInfo.InvariantCulture);

    public static string DueSoonKey(long opinionId, int days) =>
        "advisory:" + opinionId.ToString(CultureInfo.InvariantCulture) + ":due-" + days.ToString(CultureInfo.InvariantCulture);

    public static OpinionPayload Payload(Opinion opinion) => new(opinion.Id, opinion.BodyId, opinion.Reference, opinion.SubjectAr, opinion.SubjectFr, Url(opinion));

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["opinionId"] = "the file's number",
        ["bodyId"] = "the body's number",
        ["reference"] = "the public reference, e.g. 2026-003",
        ["subject"] = "the subject in Arabic",
        ["subjectFr"] = "the subject in French",
        ["url"] = "the file's public address",
    };

    public static IEnumerable<EventTypeDefinition> Catalog { get; } =
    [
        new(Referred, new Dictionary<string, string>
        {
            ["ar"] = "إحالة موضوع على هيئة استشارية",
            ["fr"] = "Saisine d'une instance consultative",
            ["en"] = "A subject is referred to an advisory body",
            ["zgh"] = "ⴰⵙⵉⴳⴳⵣ ⵏ ⵢⴰⵏ ⵓⵙⵏⵜⵍ ⵖⵔ ⵜⵏⴰⴱⴰⴹⵜ",
        }, Fields),
        new(Submitted, new Dictionary<string, string>
        {
            ["ar"] = "هيئة استشارية تقدم رأيها",
            ["fr"] = "Une instance consultative remet son avis",
            ["en"] = "An advisory body submits its opinion",
            ["zgh"] = "ⵜⴰⵏⴰⴱⴰⴹⵜ ⵜⵙⵙⵓⴼⵖ ⵜⴰⵏⵏⴰⵢⵜ ⵏⵏⵙ",
        }, Fields),
        new(Answered, new Dictionary<string, string>
        {
            ["ar"] = "المجلس يجيب على رأي هيئة استشارية",
            ["fr"] = "Le conseil répond à l'avis d'une instance",
            ["en"] = "The council responds to a body's opinion",
            ["zgh"] = "ⴰⵙⵇⵇⵉⵎ ⵉⵔⴰⵔ ⵅⴼ ⵜⵏⵏⴰⵢⵜ ⵏ ⵜⵏⴰⴱⴰⴹⵜ",
        }, Fields),
    ];
}
