using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Workflows.Rules;

/// <summary>
/// A tenant admin's rule, written without code: when <see cref="TriggerEvent"/> happens and
/// <see cref="Condition"/> (a Liquid expression over the event) holds, carry out <see cref="ActionsJson"/> in order.
/// </summary>
public sealed class WorkflowRule : ITenantOwned
{
    public const int MaxNameLength = 200;
    public const int MaxConditionLength = 1000;
    public const int MaxActions = 10;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>An event type of the <see cref="EventCatalog"/>, e.g. "content.published".</summary>
    public string TriggerEvent { get; set; } = "";

    /// <summary>Liquid expression, e.g. <c>event.content_type == "news"</c>; empty means always.</summary>
    public string? Condition { get; set; }

    /// <summary>The actions as JSON (a list of <see cref="RuleAction"/>).</summary>
    public string ActionsJson { get; set; } = "[]";

    /// <summary>Key of the HMAC signature of webhook calls (shown to the admin to check calls on the receiving side).</summary>
    public string WebhookSecret { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ModifiedUtc { get; set; }

    public string ModifiedBy { get; set; } = "";
}

/// <summary>One run of a rule on one event: matched or not, and what each action did.</summary>
public sealed class RuleRun : ITenantOwned
{
    public const int MaxLogLength = 4000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long RuleId { get; set; }

    public string RuleName { get; set; } = "";

    public long EventId { get; set; }

    public string EventType { get; set; } = "";

    public DateTimeOffset StartedUtc { get; set; }

    public DateTimeOffset? FinishedUtc { get; set; }

    public RuleRunOutcome Outcome { get; set; }

    public int ActionsTotal { get; set; }

    public int ActionsSucceeded { get; set; }

    public int ActionsFailed { get; set; }

    /// <summary>What happened, one line per step (condition, each action, each failed attempt).</summary>
    public string Log { get; set; } = "";
}

public enum RuleRunOutcome
{
    /// <summary>Its actions are being carried out (or retried).</summary>
    Running,

    /// <summary>Every action succeeded.</summary>
    Succeeded,

    /// <summary>The condition did not hold: nothing was done.</summary>
    Skipped,

    /// <summary>The condition could not be evaluated, or an action failed for good.</summary>
    Failed,
}
