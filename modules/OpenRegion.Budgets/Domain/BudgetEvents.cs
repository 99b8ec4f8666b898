using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Core.Workflows.Rules;

namespace OpenRegion.Budgets.Domain;

/// <summary>
/// What the module tells the rest of the platform: a phase starts (a timer per phase, so phases switch by their dates
/// for every tenant, requests or not), a citizen proposes a project, the services review one. Tenant rules can act on
/// all three; the module's own handler tells followers and proposers.
/// </summary>
public static class BudgetEvents
{
    public const string PhaseStarted = "budget.phase-started";
    public const string ProjectProposed = "budget.project-proposed";
    public const string ProjectReviewed = "budget.project-reviewed";

    /// <summary>What a citizen follows to hear of a process: its phases and its results (voters and proposers follow it automatically).</summary>
    public static string Subject(long processId) => "budget:" + processId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="Phase">"Information", "Proposals", "TechnicalReview", "Voting", "Results" or "FollowUp".</param>
    public sealed record PhasePayload(long ProcessId, string Title, string TitleFr, string Phase, string Url);

    /// <param name="State">"Proposed", "Feasible", "Unfeasible", "Withdrawn" or "Selected".</param>
    public sealed record ProjectPayload(long ProjectId, long ProcessId, string Title, string TitleFr, string State, string? Reason, decimal Cost, string Url, string? ProposerUserId);

    public static string ProcessUrl(BudgetProcess process) => "/budgets/" + process.Slug;

    public static string ProjectUrl(BudgetProcess process, long projectId) => $"{ProcessUrl(process)}/projects/{projectId}";

    /// <summary>
    /// One timer per dated phase, due when it starts. Called whenever a process's dates are saved: a moved date moves
    /// its timer; a phase whose timer was still pending and whose new date has passed (e.g. voting closed early)
    /// starts at once; a phase already begun when the process was set up raises nothing.
    /// </summary>
    public static async Task ScheduleAsync(ICmsDbContext db, BudgetProcess process, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var (phase, start) in process.Calendar())
        {
            var key = TimerKey(process.Id, phase);
            var wasPending = await Outbox.CancelAsync(db, key, cancellationToken) > 0;
            if (start is { } at && (at > now || wasPending))
            {
                var payload = new PhasePayload(process.Id, process.TitleAr, process.TitleFr, phase.ToString(), ProcessUrl(process));
                await Outbox.ScheduleAsync(db, PhaseStarted, payload, at, key, clock, cancellationToken);
            }
        }
    }

    public static string TimerKey(long processId, BudgetPhase phase) => $"budget:{processId}:{phase}";

    private static readonly IReadOnlyDictionary<string, string> ProjectFields = new Dictionary<string, string>
    {
        ["projectId"] = "the project's number",
        ["processId"] = "its process's number",
        ["title"] = "its title (Arabic when it has one)",
        ["titleFr"] = "its title in French",
        ["state"] = "Proposed, Feasible, Unfeasible, Withdrawn or Selected",
        ["reason"] = "the review's reasons, if any",
        ["cost"] = "its cost in MAD",
        ["url"] = "its public address",
    };

    public static IEnumerable<EventTypeDefinition> Catalog { get; } =
    [
        new(PhaseStarted, new Dictionary<string, string>
        {
            ["ar"] = "بداية مرحلة من مراحل ميزانية تشاركية",
            ["fr"] = "Début d'une phase d'un budget participatif",
            ["en"] = "A participatory budget's phase starts",
            ["zgh"] = "ⴰⵙⵏⵜⵉ ⵏ ⵜⴰⴼⵔⴰⵡⵜ ⵏ ⵜⵙⵖⴰⵔⵜ ⵜⴰⵎⵙⵙⴰⵖⵓⵍⵜ",
        }, new Dictionary<string, string>
        {
            ["processId"] = "the process's number",
            ["title"] = "its title in Arabic",
            ["titleFr"] = "its title in French",
            ["phase"] = "Information, Proposals, TechnicalReview, Voting, Results or FollowUp",
            ["url"] = "its public address",
        }),
        new(ProjectProposed, new Dictionary<string, string>
        {
            ["ar"] = "اقتراح مشروع في ميزانية تشاركية",
            ["fr"] = "Projet proposé à un budget participatif",
            ["en"] = "A project is proposed to a participatory budget",
            ["zgh"] = "ⴰⵙⵓⵎⵔ ⵏ ⵓⵙⵏⴼⴰⵔ ⴳ ⵜⵙⵖⴰⵔⵜ ⵜⴰⵎⵙⵙⴰⵖⵓⵍⵜ",
        }, ProjectFields),
        new(ProjectReviewed, new Dictionary<string, string>
        {
            ["ar"] = "دراسة مشروع من طرف المصالح التقنية",
            ["fr"] = "Projet examiné par les services techniques",
            ["en"] = "A project is reviewed by the technical services",
            ["zgh"] = "ⴰⵙⵏⵇⴷ ⵏ ⵓⵙⵏⴼⴰⵔ",
        }, ProjectFields),
    ];
}
