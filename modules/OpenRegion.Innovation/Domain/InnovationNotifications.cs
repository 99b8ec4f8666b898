using OpenRegion.Cms.Core.Notifications;

namespace OpenRegion.Innovation.Domain;

/// <summary>What jurors and teams receive. Variables: challenge (its title in Arabic and French), from, to (the jury's days), reason.</summary>
public static class InnovationNotifications
{
    public const string Appointed = "innovation.jury-appointed";
    public const string Selected = "innovation.selected";
    public const string NotSelected = "innovation.not-selected";

    public static IEnumerable<NotificationTemplate> Templates { get; } =
    [
        new(Appointed, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("لجنة تحكيم: {{ challenge }}", "عُيّنتم عضوا في لجنة تحكيم «{{ challenge }}». تنقّط اللجنة الحلول من {{ from }} إلى {{ to }}، كل عضو باستقلالية؛ صرّحوا بأي تضارب للمصالح قبل التنقيط."),
            ["fr"] = new("Jury : {{ challenge }}", "Vous siégez au jury de « {{ challenge }} ». Le jury note les solutions du {{ from }} au {{ to }}, chaque membre en toute indépendance ; déclarez tout conflit d'intérêts avant de noter."),
            ["en"] = new("Jury: {{ challenge }}", "You sit on the jury of \"{{ challenge }}\". The jury scores the solutions from {{ from }} to {{ to }}, each member independently; declare any conflict of interest before scoring."),
        }),
        new(Selected, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("انتقت لجنة التحكيم حلكم: {{ challenge }}", "انتقت لجنة تحكيم «{{ challenge }}» حلكم. سببها: {{ reason }}. صرّحوا بمراحل نموذجكم الأولي في صفحة الحل."),
            ["fr"] = new("Le jury a sélectionné votre solution : {{ challenge }}", "Le jury de « {{ challenge }} » a sélectionné votre solution. Sa raison : {{ reason }}. Rendez compte des étapes de votre prototype depuis la page de votre solution."),
            ["en"] = new("The jury selected your solution: {{ challenge }}", "The jury of \"{{ challenge }}\" selected your solution. Its reason: {{ reason }}. Report your prototype's milestones from your solution's page."),
        }),
        new(NotSelected, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("نتائج «{{ challenge }}»", "نشرت لجنة تحكيم «{{ challenge }}» انتقاءها مع أسبابه. لم يُنتقَ حلكم هذه المرة؛ شكرا على مشاركتكم."),
            ["fr"] = new("Résultats de « {{ challenge }} »", "Le jury de « {{ challenge }} » a publié sa sélection avec ses raisons. Votre solution n'a pas été retenue cette fois ; merci de votre participation."),
            ["en"] = new("Results of \"{{ challenge }}\"", "The jury of \"{{ challenge }}\" published its selection with its reasons. Your solution was not selected this time; thank you for taking part."),
        }),
    ];

    public static Dictionary<string, object?> Values(Cms.Core.Innovation.Challenge challenge) => new()
    {
        ["challenge"] = new Dictionary<string, object?> { ["ar"] = challenge.Title("ar"), ["fr"] = challenge.Title("fr") },
    };
}
