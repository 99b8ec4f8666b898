using OpenRegion.Cms.Core.Notifications;

namespace OpenRegion.Consultations.Domain;

/// <summary>What followers and contributors receive: the synthesis is out; someone replied to their comment. Variables: title ({ar, fr}), excerpt.</summary>
public static class ConsultationNotifications
{
    public const string Synthesis = "consultation.synthesis";
    public const string Reply = "consultation.reply";
    public const string IdeaAnswered = "consultation.idea-answered";

    public static IEnumerable<NotificationTemplate> Templates { get; } =
    [
        new(Synthesis, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("نشرت خلاصة الاستشارة: {{ title }}", "نشر المجلس خلاصة الاستشارة «{{ title }}»: ما سمعه منكم، وما غيره في المشروع، وجوابه على كل محور."),
            ["fr"] = new("Synthèse publiée : {{ title }}", "Le conseil a publié la synthèse de la consultation « {{ title }} » : ce qu'il a entendu, ce qu'il a changé dans le projet, et sa réponse sur chaque partie."),
            ["en"] = new("Synthesis published: {{ title }}", "The council published the synthesis of the consultation \"{{ title }}\": what it heard, what it changed in the draft, and its response on each section."),
        }),
        new(Reply, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("رد على مساهمتكم: {{ title }}", "رد أحد المشاركين على مساهمتكم في الاستشارة «{{ title }}»:\n{{ excerpt }}"),
            ["fr"] = new("Réponse à votre contribution : {{ title }}", "Un participant a répondu à votre contribution à la consultation « {{ title }} » :\n{{ excerpt }}"),
            ["en"] = new("Reply to your contribution: {{ title }}", "A participant replied to your contribution to the consultation \"{{ title }}\":\n{{ excerpt }}"),
        }),
        new(IdeaAnswered, new Dictionary<string, NotificationText>
        {
            ["ar"] = new("جواب المجلس على فكرتكم: {{ title }}", "أجاب المجلس على فكرتكم «{{ title }}»: {{ state }}. اقرؤوا الجواب ورابط المشروع إن وجد."),
            ["fr"] = new("Le conseil a répondu à votre idée : {{ title }}", "Le conseil a répondu à votre idée « {{ title }} » : {{ state }}. Lisez sa réponse et, le cas échéant, le lien vers le projet."),
            ["en"] = new("The council answered your idea: {{ title }}", "The council answered your idea \"{{ title }}\": {{ state }}. Read its answer and, where there is one, the link to the project."),
        }),
    ];
}
