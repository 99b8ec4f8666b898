using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Email;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Sms;

namespace OpenRegion.Cms.Core.Workflows.Rules;

/// <summary>
/// Carries out one action of a matched rule and writes its outcome into the rule's run. Messages become outbox
/// events of their own (one per recipient), committed with the run's update: a retry never sends twice, and a
/// recipient whose message fails to write never stops the others. A template error is final (retrying cannot fix
/// it) and is recorded at once; a webhook or publication that fails is retried with backoff, and recorded as
/// failed when the event is dead-lettered.
/// </summary>
public sealed class RuleActionHandler(OutboxDispatcherOptions options) : IEventHandler
{
    public const string SignatureHeader = "X-OpenRegion-Signature";

    private readonly HttpClient _http = CreateClient(options);

    public string Name => "rule-actions";

    public bool Handles(string eventType) => eventType == RulesHandler.ActionEvent;

    public async Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken)
    {
        var request = domainEvent.Payload<RuleActionRequest>();
        var db = context.Db;
        var run = await db.Set<RuleRun>().FirstOrDefaultAsync(r => r.RuleId == request.RuleId && r.EventId == request.EventId, cancellationToken);
        if (run is null)
        {
            return; // the rule and its history were deleted meanwhile
        }

        var label = $"action {request.Index + 1} ({request.Action.Kind})";
        var now = context.Clock.GetUtcNow();
        try
        {
            var done = await ExecuteAsync(request, context, cancellationToken);
            run.ActionsSucceeded++;
            RulesHandler.AppendLog(run, $"{label}: {done}");
        }
        catch (NotificationTemplateException ex)
        {
            run.ActionsFailed++;
            RulesHandler.AppendLog(run, $"{label}: template error: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordFailedAttemptAsync(context, request, domainEvent.Attempt, $"{label}: attempt {domainEvent.Attempt} failed: {ex.Message}", cancellationToken);
            throw;
        }

        Settle(run, now);
    }

    private static void Settle(RuleRun run, DateTimeOffset now)
    {
        if (run.ActionsSucceeded + run.ActionsFailed >= run.ActionsTotal)
        {
            run.Outcome = run.ActionsFailed > 0 ? RuleRunOutcome.Failed : RuleRunOutcome.Succeeded;
            run.FinishedUtc = now;
        }
    }

    /// <summary>The failed attempt goes into the run's log in a commit of its own (the handler's changes are discarded); the last one counts the action as failed.</summary>
    private static async Task RecordFailedAttemptAsync(EventHandlerContext context, RuleActionRequest request, int attempt, string line, CancellationToken cancellationToken)
    {
        await using var lease = context.Services.GetRequiredService<ICmsDbContextFactory>().ForTenant(context.TenantId);
        var run = await lease.Db.Set<RuleRun>().FirstOrDefaultAsync(r => r.RuleId == request.RuleId && r.EventId == request.EventId, cancellationToken);
        if (run is null)
        {
            return;
        }

        RulesHandler.AppendLog(run, line);
        if (attempt >= OutboxDispatcher.MaxAttempts)
        {
            run.ActionsFailed++;
            Settle(run, context.Clock.GetUtcNow());
        }

        await lease.Db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string> ExecuteAsync(RuleActionRequest request, EventHandlerContext context, CancellationToken cancellationToken)
    {
        var action = request.Action;
        var values = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(request.ModelJson, RuleAction.Json) ?? [];
        switch (action.Kind)
        {
            case RuleActionKind.Email:
            case RuleActionKind.Sms:
            case RuleActionKind.Notify:
                return await MessageAsync(action, values, context, cancellationToken);
            case RuleActionKind.PublishContent:
            case RuleActionKind.UnpublishContent:
                var editor = context.Services.GetRequiredService<ContentEditor>();
                var changed = action.Kind == RuleActionKind.PublishContent
                    ? await editor.PublishAsync(action.ContentSet!, cancellationToken)
                    : await editor.UnpublishAsync(action.ContentSet!, cancellationToken);
                return changed ? (action.Kind == RuleActionKind.PublishContent ? "published" : "withdrawn") : "content item not found";
            case RuleActionKind.Webhook:
                return await CallWebhookAsync(request, values, context, cancellationToken);
            default:
                throw new NotificationTemplateException($"Unknown action {action.Kind}.");
        }
    }

    private static async Task<string> MessageAsync(RuleAction action, Dictionary<string, JsonElement> values, EventHandlerContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var recipients = RuleValidator.Recipients(action.To);
        var roles = recipients.Where(r => r.StartsWith("role:", StringComparison.Ordinal)).Select(r => r[5..]).ToList();
        var literal = recipients.Where(r => !r.StartsWith("role:", StringComparison.Ordinal)).ToList();
        var roleUserIds = await db.Set<TenantRoleGrant>().AsNoTracking().Where(g => roles.Contains(g.Role)).Select(g => g.UserId).Distinct().ToListAsync(cancellationToken);
        var lowered = literal.Select(l => l.ToUpperInvariant()).ToList();
        var accounts = await db.Set<CmsUser>().AsNoTracking()
            .Where(u => roleUserIds.Contains(u.Id) || action.Kind == RuleActionKind.Notify && lowered.Contains(u.NormalizedEmail!))
            .ToListAsync(cancellationToken);

        // Every message is written before any is queued: a template that fails queues nothing.
        var messages = new List<(string Culture, string? To, CmsUser? User)>();
        foreach (var user in accounts)
        {
            var to = action.Kind switch
            {
                RuleActionKind.Email => user.EmailConfirmed ? user.Email : null,
                RuleActionKind.Sms => PhoneNumbers.NormalizeMoroccanMobile(user.PhoneNumber),
                _ => null,
            };
            if (action.Kind == RuleActionKind.Notify || to is not null)
            {
                messages.Add((NotificationRenderer.Cultures.Contains(user.PreferredCulture) ? user.PreferredCulture : "ar", to, user));
            }
        }

        if (action.Kind != RuleActionKind.Notify)
        {
            messages.AddRange(literal.Select(to => ("ar", action.Kind == RuleActionKind.Sms ? PhoneNumbers.NormalizeMoroccanMobile(to) : to, (CmsUser?)null)));
        }

        var now = context.Clock.GetUtcNow();
        var path = values.TryGetValue("event", out var fields) && fields.ValueKind == JsonValueKind.Object && fields.TryGetProperty("path", out var p) ? p.GetString() : null;
        var written = messages.Select(m =>
        {
            var model = NotificationRenderer.Model(values, m.Culture);
            var subject = string.IsNullOrEmpty(action.Subject) ? "" : NotificationRenderer.Render(action.Subject, model, m.Culture).Trim();
            var body = NotificationRenderer.Render(action.Body ?? "", model, m.Culture).Trim();
            return (m, subject, body);
        }).ToList();
        foreach (var ((culture, to, user), subject, body) in written)
        {
            switch (action.Kind)
            {
                case RuleActionKind.Email:
                    Outbox.Raise(db, NotificationsHandler.EmailEvent, new EmailMessage(to!, NotificationRenderer.OneLine(subject), body, culture), context.Clock);
                    break;
                case RuleActionKind.Sms:
                    Outbox.Raise(db, NotificationsHandler.SmsEvent, new SmsMessage(to!, body, culture), context.Clock);
                    break;
                default:
                    db.Set<Notification>().Add(new Notification
                    {
                        UserId = user!.Id,
                        Kind = "rule",
                        Culture = culture,
                        Title = NotificationRenderer.Truncate(NotificationRenderer.OneLine(subject), Notification.MaxTitleLength),
                        Body = NotificationRenderer.Truncate(body, Notification.MaxBodyLength),
                        Url = path,
                        CreatedUtc = now,
                    });
                    break;
            }
        }

        return $"{written.Count} message(s)";
    }

    private async Task<string> CallWebhookAsync(RuleActionRequest request, Dictionary<string, JsonElement> values, EventHandlerContext context, CancellationToken cancellationToken)
    {
        if (await WebhookAddress.CheckAsync(request.Action.Url, options.AllowPrivateWebhooks, cancellationToken) is { } refused)
        {
            throw new NotificationTemplateException(refused); // final: the address is not allowed (any more)
        }

        var body = JsonSerializer.Serialize(new
        {
            tenant = context.TenantId,
            @event = values.TryGetValue("event", out var fields) ? fields : default,
            site = values.TryGetValue("site", out var site) ? site : default,
            rule = values.TryGetValue("rule", out var rule) ? rule : default,
        }, RuleAction.Json);
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Action.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        message.Headers.Add(SignatureHeader, "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(request.WebhookSecret), Encoding.UTF8.GetBytes(body))));
        message.Headers.Add("X-OpenRegion-Event", $"{request.EventId}");
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        return $"webhook answered {(int)response.StatusCode}";
    }

    /// <summary>No redirects, no proxies, no cookies; unless allowed, the address actually connected to must be public.</summary>
    private static HttpClient CreateClient(OutboxDispatcherOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.WebhookTimeout,
            ConnectCallback = async (connection, cancellationToken) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(connection.DnsEndPoint.Host, cancellationToken);
                var allowed = addresses.Where(a => options.AllowPrivateWebhooks || WebhookAddress.IsPublic(a)).ToArray();
                if (allowed.Length == 0)
                {
                    throw new HttpRequestException("The webhook address leads to a private or local network.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, connection.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { Timeout = options.WebhookTimeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("OpenRegion-Webhooks/1.0");
        return client;
    }
}
