using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Budgets.Domain;

/// <summary>
/// The module's own reactions: when proposals open, voting opens or results come out, the process's followers are
/// told; when results come out, each budget's winners are marked selected (by the rule the process fixed) so that
/// their execution can be followed; when a project is reviewed, its proposer is told why. Everything it changes is
/// saved with its delivery, so it runs once.
/// </summary>
public sealed class BudgetEventsHandler : IEventHandler
{
    public string Name => "budgets";

    public bool Handles(string eventType) => eventType is BudgetEvents.PhaseStarted or BudgetEvents.ProjectReviewed;

    public Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken) =>
        domainEvent.Type == BudgetEvents.PhaseStarted
            ? PhaseStartedAsync(domainEvent.Payload<BudgetEvents.PhasePayload>(), context, cancellationToken)
            : ReviewedAsync(domainEvent.Payload<BudgetEvents.ProjectPayload>(), context);

    private static async Task PhaseStartedAsync(BudgetEvents.PhasePayload payload, EventHandlerContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var process = await db.Set<BudgetProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == payload.ProcessId, cancellationToken);
        if (process is null || !Enum.TryParse<BudgetPhase>(payload.Phase, out var phase))
        {
            return;
        }

        var now = context.Clock.GetUtcNow();
        var current = process.PhaseAt(now);
        if (phase == BudgetPhase.Results && current >= BudgetPhase.Results)
        {
            await MarkWinnersAsync(db, process.Id, cancellationToken);
        }

        // After a stop, timers that fell due meanwhile all fire: only the phase still running is announced.
        if (current != phase || phase is not (BudgetPhase.Proposals or BudgetPhase.Voting or BudgetPhase.Results))
        {
            return;
        }

        var values = new Dictionary<string, object?>
        {
            ["title"] = new Dictionary<string, object?> { ["ar"] = Bilingual.Pick("ar", process.TitleAr, process.TitleFr), ["fr"] = Bilingual.Pick("fr", process.TitleAr, process.TitleFr) },
            ["phase"] = phase.ToString(),
            ["ends"] = phase == BudgetPhase.Voting ? process.VotingEndsUtc?.ToString("O", CultureInfo.InvariantCulture) : null,
        };
        var url = BudgetEvents.ProcessUrl(process) + phase switch
        {
            BudgetPhase.Proposals => "/propose",
            BudgetPhase.Results => "/results",
            _ => "",
        };
        Notify.Followers(db, BudgetEvents.Subject(process.Id), BudgetNotifications.Phase, values, url, context.Clock);
    }

    /// <summary>Each budget's winners by the process's rule become Selected (the others stay Feasible).</summary>
    internal static async Task MarkWinnersAsync(Cms.Core.Data.ICmsDbContext db, long processId, CancellationToken cancellationToken)
    {
        var budgets = await db.Set<Budget>().Where(b => b.ProcessId == processId).Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (var budgetId in budgets)
        {
            var result = await BudgetResults.CountAsync(db, budgetId, cancellationToken);
            var winners = result?.Selected.Select(s => long.Parse(s.Id, CultureInfo.InvariantCulture)).ToList() ?? [];
            var projects = await db.Set<BudgetProject>().Where(p => p.BudgetId == budgetId && (p.State == ProjectState.Feasible || p.State == ProjectState.Selected)).ToListAsync(cancellationToken);
            foreach (var project in projects)
            {
                project.State = winners.Contains(project.Id) ? ProjectState.Selected : ProjectState.Feasible;
            }
        }
    }

    private static Task ReviewedAsync(BudgetEvents.ProjectPayload payload, EventHandlerContext context)
    {
        if (payload.ProposerUserId is { } proposer && payload.State is "Feasible" or "Unfeasible" or "Withdrawn")
        {
            var values = new Dictionary<string, object?>
            {
                ["title"] = new Dictionary<string, object?> { ["ar"] = Bilingual.Pick("ar", payload.Title, payload.TitleFr), ["fr"] = Bilingual.Pick("fr", payload.Title, payload.TitleFr) },
                ["state"] = payload.State,
                ["reason"] = payload.Reason,
                ["cost"] = payload.Cost.ToString("N0", CultureInfo.GetCultureInfo("fr-MA")),
            };
            Notify.User(context.Db, proposer, BudgetNotifications.Reviewed, values, subject: null, payload.Url, context.Clock);
        }

        return Task.CompletedTask;
    }
}
