using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Core.Deadlines;

/// <summary>
/// What staff receive about their deadlines, in the formal register of Moroccan administrative correspondence.
/// Variables: title, reference (may be empty), due_date (ISO date), days_left (working days), rule (catalogue id).
/// Tamazight readers get the Arabic text, as with content.
/// </summary>
public static class DeadlineNotifications
{
    public const string Reminder = "deadline.reminder";
    public const string Overdue = "deadline.overdue";

    public static NotificationTemplate ReminderTemplate { get; } = new(Reminder, new Dictionary<string, NotificationText>
    {
        ["ar"] = new(
            "{% if days_left == 1 %}تذكير: يوم عمل واحد على انتهاء أجل «{{ title }}»{% else %}تذكير: {{ days_left }} أيام عمل على انتهاء أجل «{{ title }}»{% endif %}",
            "ينتهي أجل «{{ title }}»{% if reference != blank %} (المرجع: {{ reference }}){% endif %} يوم {{ due_date | local_date }}. "
            + "المرجو اتخاذ الإجراءات اللازمة قبل هذا التاريخ، ثم التأشير على إنجازه في لوحة الآجال."),
        ["fr"] = new(
            "{% if days_left == 1 %}Rappel : plus qu'un jour ouvrable pour « {{ title }} »{% else %}Rappel : plus que {{ days_left }} jours ouvrables pour « {{ title }} »{% endif %}",
            "L'échéance « {{ title }} »{% if reference != blank %} (référence : {{ reference }}){% endif %} arrive à son terme le {{ due_date | local_date }}. "
            + "Nous vous prions de prendre les dispositions nécessaires avant cette date, puis de la marquer comme traitée dans le tableau des échéances."),
        ["en"] = new(
            "{% if days_left == 1 %}Deadline in 1 working day: {{ title }}{% else %}Deadline in {{ days_left }} working days: {{ title }}{% endif %}",
            "The deadline \"{{ title }}\"{% if reference != blank %} (reference {{ reference }}){% endif %} falls on {{ due_date | local_date }}. "
            + "Please act before then, and mark it done on the deadlines dashboard."),
    });

    public static NotificationTemplate OverdueTemplate { get; } = new(Overdue, new Dictionary<string, NotificationText>
    {
        ["ar"] = new(
            "انصرام الأجل: {{ title }}",
            "انصرم أجل «{{ title }}»{% if reference != blank %} (المرجع: {{ reference }}){% endif %} يوم {{ due_date | local_date }} دون التأشير على إنجازه. "
            + "المرجو معالجة هذا الملف في أقرب الآجال، ثم التأشير على إنجازه في لوحة الآجال."),
        ["fr"] = new(
            "Échéance dépassée : {{ title }}",
            "L'échéance « {{ title }} »{% if reference != blank %} (référence : {{ reference }}){% endif %} a expiré le {{ due_date | local_date }} sans avoir été marquée comme traitée. "
            + "Nous vous prions de traiter ce dossier dans les meilleurs délais, puis de le signaler dans le tableau des échéances."),
        ["en"] = new(
            "Deadline passed: {{ title }}",
            "The deadline \"{{ title }}\"{% if reference != blank %} (reference {{ reference }}){% endif %} passed on {{ due_date | local_date }} without being marked done. "
            + "Please deal with the file as soon as possible, then mark it done on the deadlines dashboard."),
    });

    /// <summary>The reminder handler and its two templates.</summary>
    public static IServiceCollection AddDeadlines(this IServiceCollection services)
    {
        services.AddSingleton<IEventHandler, DeadlineAlertHandler>();
        services.AddSingleton(ReminderTemplate);
        services.AddSingleton(OverdueTemplate);
        foreach (var definition in DeadlineEventEnricher.Events)
        {
            services.AddSingleton(definition);
        }

        services.AddSingleton<OpenRegion.Cms.Core.Workflows.Rules.IEventEnricher, DeadlineEventEnricher>();
        return services;
    }
}
