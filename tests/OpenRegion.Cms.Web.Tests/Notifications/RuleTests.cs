using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Core.Workflows.Rules;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Notifications;

/// <summary>Tenant admins' rules: refused when invalid, run on their event with a history of every run and its outcome.</summary>
public abstract class RuleTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "azilal";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The platform's handlers, with webhooks to loopback allowed (the test's receiver listens there).</summary>
    private OutboxDispatcher Dispatcher()
    {
        var handlers = factory.Services.GetServices<IEventHandler>().Where(h => h is not RuleActionHandler)
            .Append(new RuleActionHandler(new OutboxDispatcherOptions { AllowPrivateWebhooks = true, WebhookTimeout = TimeSpan.FromSeconds(5) }));
        return new(factory.Service<ICmsDbContextFactory>(), handlers, factory.Services, _clock, NullLogger<OutboxDispatcher>.Instance, new OutboxDispatcherOptions { RetryBase = TimeSpan.FromSeconds(10) });
    }

    private CmsDbContext Db() => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(Tenant));


    private async Task<WorkflowRule> RuleAsync(string name, string? condition, params RuleAction[] actions)
    {
        await using var db = Db();
        var rule = new WorkflowRule
        {
            Name = name, TriggerEvent = ContentEvents.Published, Condition = condition, ActionsJson = RuleAction.Serialize(actions),
            WebhookSecret = "s3cret-" + Guid.NewGuid().ToString("N"), CreatedUtc = _clock.GetUtcNow(), ModifiedUtc = _clock.GetUtcNow(),
        };
        db.Set<WorkflowRule>().Add(rule);
        await db.SaveChangesAsync();
        return rule;
    }

    private async Task PublishAsync(string type, string title)
    {
        await using var db = Db();
        var editor = new ContentEditor(db, new AuditLog(db, new HttpContextAccessor(), _clock), _clock, factory.Service<ContentVersions>(), factory.Service<ContentSearchIndexer>());
        (await editor.SaveAsync(new ContentDraft(type, null, [new CultureDraft("fr", title, null, "Résumé", null, "Texte")]), ContentEditor.SaveAction.Publish, ContentAuthor.System)).Succeeded.ShouldBeTrue();
    }

    private async Task<RuleRun> RunOfAsync(WorkflowRule rule)
    {
        await using var db = Db();
        return await db.Set<RuleRun>().AsNoTracking().SingleAsync(r => r.RuleId == rule.Id);
    }

    [Fact]
    public async Task ARuleOnPublishedNews_Mails_Notifies_AndCallsAWebhookThatFailsOnce_WithItsHistory()
    {
        var admin = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.TenantAdmin);
        using var receiver = new WebhookReceiver(failures: 1);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var rule = await RuleAsync("Relayer les actualités " + marker, $"event.contentType == \"News\" and event.title contains \"{marker}\"",
            new RuleAction { Kind = RuleActionKind.Email, To = "role:TenantAdmin, presse@example.test", Subject = "{{ site.name }} : {{ event.title }}", Body = "Publié le {{ event.occurredUtc | local_date }} : {{ event.url }}" },
            new RuleAction { Kind = RuleActionKind.Notify, To = "role:TenantAdmin", Subject = "Nouvelle actualité : {{ event.title }}", Body = "Règle « {{ rule.name }} »" },
            new RuleAction { Kind = RuleActionKind.Webhook, Url = receiver.Url });
        var documentsOnly = await RuleAsync("Documents " + marker, $"event.contentType == \"Document\" and event.title contains \"{marker}\"",
            new RuleAction { Kind = RuleActionKind.Email, To = "archives@example.test", Subject = "x", Body = "y" });

        await PublishAsync("News", "Campagne de vaccination à Azilal " + marker);
        await Dispatcher().DrainAsync();

        var running = await RunOfAsync(rule);
        running.Outcome.ShouldBe(RuleRunOutcome.Running); // the webhook answered 500: retried later
        running.ActionsSucceeded.ShouldBe(2);
        running.Log.ShouldContain("attempt 1 failed: The webhook answered 500");
        (await RunOfAsync(documentsOnly)).Outcome.ShouldBe(RuleRunOutcome.Skipped);

        var mail = MimeKit.MimeMessage.Load(Directory.GetFiles(factory.MailDirectory, "*.eml")
            .First(f => File.ReadAllText(f).Contains("presse@example.test", StringComparison.Ordinal)));
        (mail.Subject ?? "").ShouldContain("Campagne de vaccination à Azilal " + marker);
        (mail.TextBody ?? "").ShouldContain("Publié le 23");
        (mail.TextBody ?? "").ShouldContain("/news/");
        factory.LatestMailTo(admin.Email!).ShouldContain("/news/");
        await using (var db = Db())
        {
            (await db.Set<Notification>().Where(n => n.UserId == admin.Id).Select(n => n.Title).ToListAsync())
                .ShouldContain("Nouvelle actualité : Campagne de vaccination à Azilal " + marker);
        }

        _clock.Advance(TimeSpan.FromSeconds(10));
        await Dispatcher().DrainAsync();
        var done = await RunOfAsync(rule);
        done.Outcome.ShouldBe(RuleRunOutcome.Succeeded);
        done.ActionsSucceeded.ShouldBe(3);
        done.FinishedUtc.ShouldNotBeNull();

        // The receiver got the event twice (one failure, one success), signed with the rule's key.
        receiver.Bodies.Count.ShouldBe(2);
        var (body, signature) = receiver.Bodies.Last();
        signature.ShouldBe("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(rule.WebhookSecret), Encoding.UTF8.GetBytes(body))));
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("event").GetProperty("title").GetString().ShouldBe("Campagne de vaccination à Azilal " + marker);
        json.RootElement.GetProperty("tenant").GetString().ShouldBe(Tenant);

        // Delivering the same event again (a replay) does not run the rules a second time.
        await using (var db = Db())
        {
            (await db.Set<RuleRun>().CountAsync(r => r.RuleId == rule.Id)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task ATemplateErrorInOneAction_FailsThatActionOnly()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var rule = await RuleAsync("Deux messages " + marker, $"event.title contains \"{marker}\"",
            new RuleAction { Kind = RuleActionKind.Email, To = "cassee@example.test", Subject = "Sujet", Body = "{% for %}" }, // saved before validation existed
            new RuleAction { Kind = RuleActionKind.Email, To = $"bonne-{marker}@example.test", Subject = "Publié : {{ event.title }}", Body = "{{ event.url }}" });

        await PublishAsync("News", "Fête du printemps " + marker);
        await Dispatcher().DrainAsync();

        var run = await RunOfAsync(rule);
        run.Outcome.ShouldBe(RuleRunOutcome.Failed);
        run.ActionsFailed.ShouldBe(1);
        run.ActionsSucceeded.ShouldBe(1);
        run.Log.ShouldContain("template error");
        factory.LatestMailTo($"bonne-{marker}@example.test").ShouldContain("/news/");
    }

    [Fact]
    public async Task ARuleOnAnOverdueDeadline_SendsAnSms_InTheTenantsTime()
    {
        var key = "manual:" + Guid.NewGuid().ToString("N");
        await using (var db = Db())
        {
            db.Set<WorkflowRule>().Add(new WorkflowRule
            {
                Name = "SMS au directeur général " + key, TriggerEvent = OpenRegion.Cms.Core.Deadlines.StaffDeadlines.OverdueEvent,
                Condition = $"event.stillOpen and event.key == \"{key}\"",
                ActionsJson = RuleAction.Serialize([new RuleAction { Kind = RuleActionKind.Sms, To = "0700112233", Body = "Échéance dépassée : {{ event.title }} ({{ event.reference }}), due le {{ event.dueUtc | local_date }}." }]),
                CreatedUtc = _clock.GetUtcNow(), ModifiedUtc = _clock.GetUtcNow(),
            });
            var shell = (await factory.Service<OpenRegion.Cms.Core.Tenancy.TenantRegistry>().GetShellAsync(Tenant)).ShouldNotBeNull();
            await OpenRegion.Cms.Core.Deadlines.StaffDeadlines.SetAsync(db, shell, new OpenRegion.Cms.Core.Deadlines.DeadlineRequest(
                key, OpenRegion.Cms.Core.Deadlines.LegalDeadlines.InformationRequestUrgent, "Demande urgente d'information", _clock.GetUtcNow()) { Reference = "DAI-2026-031" }, "tests", _clock);
            await db.SaveChangesAsync();
        }

        _clock.Advance(TimeSpan.FromDays(10)); // 3 working days have long passed
        await Dispatcher().DrainAsync();

        var sms = Directory.GetFiles(Path.Combine(factory.DataDirectory, "sms"), "*.json").Select(File.ReadAllText)
            .Where(t => t.Contains("700112233", StringComparison.Ordinal) && t.Contains("DAI-2026-031", StringComparison.Ordinal)).ShouldHaveSingleItem();
        JsonDocument.Parse(sms).RootElement.GetProperty("text").GetString().ShouldNotBeNull().ShouldStartWith("Échéance dépassée : Demande urgente d'information (DAI-2026-031), due le ");
        await using var check = Db();
        (await check.Set<RuleRun>().SingleAsync(r => r.RuleName.EndsWith(key))).Outcome.ShouldBe(RuleRunOutcome.Succeeded);
    }

    [Fact]
    public async Task AnInvalidRule_IsRefusedWithClearReasons_AndNothingIsSaved_ThenAValidOneIsSaved()
    {
        var admin = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.TenantAdmin);
        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(admin.Email!, PlatformUsers.Password, "/" + Tenant);
        var name = "Règle invalide " + Guid.NewGuid().ToString("N")[..6];
        var form = $"/{Tenant}/admin/rules/edit?culture=fr";

        var refused = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Enabled"] = "true", ["Input.TriggerEvent"] = "petition.signed-by-martians",
            ["Input.Condition"] = "event.contentType ==",
            ["Input.Actions[0].Kind"] = "Email", ["Input.Actions[0].To"] = "pas-une-adresse", ["Input.Actions[0].Subject"] = "{{ event.title", ["Input.Actions[0].Body"] = "ok",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        html.ShouldContain("Cet événement n’existe pas");
        html.ShouldContain("La condition n’est pas du Liquid valide");
        html.ShouldContain("Chaque destinataire doit être une adresse e-mail ou un rôle");
        html.ShouldContain("Le modèle n’est pas du Liquid valide");
        html.ShouldContain("pas-une-adresse"); // what was typed comes back

        foreach (var url in new[] { "http://127.0.0.1:8080/hook", "https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://localhost/hook" })
        {
            var webhook = await browser.SubmitAsync(form, new Dictionary<string, string>
            {
                ["Input.Name"] = name, ["Input.Enabled"] = "true", ["Input.TriggerEvent"] = ContentEvents.Published,
                ["Input.Actions[0].Kind"] = "Webhook", ["Input.Actions[0].Url"] = url,
            });
            webhook.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var text = WebUtility.HtmlDecode(await webhook.Content.ReadAsStringAsync());
            (text.Contains("réseau privé ou local", StringComparison.Ordinal) || text.Contains("doit utiliser https://", StringComparison.Ordinal)).ShouldBeTrue(url);
        }

        await using (var db = Db())
        {
            (await db.Set<WorkflowRule>().CountAsync(r => r.Name == name)).ShouldBe(0);
        }

        var saved = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Enabled"] = "true", ["Input.TriggerEvent"] = ContentEvents.Published,
            ["Input.Condition"] = "event.contentType == \"News\"",
            ["Input.Actions[0].Kind"] = "Notify", ["Input.Actions[0].To"] = "role:Editor", ["Input.Actions[0].Subject"] = "{{ event.title }}", ["Input.Actions[0].Body"] = "Publié",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = Db())
        {
            var rule = await db.Set<WorkflowRule>().SingleAsync(r => r.Name == name);
            RuleAction.Parse(rule.ActionsJson).ShouldHaveSingleItem().Kind.ShouldBe(RuleActionKind.Notify);
            rule.WebhookSecret.Length.ShouldBe(48);
        }

        WebUtility.HtmlDecode(await browser.GetTextAsync($"/{Tenant}/admin/rules?culture=fr")).ShouldContain(name);

        // A citizen without a role on the tenant cannot open the rules.
        var citizen = await PlatformUsers.CreateAsync(factory);
        var other = new BrowserSession(factory.Browser());
        await other.LogInAsync(citizen.Email!, PlatformUsers.Password, "/" + Tenant);
        (await other.GetAsync($"/{Tenant}/admin/rules")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>A webhook endpoint on loopback that answers 500 to its first calls, then 200, and keeps what it got.</summary>
    private sealed class WebhookReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private int _failures;

        public WebhookReceiver(int failures)
        {
            _failures = failures;
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/hooks/openregion/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public ConcurrentQueue<(string Body, string? Signature)> Bodies { get; } = new();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                Bodies.Enqueue((await reader.ReadToEndAsync(), context.Request.Headers[RuleActionHandler.SignatureHeader]));
                context.Response.StatusCode = Interlocked.Decrement(ref _failures) >= 0 ? 500 : 200;
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
        }
    }
}

public sealed class SqliteRuleTests(SqliteOutboxFactory factory) : RuleTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresRuleTests(PostgresOutboxFactory factory) : RuleTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
