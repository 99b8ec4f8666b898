using OpenRegion.Cms.Core.Notifications;

namespace OpenRegion.Transparency.Domain;

/// <summary>
/// What requesters and complainants receive at each step, in their language. Variables: step, number, subject,
/// due_date (ISO), outcome (Full, Partial, Refused), note (the extension's reasons, or what a complaint is missing).
/// </summary>
public static class TransparencyNotifications
{
    public const string Information = "transparency.information";
    public const string Complaint = "transparency.complaint";

    /// <summary>To each elected member: kind (Ordinary, Extraordinary), date, time, place_ar, place_fr, agenda_ar, agenda_fr, items.</summary>
    public const string Convocation = "transparency.convocation";

    public static IEnumerable<NotificationTemplate> Templates { get; } =
    [
        new(Information, new Dictionary<string, NotificationText>
        {
            ["ar"] = new(
                "{% case step %}{% when 'received' %}توصلنا بطلبكم للحصول على المعلومات رقم {{ number }}{% when 'extended' %}تمديد أجل الرد على طلبكم رقم {{ number }}{% when 'answered' %}الرد على طلبكم للحصول على المعلومات رقم {{ number }}{% when 'complained' %}توصلنا بشكايتكم بشأن الطلب رقم {{ number }}{% else %}الرد على شكايتكم بشأن الطلب رقم {{ number }}{% endcase %}",
                "{% case step %}{% when 'received' %}سجل طلبكم «{{ subject }}» تحت رقم {{ number }}. أجل الرد: {{ due_date }}.{% when 'extended' %}مدد أجل الرد على طلبكم «{{ subject }}» مرة واحدة إلى {{ due_date }}، للأسباب التالية:\n{{ note }}{% when 'answered' %}{% case outcome %}{% when 'Full' %}تم الرد على طلبكم «{{ subject }}».{% when 'Partial' %}تم الرد جزئيا على طلبكم «{{ subject }}»، مع بيان الاستثناء القانوني.{% else %}رفض طلبكم «{{ subject }}» بقرار معلل. يحق لكم تقديم شكاية إلى رئيس الهيئة داخل أجل 20 يوم عمل.{% endcase %}{% when 'complained' %}سجلت شكايتكم إلى رئيس الهيئة بشأن الطلب «{{ subject }}». يجب الرد عليها داخل أجل 15 يوما.{% else %}رد رئيس الهيئة على شكايتكم بشأن الطلب «{{ subject }}». إن لم يقنعكم الرد، يمكنكم اللجوء إلى لجنة الحق في الحصول على المعلومات داخل أجل 30 يوما.{% endcase %}"),
            ["fr"] = new(
                "{% case step %}{% when 'received' %}Demande d'information n° {{ number }} reçue{% when 'extended' %}Délai prorogé pour votre demande n° {{ number }}{% when 'answered' %}Réponse à votre demande d'information n° {{ number }}{% when 'complained' %}Réclamation reçue sur la demande n° {{ number }}{% else %}Réponse à votre réclamation sur la demande n° {{ number }}{% endcase %}",
                "{% case step %}{% when 'received' %}Votre demande « {{ subject }} » est enregistrée sous le n° {{ number }}. Réponse au plus tard le {{ due_date }}.{% when 'extended' %}Le délai de réponse à votre demande « {{ subject }} » est prorogé une fois, jusqu'au {{ due_date }}, pour les motifs suivants :\n{{ note }}{% when 'answered' %}{% case outcome %}{% when 'Full' %}Votre demande « {{ subject }} » a reçu sa réponse.{% when 'Partial' %}Votre demande « {{ subject }} » a reçu une réponse partielle, avec l'exception légale qui la fonde.{% else %}Votre demande « {{ subject }} » a été refusée par une décision motivée. Vous pouvez adresser une réclamation au chef de l'organisme dans les 20 jours ouvrables.{% endcase %}{% when 'complained' %}Votre réclamation au chef de l'organisme sur la demande « {{ subject }} » est enregistrée ; elle doit recevoir une réponse dans les 15 jours.{% else %}Le chef de l'organisme a répondu à votre réclamation sur la demande « {{ subject }} ». Si la réponse ne vous satisfait pas, vous pouvez saisir la Commission du droit d'accès à l'information dans les 30 jours.{% endcase %}"),
            ["en"] = new(
                "{% case step %}{% when 'received' %}Information request no. {{ number }} received{% when 'extended' %}Deadline extended for your request no. {{ number }}{% when 'answered' %}Answer to your information request no. {{ number }}{% when 'complained' %}Complaint received about request no. {{ number }}{% else %}Answer to your complaint about request no. {{ number }}{% endcase %}",
                "{% case step %}{% when 'received' %}Your request \"{{ subject }}\" is registered under no. {{ number }}. Answer due by {{ due_date }}.{% when 'extended' %}The answer to your request \"{{ subject }}\" is extended once, to {{ due_date }}, for these reasons:\n{{ note }}{% when 'answered' %}{% case outcome %}{% when 'Full' %}Your request \"{{ subject }}\" has been answered.{% when 'Partial' %}Your request \"{{ subject }}\" was answered in part, naming the legal exception.{% else %}Your request \"{{ subject }}\" was refused by a reasoned decision. You may complain to the head of the body within 20 working days.{% endcase %}{% when 'complained' %}Your complaint to the head of the body about \"{{ subject }}\" is registered; it must be answered within 15 days.{% else %}The head of the body answered your complaint about \"{{ subject }}\". If the answer does not satisfy you, you may turn to the access-to-information commission within 30 days.{% endcase %}"),
        }),
        new(Complaint, new Dictionary<string, NotificationText>
        {
            ["ar"] = new(
                "{% case step %}{% when 'received' %}إشعار بالتوصل بشكايتكم رقم {{ number }}{% when 'complement-asked' %}شكايتكم رقم {{ number }}: المرجو استكمالها{% when 'complement-received' %}توصلنا بما استكملتم به شكايتكم رقم {{ number }}{% when 'answered' %}الرد على شكايتكم رقم {{ number }}{% else %}شكايتكم رقم {{ number }} لا يمكن معالجتها{% endcase %}",
                "{% case step %}{% when 'received' %}سجلت شكايتكم «{{ subject }}» في السجل الإلكتروني تحت رقم {{ number }}. أجل الرد: {{ due_date }}.{% when 'complement-asked' %}شكايتكم «{{ subject }}» تحتاج إلى ما يلي لمعالجتها:\n{{ note }}\nيسري أجل الستين يوما من جديد ابتداء من توصلنا بذلك.{% when 'complement-received' %}توصلنا بما استكملتم به شكايتكم «{{ subject }}». أجل الرد: {{ due_date }}.{% when 'answered' %}تم الرد على شكايتكم «{{ subject }}».{% else %}شكايتكم «{{ subject }}» لا يمكن معالجتها للسبب المبين في صفحتها.{% endcase %}"),
            ["fr"] = new(
                "{% case step %}{% when 'received' %}Accusé de réception de votre réclamation n° {{ number }}{% when 'complement-asked' %}Réclamation n° {{ number }} : merci de la compléter{% when 'complement-received' %}Complément reçu pour la réclamation n° {{ number }}{% when 'answered' %}Réponse à votre réclamation n° {{ number }}{% else %}Votre réclamation n° {{ number }} ne peut être traitée{% endcase %}",
                "{% case step %}{% when 'received' %}Votre réclamation « {{ subject }} » est inscrite au registre électronique sous le n° {{ number }}. Réponse au plus tard le {{ due_date }}.{% when 'complement-asked' %}Pour traiter votre réclamation « {{ subject }} », il nous faut :\n{{ note }}\nLe délai de soixante jours court à nouveau dès sa réception.{% when 'complement-received' %}Nous avons reçu le complément de votre réclamation « {{ subject }} ». Réponse au plus tard le {{ due_date }}.{% when 'answered' %}Votre réclamation « {{ subject }} » a reçu sa réponse.{% else %}Votre réclamation « {{ subject }} » ne peut être traitée, pour le motif indiqué sur sa page.{% endcase %}"),
            ["en"] = new(
                "{% case step %}{% when 'received' %}Acknowledgement of your complaint no. {{ number }}{% when 'complement-asked' %}Complaint no. {{ number }}: please complete it{% when 'complement-received' %}Complement received for complaint no. {{ number }}{% when 'answered' %}Answer to your complaint no. {{ number }}{% else %}Your complaint no. {{ number }} cannot be processed{% endcase %}",
                "{% case step %}{% when 'received' %}Your complaint \"{{ subject }}\" is entered in the electronic register under no. {{ number }}. Answer due by {{ due_date }}.{% when 'complement-asked' %}To process your complaint \"{{ subject }}\" we need:\n{{ note }}\nThe sixty days run again from the day it reaches us.{% when 'complement-received' %}We received what completes your complaint \"{{ subject }}\". Answer due by {{ due_date }}.{% when 'answered' %}Your complaint \"{{ subject }}\" has been answered.{% else %}Your complaint \"{{ subject }}\" cannot be processed, for the reason given on its page.{% endcase %}"),
        }),
        new(Convocation, new Dictionary<string, NotificationText>
        {
            ["ar"] = new(
                "استدعاء لحضور {% if kind == 'Ordinary' %}الدورة العادية{% else %}الدورة الاستثنائية{% endif %} للمجلس يوم {{ date }}",
                "يشرفني أن أدعوكم لحضور {% if kind == 'Ordinary' %}الدورة العادية{% else %}الدورة الاستثنائية{% endif %} للمجلس التي ستنعقد يوم {{ date }}{% if time != blank %} على الساعة {{ time }}{% endif %} بـ{{ place_ar }}.\nجدول الأعمال ({{ items }} نقط):\n{{ agenda_ar }}\nالوثائق المتعلقة بكل نقطة متاحة في صفحة الدورة."),
            ["fr"] = new(
                "Convocation à la session {% if kind == 'Ordinary' %}ordinaire{% else %}extraordinaire{% endif %} du conseil du {{ date }}",
                "Vous êtes convoqué(e) à la session {% if kind == 'Ordinary' %}ordinaire{% else %}extraordinaire{% endif %} du conseil qui se tiendra le {{ date }}{% if time != blank %} à {{ time }}{% endif %}, {{ place_fr }}.\nOrdre du jour ({{ items }} points) :\n{{ agenda_fr }}\nLes documents de chaque point sont sur la page de la session."),
            ["en"] = new(
                "Convocation to the council's {% if kind == 'Ordinary' %}ordinary{% else %}extraordinary{% endif %} session of {{ date }}",
                "You are convened to the council's {% if kind == 'Ordinary' %}ordinary{% else %}extraordinary{% endif %} session on {{ date }}{% if time != blank %} at {{ time }}{% endif %}, {{ place_fr }}.\nAgenda ({{ items }} items):\n{{ agenda_fr }}\nEach item's documents are on the session's page."),
        }),
    ];
}
