using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Email;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Workflows;

/// <summary>
/// Events and timers on a real database, delivered by dispatchers the test runs with a clock it moves (the host's
/// own dispatcher is switched off for these tests, so nothing else picks the messages up).
/// </summary>
public abstract class OutboxTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "azilal";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly string _type = "test." + Guid.NewGuid().ToString("N")[..10];

    private OutboxDispatcher Dispatcher(params IEventHandler[] handlers) => new(
        factory.Service<ICmsDbContextFactory>(), handlers, factory.Services, _clock, NullLogger<OutboxDispatcher>.Instance,
        new OutboxDispatcherOptions { RetryBase = TimeSpan.FromSeconds(10) });

    private CmsDbContext Db(string tenant = Tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    private async Task<OutboxMessage> MessageAsync(long id)
    {
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform);
        return await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    [Fact]
    public async Task AnEventRaisedInATransactionThatRollsBack_IsNeverDelivered()
    {
        await using (var db = Db())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Outbox.Raise(db, _type, new { Petition = 1 }, _clock);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using (var db = Db())
        {
            Outbox.Raise(db, _type, new { Petition = 2 }, _clock);
            await db.SaveChangesAsync();
        }

        var handler = new Recording("recorder", _type);
        await Dispatcher(handler).RunOnceAsync();

        handler.Received.Select(e => e.Payload<PetitionPayload>().Petition).ShouldBe([2]);
        await using var check = Db();
        (await check.Set<OutboxMessage>().CountAsync(m => m.EventType == _type)).ShouldBe(1);
    }

    [Fact]
    public async Task AHandlerThatFailsTwice_SucceedsOnRetry_AndSendsExactlyOneEmail()
    {
        var to = $"signataire-{Guid.NewGuid():N}@example.test";
        var mailer = new Flaky("notify-signers", _type, failures: 2, factory.Service<IEmailSender>(), to);
        var steady = new Recording("update-statistics", _type);
        long id;
        await using (var db = Db())
        {
            var message = Outbox.Raise(db, _type, new { Petition = 7 }, _clock);
            await db.SaveChangesAsync();
            id = message.Id;
        }

        var dispatcher = Dispatcher(mailer, steady);
        (await dispatcher.RunOnceAsync()).ShouldBe(1);
        var first = await MessageAsync(id);
        first.Status.ShouldBe(OutboxStatus.Pending);
        first.Attempts.ShouldBe(1);
        first.NextAttemptUtc.ShouldBe(_clock.GetUtcNow() + TimeSpan.FromSeconds(10));
        first.LastError.ShouldNotBeNull().ShouldContain("notify-signers: InvalidOperationException: SMTP refused");

        (await dispatcher.RunOnceAsync()).ShouldBe(0); // not due yet
        _clock.Advance(TimeSpan.FromSeconds(10));
        (await dispatcher.RunOnceAsync()).ShouldBe(1);
        (await MessageAsync(id)).NextAttemptUtc.ShouldBe(_clock.GetUtcNow() + TimeSpan.FromSeconds(20)); // backoff doubles
        _clock.Advance(TimeSpan.FromSeconds(20));
        (await dispatcher.RunOnceAsync()).ShouldBe(1);

        var done = await MessageAsync(id);
        done.Status.ShouldBe(OutboxStatus.Done);
        done.Attempts.ShouldBe(2);
        mailer.Calls.ShouldBe(3);
        steady.Received.Count.ShouldBe(1); // succeeded the first time: never run again on the retries
        steady.Received.Single().Attempt.ShouldBe(1);
        Directory.GetFiles(factory.MailDirectory, "*.eml").Count(f => File.ReadAllText(f).Contains(to, StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task ATimerDueWhileTheHostWasStopped_FiresOnceAfterRestart()
    {
        var key = "petition:" + Guid.NewGuid().ToString("N")[..8] + ":rejection-notice";
        await using (var db = Db())
        {
            // Scheduled for three months after deposit, then moved: only the latest schedule counts.
            await Outbox.ScheduleAsync(db, _type, new { Petition = 3 }, _clock.GetUtcNow().AddMonths(2), key, _clock);
            await db.SaveChangesAsync();
            await Outbox.ScheduleAsync(db, _type, new { Petition = 3 }, _clock.GetUtcNow().AddMonths(3), key, _clock);
            await db.SaveChangesAsync();
        }

        var before = new Recording("notice", _type);
        (await Dispatcher(before).RunOnceAsync()).ShouldBe(0);

        // The host is stopped over the deadline: no dispatcher runs. A new one (a new process) starts afterwards.
        _clock.Advance(TimeSpan.FromDays(100));
        var after = new Recording("notice", _type);
        var restarted = Dispatcher(after);
        await restarted.RunOnceAsync();
        await restarted.RunOnceAsync();

        before.Received.ShouldBeEmpty();
        after.Received.Count.ShouldBe(1);
        after.Received.Single().TimerKey.ShouldBe(key);
        after.Received.Single().DueUtc.ShouldBe(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero).AddMonths(3));
        await using var check = Db();
        (await check.Set<OutboxMessage>().Where(m => m.TimerKey == key).Select(m => m.Status).ToListAsync())
            .ShouldBe([OutboxStatus.Cancelled, OutboxStatus.Done], ignoreOrder: true);
    }

    [Fact]
    public async Task AfterEightFailures_TheMessageIsDeadLettered_AndStaffCanReplayIt()
    {
        long id;
        await using (var db = Db())
        {
            var message = Outbox.Raise(db, _type, new { Petition = 9 }, _clock);
            await db.SaveChangesAsync();
            id = message.Id;
        }

        var broken = new Flaky("webhook", _type, failures: int.MaxValue, null, "");
        var dispatcher = Dispatcher(broken);
        for (var attempt = 0; attempt < OutboxDispatcher.MaxAttempts; attempt++)
        {
            (await dispatcher.RunOnceAsync()).ShouldBe(1);
            _clock.Advance(TimeSpan.FromHours(1));
        }

        var dead = await MessageAsync(id);
        dead.Status.ShouldBe(OutboxStatus.DeadLettered);
        dead.Attempts.ShouldBe(OutboxDispatcher.MaxAttempts);
        (await dispatcher.RunOnceAsync()).ShouldBe(0);

        // Another tenant cannot replay it; its own staff can, and a repaired handler then gets it.
        await using (var other = Db("khouribga"))
        {
            (await Outbox.ReplayAsync(other, id, _clock)).ShouldBeFalse();
        }

        await using (var db = Db())
        {
            (await Outbox.ReplayAsync(db, id, _clock)).ShouldBeTrue();
        }

        var repaired = new Recording("webhook", _type);
        (await Dispatcher(repaired).RunOnceAsync()).ShouldBe(1);
        repaired.Received.Count.ShouldBe(1);
        (await MessageAsync(id)).Status.ShouldBe(OutboxStatus.Done);
    }

    [Fact]
    public async Task ATenantAdmin_SeesAFailedEvent_AndReplaysIt_WhileAnotherTenantCannot()
    {
        long id;
        await using (var db = Db())
        {
            var message = Outbox.Raise(db, _type, new { Petition = 11 }, _clock);
            await db.SaveChangesAsync();
            id = message.Id;
        }

        var dispatcher = Dispatcher(new Flaky("webhook", _type, failures: int.MaxValue, null, ""));
        for (var attempt = 0; attempt < OutboxDispatcher.MaxAttempts; attempt++)
        {
            await dispatcher.RunOnceAsync();
            _clock.Advance(TimeSpan.FromHours(1));
        }

        var otherAdmin = await PlatformUsers.CreateAsync(factory, "khouribga", CmsRoles.TenantAdmin);
        var other = new BrowserSession(factory.Browser());
        await other.LogInAsync(otherAdmin.Email!, PlatformUsers.Password);
        (await other.GetTextAsync("/khouribga/admin/events?culture=fr")).ShouldNotContain(_type);
        var forged = await other.SubmitAsync("/khouribga/admin/events?culture=fr", new Dictionary<string, string>(), $"/khouribga/admin/events?handler=replay&id={id}&culture=fr");
        forged.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        (await MessageAsync(id)).Status.ShouldBe(OutboxStatus.DeadLettered);

        var admin = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.TenantAdmin);
        var staff = new BrowserSession(factory.Browser());
        await staff.LogInAsync(admin.Email!, PlatformUsers.Password);
        var failed = await staff.GetTextAsync($"/{Tenant}/admin/events?culture=fr");
        failed.ShouldContain(_type);
        failed.ShouldContain("webhook: InvalidOperationException: SMTP refused the connection");
        failed.ShouldContain("Relancer");
        (await staff.GetTextAsync($"/{Tenant}/admin/events?culture=ar")).ShouldContain("إعادة الإرسال");
        System.Net.WebUtility.HtmlDecode(await staff.GetTextAsync($"/{Tenant}/admin?culture=fr")).ShouldContain("échoué définitivement"); // the overview says so

        var replayed = await staff.SubmitAsync($"/{Tenant}/admin/events?culture=fr", new Dictionary<string, string>(), $"/{Tenant}/admin/events?handler=replay&id={id}&culture=fr");
        replayed.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        (await MessageAsync(id)).Status.ShouldBe(OutboxStatus.Pending);
        (await staff.GetTextAsync($"/{Tenant}/admin/events?show=pending&culture=fr")).ShouldContain("L&#x27;événement sera de nouveau transmis dans un instant.");
    }

    [Fact]
    public async Task WhatAFailingHandlerChangedInTheDatabase_IsNotSaved_AndWhatASucceedingOneChanged_Is()
    {
        var key = "Test." + Guid.NewGuid().ToString("N")[..8];
        await using (var db = Db())
        {
            Outbox.Raise(db, _type, new { Petition = 5 }, _clock);
            await db.SaveChangesAsync();
        }

        var failing = new Writing("counter", _type, key, fail: true);
        await Dispatcher(failing).RunOnceAsync();
        await using (var check = Db())
        {
            (await check.Set<TenantSetting>().AnyAsync(t => t.Key == key)).ShouldBeFalse();
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        await Dispatcher(new Writing("counter", _type, key, fail: false)).RunOnceAsync();
        await using (var check = Db())
        {
            (await check.Set<TenantSetting>().SingleAsync(t => t.Key == key)).ValueJson.ShouldBe("\"5\"");
        }
    }

    [Fact]
    public async Task DeliveredEvents_ArePurgedAfterThirtyDays_DeadLettersAndPendingOnesAreKept()
    {
        long delivered, dead, waiting;
        await using (var db = Db())
        {
            var a = Outbox.Raise(db, _type, new { Petition = 1 }, _clock);
            var b = Outbox.Raise(db, _type + ".broken", new { Petition = 2 }, _clock);
            var c = await Outbox.ScheduleAsync(db, _type, new { Petition = 3 }, _clock.GetUtcNow().AddDays(60), "purge:" + _type, _clock);
            await db.SaveChangesAsync();
            (delivered, dead, waiting) = (a.Id, b.Id, c.Id);
        }

        var dispatcher = Dispatcher(new Recording("ok", _type), new Flaky("broken", _type + ".broken", int.MaxValue, null, ""));
        for (var attempt = 0; attempt < OutboxDispatcher.MaxAttempts; attempt++)
        {
            await dispatcher.RunOnceAsync();
            _clock.Advance(TimeSpan.FromHours(1));
        }

        (await dispatcher.PurgeAsync()).ShouldBe(0); // delivered a few hours ago: kept
        _clock.Advance(TimeSpan.FromDays(31));
        (await dispatcher.PurgeAsync()).ShouldBeGreaterThanOrEqualTo(1);

        await using var check = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform);
        (await check.Set<OutboxMessage>().AnyAsync(m => m.Id == delivered)).ShouldBeFalse();
        (await check.Set<OutboxDelivery>().AnyAsync(d => d.MessageId == delivered)).ShouldBeFalse();
        (await check.Set<OutboxMessage>().SingleAsync(m => m.Id == dead)).Status.ShouldBe(OutboxStatus.DeadLettered);
        (await check.Set<OutboxMessage>().SingleAsync(m => m.Id == waiting)).Status.ShouldBe(OutboxStatus.Pending);
    }

    [Fact]
    public async Task TwoDispatchersAtOnce_DeliverEachMessageOnce()
    {
        await using (var db = Db())
        {
            for (var i = 0; i < 20; i++)
            {
                Outbox.Raise(db, _type, new { Petition = i }, _clock);
            }

            await db.SaveChangesAsync();
        }

        var handler = new Recording("counter", _type, delay: TimeSpan.FromMilliseconds(5));
        await Task.WhenAll(Dispatcher(handler).RunOnceAsync(), Dispatcher(handler).RunOnceAsync());

        handler.Received.Select(e => e.Payload<PetitionPayload>().Petition).Order().ShouldBe(Enumerable.Range(0, 20));
    }

    [Fact]
    public async Task PublishingContent_RaisesAnEvent_InTheTenantOfTheItem()
    {
        string set;
        await using (var db = Db())
        {
            var editor = new ContentEditor(db, new AuditLog(db, new HttpContextAccessor(), _clock), _clock, factory.Service<ContentVersions>(), factory.Service<ContentSearchIndexer>());
            var result = await editor.SaveAsync(new ContentDraft("News", null, [new CultureDraft("fr", "Réunion publique sur le budget participatif " + _type, null, "Résumé", null, "Texte")]), ContentEditor.SaveAction.Publish, ContentAuthor.System);
            result.Succeeded.ShouldBeTrue();
            set = result.LocalizationSet!;
        }

        var handler = new Recording("followers", ContentEvents.Published);
        await Dispatcher(handler).RunOnceAsync();

        var published = handler.Received.Where(e => e.Payload<ContentEvent>().LocalizationSet == set).ShouldHaveSingleItem();
        published.TenantId.ShouldBe(Tenant);
        published.Payload<ContentEvent>().ShouldBe(new ContentEvent("News", set, ["fr"]), new ContentEventComparer());
    }

    [Fact]
    public async Task AScheduledPublication_IsATimer_ThatPublishesWhenItFires_EvenAfterARestart()
    {
        string set;
        var title = "Séance publique du conseil " + _type;
        await using (var db = Db())
        {
            var editor = new ContentEditor(db, new AuditLog(db, new HttpContextAccessor(), _clock), _clock, factory.Service<ContentVersions>(), factory.Service<ContentSearchIndexer>());
            var draft = new ContentDraft("News", null, [new CultureDraft("fr", title, null, "Résumé", null, "Texte")], PublishAtUtc: _clock.GetUtcNow().AddHours(1));
            var first = await editor.SaveAsync(draft, ContentEditor.SaveAction.Draft, ContentAuthor.System);
            set = first.LocalizationSet!;
            // The editor moves the date: the first timer is cancelled, not left to fire.
            var items = await db.Set<ContentItem>().AsNoTracking().Where(c => c.LocalizationSet == set).ToListAsync();
            var moved = draft with
            {
                LocalizationSet = set,
                PublishAtUtc = _clock.GetUtcNow().AddHours(2),
                Cultures = [draft.Cultures[0] with { Version = items[0].ModifiedUtc.UtcTicks }],
            };
            (await editor.SaveAsync(moved, ContentEditor.SaveAction.Draft, ContentAuthor.System)).Succeeded.ShouldBeTrue();
        }

        await using (var check = Db())
        {
            (await check.Set<OutboxMessage>().Where(m => m.TimerKey == $"content:{set}:publish").Select(m => m.Status).ToListAsync())
                .ShouldBe([OutboxStatus.Cancelled, OutboxStatus.Pending], ignoreOrder: true);
        }

        var handler = new OpenRegion.Cms.Web.Hosting.ScheduledPublishingHandler(factory.Service<ContentVersions>(), factory.Service<ContentSearchIndexer>());
        _clock.Advance(TimeSpan.FromHours(1));
        await Dispatcher(handler).RunOnceAsync();
        (await ContentAdmin.ItemsAsync(factory, Tenant, set)).Single().Published.ShouldBeFalse();

        _clock.Advance(TimeSpan.FromHours(1.5)); // due while no dispatcher ran; a new one after "restart"
        await Dispatcher(handler).RunOnceAsync();
        var published = (await ContentAdmin.ItemsAsync(factory, Tenant, set)).Single();
        published.Published.ShouldBeTrue();
        published.PublishAtUtc.ShouldBeNull();
        (await new BrowserSession(factory.Browser()).GetTextAsync($"/{Tenant}/news?culture=fr")).ShouldContain(title);
    }

    private sealed record PetitionPayload(int Petition);

    private sealed class ContentEventComparer : IEqualityComparer<ContentEvent>
    {
        public bool Equals(ContentEvent? x, ContentEvent? y) => x is not null && y is not null && x.ContentType == y.ContentType && x.LocalizationSet == y.LocalizationSet && x.Cultures.SequenceEqual(y.Cultures);

        public int GetHashCode(ContentEvent obj) => obj.LocalizationSet.GetHashCode(StringComparison.Ordinal);
    }

    private sealed class Recording(string name, string type, TimeSpan? delay = null) : IEventHandler
    {
        public ConcurrentQueue<DomainEvent> Received { get; } = new();

        public string Name => name;

        public bool Handles(string eventType) => eventType == type;

        public async Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken)
        {
            if (delay is { } wait)
            {
                await Task.Delay(wait, cancellationToken);
            }

            context.TenantId.ShouldBe(domainEvent.TenantId);
            Received.Enqueue(domainEvent);
        }
    }

    /// <summary>Writes a tenant setting through the handler's context, then fails or not.</summary>
    private sealed class Writing(string name, string type, string key, bool fail) : IEventHandler
    {
        public string Name => name;

        public bool Handles(string eventType) => eventType == type;

        public Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken)
        {
            context.Db.Set<TenantSetting>().Add(new TenantSetting { Key = key, ValueJson = $"\"{domainEvent.Payload<PetitionPayload>().Petition}\"" });
            return fail ? throw new InvalidOperationException("The webhook answered 500") : Task.CompletedTask;
        }
    }

    /// <summary>Fails its first <c>failures</c> calls (as an SMTP server that refuses), then sends one e-mail.</summary>
    private sealed class Flaky(string name, string type, int failures, IEmailSender? mail, string to) : IEventHandler
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => name;

        public bool Handles(string eventType) => eventType == type;

        public async Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) <= failures)
            {
                throw new InvalidOperationException("SMTP refused the connection");
            }

            await mail!.SendAsync(new EmailMessage(to, "Votre pétition a changé d'état", "La pétition que vous avez signée a changé d'état.", "fr"), cancellationToken);
        }
    }
}

/// <summary>The platform with its own background dispatcher off: only the tests' dispatchers deliver.</summary>
public sealed class SqliteOutboxFactory : SqlitePlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenRegion:Workflows:Dispatch", "false");
    }
}

public sealed class PostgresOutboxFactory : PostgresPlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenRegion:Workflows:Dispatch", "false");
    }
}

public sealed class SqliteOutboxTests(SqliteOutboxFactory factory) : OutboxTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresOutboxTests(PostgresOutboxFactory factory) : OutboxTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
