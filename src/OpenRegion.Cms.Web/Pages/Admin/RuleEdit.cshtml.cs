using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Core.Workflows.Rules;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Admin;

/// <summary>
/// Writes a rule: its trigger, its condition, its actions. Nothing is saved until every part is valid; what was
/// typed comes back with the reasons, field by field.
/// </summary>
[Authorize(Policy = PermissionPolicy.ManageTenant)]
public sealed class RuleEditModel(ICmsDbContext db, EventCatalog catalog, OutboxDispatcherOptions workflows, IAuditLog audit, TimeProvider clock, IStringLocalizer<HostStrings> T) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty]
    public RuleInput Input { get; set; } = new();

    public EventCatalog Catalog => catalog;

    public string? WebhookSecret { get; private set; }

    public IReadOnlyList<(string Set, string Title)> ContentItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var rule = await db.Set<WorkflowRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (rule is null)
            {
                return NotFound();
            }

            Input = new RuleInput
            {
                Name = rule.Name,
                Enabled = rule.Enabled,
                TriggerEvent = rule.TriggerEvent,
                Condition = rule.Condition,
                Actions = [.. RuleAction.Parse(rule.ActionsJson).Select(ActionInput.From)],
            };
            WebhookSecret = rule.WebhookSecret;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        WorkflowRule? rule = null;
        if (Id is { } id && (rule = await db.Set<WorkflowRule>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)) is null)
        {
            return NotFound();
        }

        var actions = new List<RuleAction>();
        var fieldOf = new List<int>();
        for (var i = 0; i < Input.Actions.Count; i++)
        {
            var input = Input.Actions[i];
            if (input.Remove || string.IsNullOrEmpty(input.Kind))
            {
                continue;
            }

            if (!Enum.TryParse<RuleActionKind>(input.Kind, out var kind) || !Enum.IsDefined(kind))
            {
                ModelState.AddModelError($"Input.Actions[{i}].Kind", T["Choose what the action does."]);
                continue;
            }

            actions.Add(input.ToAction(kind));
            fieldOf.Add(i);
        }

        var candidate = new WorkflowRule { Name = Input.Name?.Trim() ?? "", TriggerEvent = Input.TriggerEvent ?? "", Condition = string.IsNullOrWhiteSpace(Input.Condition) ? null : Input.Condition.Trim() };
        foreach (var error in await RuleValidator.ValidateAsync(candidate, actions, catalog, db, workflows.AllowPrivateWebhooks, cancellationToken))
        {
            // "Actions[2].Url" of the valid actions → the form's own row.
            var key = error.Field.StartsWith("Actions[", StringComparison.Ordinal) && error.Field.IndexOf(']') is var end and > 8
                ? $"Input.Actions[{fieldOf[int.Parse(error.Field[8..end], CultureInfo.InvariantCulture)]}]{error.Field[(end + 1)..]}"
                : "Input." + error.Field;
            var message = T[error.Message].Value + (error.Detail is null ? "" : $" ({error.Detail})");
            ModelState.AddModelError(key, message);
        }

        if (!ModelState.IsValid)
        {
            WebhookSecret = rule?.WebhookSecret;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var now = clock.GetUtcNow();
        if (rule is null)
        {
            rule = new WorkflowRule { CreatedUtc = now, WebhookSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)) };
            db.Set<WorkflowRule>().Add(rule);
        }

        rule.Name = candidate.Name;
        rule.Enabled = Input.Enabled;
        rule.TriggerEvent = candidate.TriggerEvent;
        rule.Condition = candidate.Condition;
        rule.ActionsJson = RuleAction.Serialize(actions);
        rule.ModifiedUtc = now;
        rule.ModifiedBy = User.Identity?.Name ?? "";
        audit.Record(Id is null ? "rule.created" : "rule.changed", "rule", new { rule.Name, rule.TriggerEvent, rule.Condition, Actions = actions.Select(a => a.Kind.ToString()) });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["The rule “{0}” is saved.", rule.Name].Value;
        return Redirect(Url.Content($"~/admin/rules/edit?id={rule.Id}"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var rule = Id is { } id ? await db.Set<WorkflowRule>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (rule is null)
        {
            return NotFound();
        }

        db.Set<WorkflowRule>().Remove(rule);
        audit.Record("rule.deleted", $"rule:{rule.Id}", new { rule.Name });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["The rule “{0}” is deleted; its past runs stay in the history.", rule.Name].Value;
        return Redirect(Url.Content("~/admin/rules"));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Always one empty row to add an action with (more after saving).
        if (Input.Actions.Count == 0 || Input.Actions.All(a => !string.IsNullOrEmpty(a.Kind)))
        {
            Input.Actions.Add(new ActionInput());
        }

        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var items = await db.Set<ContentItem>().AsNoTracking()
            .Where(c => c.ContentType != ContentTypes.HomePage.Name && c.ContentType != ContentTypes.Menu.Name)
            .OrderByDescending(c => c.ModifiedUtc).Take(500)
            .Select(c => new { c.LocalizationSet, c.Culture, c.Title, c.ContentType }).ToListAsync(cancellationToken);
        ContentItems = [.. items.GroupBy(i => i.LocalizationSet)
            .Select(g => g.FirstOrDefault(i => i.Culture == culture) ?? g.First())
            .Select(i => (i.LocalizationSet, $"{ContentTypes.Find(i.ContentType)?.DisplayName(culture)}: {i.Title}"))];
    }

    public sealed class RuleInput
    {
        public string? Name { get; set; }

        public bool Enabled { get; set; } = true;

        public string? TriggerEvent { get; set; }

        public string? Condition { get; set; }

        public List<ActionInput> Actions { get; set; } = [];
    }

    public sealed class ActionInput
    {
        public string? Kind { get; set; }

        public string? To { get; set; }

        public string? Subject { get; set; }

        public string? Body { get; set; }

        public string? ContentSet { get; set; }

        public string? Url { get; set; }

        public bool Remove { get; set; }

        public static ActionInput From(RuleAction action) => new()
        {
            Kind = action.Kind.ToString(),
            To = action.To,
            Subject = action.Subject,
            Body = action.Body,
            ContentSet = action.ContentSet,
            Url = action.Url,
        };

        /// <summary>Only the fields the kind uses are kept.</summary>
        public RuleAction ToAction(RuleActionKind kind) => kind switch
        {
            RuleActionKind.Email or RuleActionKind.Notify => new RuleAction { Kind = kind, To = To?.Trim(), Subject = Subject, Body = Body },
            RuleActionKind.Sms => new RuleAction { Kind = kind, To = To?.Trim(), Body = Body },
            RuleActionKind.PublishContent or RuleActionKind.UnpublishContent => new RuleAction { Kind = kind, ContentSet = ContentSet },
            _ => new RuleAction { Kind = kind, Url = Url?.Trim() },
        };
    }
}
