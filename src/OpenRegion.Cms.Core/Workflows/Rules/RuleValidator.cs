using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Sms;

namespace OpenRegion.Cms.Core.Workflows.Rules;

/// <summary>Why a rule cannot be saved: the field (e.g. "Actions[1].Url"), the reason (English, the UI's wording key) and the parser's own words where there are some.</summary>
public sealed record RuleError(string Field, string Message, string? Detail = null);

/// <summary>
/// Checks a rule before it is saved, so that what runs later can only fail for reasons outside it (a mail server
/// down, a webhook answering 500): the trigger is a known event, the condition and every template parse, every
/// recipient is an address, a number or a role, the content to publish exists, a webhook goes to the public internet.
/// </summary>
public static class RuleValidator
{
    public static async Task<IReadOnlyList<RuleError>> ValidateAsync(WorkflowRule rule, IReadOnlyList<RuleAction> actions, EventCatalog catalog, ICmsDbContext db, bool allowPrivateWebhooks, CancellationToken cancellationToken = default)
    {
        var errors = new List<RuleError>();
        if (string.IsNullOrWhiteSpace(rule.Name))
        {
            errors.Add(new("Name", "Give the rule a name."));
        }
        else if (rule.Name.Length > WorkflowRule.MaxNameLength)
        {
            errors.Add(new("Name", "The name is too long."));
        }

        if (!catalog.Contains(rule.TriggerEvent))
        {
            errors.Add(new("TriggerEvent", "This event does not exist; choose one from the list."));
        }

        if (ConditionError(rule.Condition) is { } condition)
        {
            errors.Add(condition);
        }

        if (actions.Count == 0)
        {
            errors.Add(new("Actions", "Add at least one action."));
        }
        else if (actions.Count > WorkflowRule.MaxActions)
        {
            errors.Add(new("Actions", "A rule has at most 10 actions."));
        }

        for (var i = 0; i < actions.Count; i++)
        {
            await ValidateActionAsync(actions[i], $"Actions[{i}]", db, allowPrivateWebhooks, errors, cancellationToken);
        }

        return errors;
    }

    /// <summary>The condition as Liquid sees it: one expression inside an if tag (no tags or output of its own).</summary>
    public static string ConditionTemplate(string condition) => "{% if " + condition + " %}true{% endif %}";

    private static RuleError? ConditionError(string? condition)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return null;
        }

        if (condition.Length > WorkflowRule.MaxConditionLength)
        {
            return new("Condition", "The condition is too long.");
        }

        if (condition.Contains("{%", StringComparison.Ordinal) || condition.Contains("%}", StringComparison.Ordinal)
            || condition.Contains("{{", StringComparison.Ordinal) || condition.Contains("}}", StringComparison.Ordinal))
        {
            return new("Condition", "Write the condition as an expression only, e.g. event.contentType == \"News\" (no {% %} or {{ }}).");
        }

        return NotificationRenderer.Validate(ConditionTemplate(condition)) is { } error
            ? new("Condition", "The condition is not valid Liquid.", error)
            : null;
    }

    private static async Task ValidateActionAsync(RuleAction action, string field, ICmsDbContext db, bool allowPrivateWebhooks, List<RuleError> errors, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(action.Kind))
        {
            errors.Add(new(field + ".Kind", "Choose what the action does."));
            return;
        }

        if (action.Kind is RuleActionKind.Email or RuleActionKind.Sms or RuleActionKind.Notify)
        {
            var recipients = Recipients(action.To);
            if (recipients.Count == 0)
            {
                errors.Add(new(field + ".To", "Say who receives it."));
            }

            foreach (var recipient in recipients)
            {
                var valid = recipient.StartsWith("role:", StringComparison.Ordinal) ? CmsRoles.IsTenantRole(recipient[5..])
                    : action.Kind == RuleActionKind.Sms ? PhoneNumbers.NormalizeMoroccanMobile(recipient) is not null
                    : MailAddress.TryCreate(recipient, out _);
                if (!valid)
                {
                    errors.Add(new(field + ".To", action.Kind == RuleActionKind.Sms
                        ? "Each recipient must be a Moroccan mobile number or a role (role:TenantAdmin)."
                        : "Each recipient must be an e-mail address or a role (role:TenantAdmin).", recipient));
                }
            }

            if (action.Kind != RuleActionKind.Sms && string.IsNullOrWhiteSpace(action.Subject))
            {
                errors.Add(new(field + ".Subject", "Write a subject."));
            }

            if (string.IsNullOrWhiteSpace(action.Body))
            {
                errors.Add(new(field + ".Body", "Write the message."));
            }

            foreach (var (name, text) in new[] { ("Subject", action.Subject), ("Body", action.Body) })
            {
                if (text is { Length: > RuleAction.MaxTemplateLength })
                {
                    errors.Add(new($"{field}.{name}", "The text is too long."));
                }
                else if (!string.IsNullOrEmpty(text) && NotificationRenderer.Validate(text) is { } error)
                {
                    errors.Add(new($"{field}.{name}", "The template is not valid Liquid.", error));
                }
            }
        }
        else if (action.Kind is RuleActionKind.PublishContent or RuleActionKind.UnpublishContent)
        {
            if (string.IsNullOrEmpty(action.ContentSet) || !await db.Set<ContentItem>().AnyAsync(c => c.LocalizationSet == action.ContentSet, cancellationToken))
            {
                errors.Add(new(field + ".ContentSet", "Choose the content item from the list."));
            }
        }
        else if (action.Kind == RuleActionKind.Webhook && await WebhookAddress.CheckAsync(action.Url, allowPrivateWebhooks, cancellationToken) is { } reason)
        {
            errors.Add(new(field + ".Url", reason, action.Url));
        }
    }

    /// <summary>The recipients of <see cref="RuleAction.To"/>: separated by commas, semicolons or line breaks.</summary>
    public static IReadOnlyList<string> Recipients(string? to) =>
        (to ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
