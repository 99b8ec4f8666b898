using OpenRegion.Cms.Core.Notifications;

namespace OpenRegion.Petitions.Domain;

/// <summary>
/// What the filer and the signers receive when a petition moves; the filer also receives the bureau's reasoned
/// notice. Variables: title, state, note (reasons or details), receipt (deposit number), session (ISO date), committee.
/// </summary>
public static class PetitionNotifications
{
    public const string State = "petition.state";
    public const string Notice = "petition.notice";

    public static IEnumerable<NotificationTemplate> Templates { get; } =
    [
        new(State, new Dictionary<string, NotificationText>
        {
            ["ar"] = new(
                "{% case state %}{% when 'Collecting' %}العريضة مفتوحة للتوقيع: {{ title }}{% when 'Deposited' %}أودعت العريضة: {{ title }}{% when 'Accepted' %}قبلت العريضة: {{ title }}{% when 'InCommittee' %}أحيلت العريضة على لجنة: {{ title }}{% when 'Deliberated' %}تداول المجلس في العريضة: {{ title }}{% when 'Rejected' %}رفضت العريضة: {{ title }}{% when 'Withdrawn' %}سحبت العريضة: {{ title }}{% else %}تغيرت حالة العريضة: {{ title }}{% endcase %}",
                "{% case state %}{% when 'Collecting' %}العريضة «{{ title }}» مفتوحة الآن لجمع التوقيعات.{% when 'Deposited' %}أودعت العريضة «{{ title }}» لدى رئيس المجلس{% if receipt != blank %} تحت رقم الوصل {{ receipt }}{% endif %}. سيدرس المكتب شروط قبولها.{% when 'Accepted' %}قرر المكتب قبول العريضة «{{ title }}»، وستدرج في جدول أعمال الدورة العادية الموالية{% if session != blank %} ({{ session }}){% endif %}.{% when 'InCommittee' %}أحيلت العريضة «{{ title }}» على اللجنة الدائمة المختصة{% if committee != blank %}: {{ committee }}{% endif %}.{% when 'Deliberated' %}تداول المجلس في العريضة «{{ title }}».{% when 'Rejected' %}قرر المكتب عدم قبول العريضة «{{ title }}».{% when 'Withdrawn' %}سحب مقدم العريضة «{{ title }}» عريضته.{% else %}تغيرت حالة العريضة «{{ title }}».{% endcase %}{% if note != blank %}\n{{ note }}{% endif %}"),
            ["fr"] = new(
                "{% case state %}{% when 'Collecting' %}Pétition ouverte aux signatures : {{ title }}{% when 'Deposited' %}Pétition déposée : {{ title }}{% when 'Accepted' %}Pétition acceptée : {{ title }}{% when 'InCommittee' %}Pétition renvoyée en commission : {{ title }}{% when 'Deliberated' %}Le conseil a délibéré : {{ title }}{% when 'Rejected' %}Pétition rejetée : {{ title }}{% when 'Withdrawn' %}Pétition retirée : {{ title }}{% else %}Nouvel état de la pétition : {{ title }}{% endcase %}",
                "{% case state %}{% when 'Collecting' %}La pétition « {{ title }} » est ouverte aux signatures.{% when 'Deposited' %}La pétition « {{ title }} » a été déposée auprès du président du conseil{% if receipt != blank %} sous le récépissé n° {{ receipt }}{% endif %}. Le bureau en examine la recevabilité.{% when 'Accepted' %}Le bureau a déclaré la pétition « {{ title }} » recevable : elle sera inscrite à l'ordre du jour de la prochaine session ordinaire{% if session != blank %} ({{ session }}){% endif %}.{% when 'InCommittee' %}La pétition « {{ title }} » a été renvoyée à la commission permanente compétente{% if committee != blank %} : {{ committee }}{% endif %}.{% when 'Deliberated' %}Le conseil a délibéré sur la pétition « {{ title }} ».{% when 'Rejected' %}Le bureau a déclaré la pétition « {{ title }} » irrecevable.{% when 'Withdrawn' %}La pétition « {{ title }} » a été retirée par son auteur.{% else %}L'état de la pétition « {{ title }} » a changé.{% endcase %}{% if note != blank %}\n{{ note }}{% endif %}"),
            ["en"] = new(
                "{% case state %}{% when 'Collecting' %}Petition open for signatures: {{ title }}{% when 'Deposited' %}Petition deposited: {{ title }}{% when 'Accepted' %}Petition accepted: {{ title }}{% when 'InCommittee' %}Petition referred to a committee: {{ title }}{% when 'Deliberated' %}The council deliberated: {{ title }}{% when 'Rejected' %}Petition rejected: {{ title }}{% when 'Withdrawn' %}Petition withdrawn: {{ title }}{% else %}Petition updated: {{ title }}{% endcase %}",
                "{% case state %}{% when 'Collecting' %}The petition \"{{ title }}\" is open for signatures.{% when 'Deposited' %}The petition \"{{ title }}\" was deposited with the council's president{% if receipt != blank %} under receipt no. {{ receipt }}{% endif %}. The bureau is checking that it is admissible.{% when 'Accepted' %}The bureau found the petition \"{{ title }}\" admissible: it goes on the agenda of the next ordinary session{% if session != blank %} ({{ session }}){% endif %}.{% when 'InCommittee' %}The petition \"{{ title }}\" was referred to the competent standing committee{% if committee != blank %}: {{ committee }}{% endif %}.{% when 'Deliberated' %}The council deliberated on the petition \"{{ title }}\".{% when 'Rejected' %}The bureau found the petition \"{{ title }}\" inadmissible.{% when 'Withdrawn' %}The petition \"{{ title }}\" was withdrawn by its filer.{% else %}The petition \"{{ title }}\" changed state.{% endcase %}{% if note != blank %}\n{{ note }}{% endif %}"),
        }),
        new(Notice, new Dictionary<string, NotificationText>
        {
            ["ar"] = new(
                "تبليغ معلل بعدم قبول العريضة: {{ title }}",
                "بصفتكم وكيل العريضة «{{ title }}» (وصل الإيداع رقم {{ receipt }})، نبلغكم بقرار مكتب المجلس عدم قبولها، للأسباب التالية:\n{{ note }}"),
            ["fr"] = new(
                "Notification motivée d'irrecevabilité : {{ title }}",
                "En votre qualité de mandataire de la pétition « {{ title }} » (récépissé de dépôt n° {{ receipt }}), nous vous notifions la décision du bureau du conseil de la déclarer irrecevable, pour les motifs suivants :\n{{ note }}"),
            ["en"] = new(
                "Reasoned notice of inadmissibility: {{ title }}",
                "As the proxy of the petition \"{{ title }}\" (deposit receipt no. {{ receipt }}), you are notified of the council bureau's decision to declare it inadmissible, for the following reasons:\n{{ note }}"),
        }),
    ];
}
