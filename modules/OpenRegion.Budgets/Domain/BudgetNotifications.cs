using OpenRegion.Cms.Core.Notifications;

namespace OpenRegion.Budgets.Domain;

/// <summary>
/// What followers of a process and proposers of projects receive. Variables: title ({ar, fr}: each reader gets
/// theirs), phase, ends (ISO date, voting), state and reason (review), link.
/// </summary>
public static class BudgetNotifications
{
    public const string Phase = "budget.phase";
    public const string Reviewed = "budget.project-reviewed";

    public static IEnumerable<NotificationTemplate> Templates { get; } =
    [
        new(Phase, new Dictionary<string, NotificationText>
        {
            ["ar"] = new(
                "{% case phase %}{% when 'Proposals' %}افتح باب اقتراح المشاريع: {{ title }}{% when 'Voting' %}انطلق التصويت: {{ title }}{% when 'Results' %}النتائج متاحة: {{ title }}{% else %}مرحلة جديدة: {{ title }}{% endcase %}",
                "{% case phase %}{% when 'Proposals' %}يمكنكم الآن اقتراح مشاريعكم في إطار «{{ title }}».{% when 'Voting' %}انطلق التصويت على مشاريع «{{ title }}»{% if ends != blank %}، ويستمر إلى غاية {{ ends | local_datetime }}{% endif %}. يمكنكم التصويت من هاتفكم، ثم تغيير اختياركم ما دام التصويت مفتوحا.{% when 'Results' %}انتهى التصويت على «{{ title }}». النتائج والمشاريع الفائزة وملف الأصوات المجهولة الهوية متاحة للجميع.{% else %}بدأت مرحلة جديدة من «{{ title }}».{% endcase %}"),
            ["fr"] = new(
                "{% case phase %}{% when 'Proposals' %}Proposez vos projets : {{ title }}{% when 'Voting' %}Le vote est ouvert : {{ title }}{% when 'Results' %}Résultats publiés : {{ title }}{% else %}Nouvelle phase : {{ title }}{% endcase %}",
                "{% case phase %}{% when 'Proposals' %}Vous pouvez maintenant proposer vos projets pour « {{ title }} ».{% when 'Voting' %}Le vote sur les projets de « {{ title }} » est ouvert{% if ends != blank %} jusqu'au {{ ends | local_datetime }}{% endif %}. Vous pouvez voter depuis votre téléphone, puis modifier votre choix tant que le vote est ouvert.{% when 'Results' %}Le vote sur « {{ title }} » est clos. Les résultats, les projets retenus et le fichier anonymisé des bulletins sont publiés pour tous.{% else %}Une nouvelle phase de « {{ title }} » commence.{% endcase %}"),
            ["en"] = new(
                "{% case phase %}{% when 'Proposals' %}Propose your projects: {{ title }}{% when 'Voting' %}Voting is open: {{ title }}{% when 'Results' %}Results published: {{ title }}{% else %}New phase: {{ title }}{% endcase %}",
                "{% case phase %}{% when 'Proposals' %}You can now propose projects for \"{{ title }}\".{% when 'Voting' %}Voting on the projects of \"{{ title }}\" is open{% if ends != blank %} until {{ ends | local_datetime }}{% endif %}. You can vote from your phone and change your choice while voting is open.{% when 'Results' %}Voting on \"{{ title }}\" has closed. The results, the winning projects and the anonymized ballots are published for everyone.{% else %}A new phase of \"{{ title }}\" starts.{% endcase %}"),
        }),
        new(Reviewed, new Dictionary<string, NotificationText>
        {
            ["ar"] = new(
                "{% if state == 'Feasible' %}مشروعكم مقبول للتصويت: {{ title }}{% else %}نتيجة دراسة مشروعكم: {{ title }}{% endif %}",
                "{% if state == 'Feasible' %}درست المصالح التقنية مشروعكم «{{ title }}» ووجدته قابلا للإنجاز بكلفة {{ cost }} درهم. سيُعرض على التصويت.{% elsif state == 'Unfeasible' %}درست المصالح التقنية مشروعكم «{{ title }}» ووجدته غير قابل للإنجاز.{% else %}تغيرت حالة مشروعكم «{{ title }}».{% endif %}{% if reason != blank %}\nالتعليل: {{ reason }}{% endif %}"),
            ["fr"] = new(
                "{% if state == 'Feasible' %}Votre projet est soumis au vote : {{ title }}{% else %}Examen de votre projet : {{ title }}{% endif %}",
                "{% if state == 'Feasible' %}Les services techniques ont examiné votre projet « {{ title }} » et l'ont jugé réalisable pour {{ cost }} MAD. Il sera soumis au vote.{% elsif state == 'Unfeasible' %}Les services techniques ont examiné votre projet « {{ title }} » et l'ont jugé non réalisable.{% else %}L'état de votre projet « {{ title }} » a changé.{% endif %}{% if reason != blank %}\nMotifs : {{ reason }}{% endif %}"),
            ["en"] = new(
                "{% if state == 'Feasible' %}Your project goes to the vote: {{ title }}{% else %}Review of your project: {{ title }}{% endif %}",
                "{% if state == 'Feasible' %}The technical services reviewed your project \"{{ title }}\" and found it feasible for {{ cost }} MAD. It will be put to the vote.{% elsif state == 'Unfeasible' %}The technical services reviewed your project \"{{ title }}\" and found it not feasible.{% else %}The state of your project \"{{ title }}\" changed.{% endif %}{% if reason != blank %}\nReasons: {{ reason }}{% endif %}"),
        }),
    ];
}
