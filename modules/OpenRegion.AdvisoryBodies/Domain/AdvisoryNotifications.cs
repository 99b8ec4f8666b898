using OpenRegion.Cms.Core.Notifications;

namespace OpenRegion.AdvisoryBodies.Domain;

/// <summary>What members and staff receive. Variables: body, subject, reference, due_date, days_left.</summary>
public static class AdvisoryNotifications
{
    public const string Referral = "advisory.referral";
    public const string DueSoon = "advisory.due-soon";
    public const string Submitted = "advisory.submitted";
    public const string Response = "advisory.response";

    public static IEnumerable<NotificationTemplate> Templates { get; } =
    [
        new(Referral, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("إحالة على {{ body }}: {{ subject }}", "أحال المجلس على {{ body }} الموضوع «{{ subject }}» (المرجع {{ reference }}) وينتظر رأيها قبل {{ due_date }}. الوثائق والسؤال ومسودة الرأي في فضاء الهيئة."),
            ["fr"] = new("Saisine de l'{{ body }} : {{ subject }}", "Le conseil saisit l'{{ body }} du sujet « {{ subject }} » (réf. {{ reference }}) et attend son avis avant le {{ due_date }}. Documents, question et projet d'avis sont dans l'espace de l'instance."),
            ["en"] = new("Referral to the {{ body }}: {{ subject }}", "The council refers \"{{ subject }}\" (ref. {{ reference }}) to the {{ body }} and expects its opinion by {{ due_date }}. Documents, question and draft are in the body's workspace."),
        }),
        new(DueSoon, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("بقي {{ days_left }} أيام لتقديم الرأي: {{ subject }}", "ينتهي أجل تقديم رأي {{ body }} في «{{ subject }}» (المرجع {{ reference }}) يوم {{ due_date }}. لم يقدم الرأي بعد."),
            ["fr"] = new("Plus que {{ days_left }} jours pour l'avis : {{ subject }}", "L'avis de l'{{ body }} sur « {{ subject }} » (réf. {{ reference }}) est attendu le {{ due_date }} au plus tard. Il n'a pas encore été remis."),
            ["en"] = new("{{ days_left }} days left for the opinion: {{ subject }}", "The {{ body }}'s opinion on \"{{ subject }}\" (ref. {{ reference }}) is due on {{ due_date }}. It has not been submitted yet."),
        }),
        new(Submitted, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("رأي {{ body }}: {{ subject }}", "قدمت {{ body }} رأيها في «{{ subject }}» (المرجع {{ reference }}). يمكن للمجلس الآن تسجيل جوابه."),
            ["fr"] = new("Avis de l'{{ body }} : {{ subject }}", "L'{{ body }} a remis son avis sur « {{ subject }} » (réf. {{ reference }}). Le conseil peut maintenant enregistrer sa réponse."),
            ["en"] = new("Opinion of the {{ body }}: {{ subject }}", "The {{ body }} submitted its opinion on \"{{ subject }}\" (ref. {{ reference }}). The council can now record its response."),
        }),
        new(Response, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("جواب المجلس على رأيكم: {{ subject }}", "سجل المجلس جوابه على رأي {{ body }} في «{{ subject }}» (المرجع {{ reference }})."),
            ["fr"] = new("Réponse du conseil à votre avis : {{ subject }}", "Le conseil a enregistré sa réponse à l'avis de l'{{ body }} sur « {{ subject }} » (réf. {{ reference }})."),
            ["en"] = new("The council's response to your opinion: {{ subject }}", "The council recorded its response to the {{ body }}'s opinion on \"{{ subject }}\" (ref. {{ reference }})."),
        }),
    ];
}
