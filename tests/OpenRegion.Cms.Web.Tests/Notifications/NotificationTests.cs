using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpenRegion.Cms.Core;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Email;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Sms;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Notifications;

/// <summary>
/// Citizens follow what interests them and are told in their own language, by the channels they chose; on a real
/// database, with the platform's own handlers delivered by a dispatcher the test drives with its clock.
/// </summary>
public abstract class NotificationTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "azilal";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private OutboxDispatcher Dispatcher(IEnumerable<IEventHandler>? handlers = null) => new(
        factory.Service<ICmsDbContextFactory>(), handlers ?? factory.Services.GetServices<IEventHandler>(), factory.Services, _clock,
        NullLogger<OutboxDispatcher>.Instance, new OutboxDispatcherOptions { RetryBase = TimeSpan.FromSeconds(10) });

    private CmsDbContext Db(string tenant = Tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));


    private async Task<CmsUser> CitizenAsync(string culture, EmailNotifications email = EmailNotifications.Immediate, string? phone = null)
    {
        var user = await PlatformUsers.CreateAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        stored.PreferredCulture = culture;
        stored.EmailNotifications = email;
        stored.PhoneNumber = phone;
        stored.SmsNotifications = phone is not null;
        (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
        return stored;
    }

    private async Task FollowAsync(CmsUser user, string subject)
    {
        await using var db = Db();
        (await Follows.FollowAsync(db, user.Id, subject, _clock)).ShouldBeTrue();
        await db.SaveChangesAsync();
    }

    private async Task<string> PublishNewsAsync(string ar, string fr, string? set = null)
    {
        await using var db = Db();
        var editor = new ContentEditor(db, new AuditLog(db, new HttpContextAccessor(), _clock), _clock, factory.Service<ContentVersions>(), factory.Service<ContentSearchIndexer>());
        var versions = set is null ? new Dictionary<string, long>() : await db.Set<ContentItem>().AsNoTracking().Where(c => c.LocalizationSet == set).ToDictionaryAsync(c => c.Culture, c => c.ModifiedUtc.UtcTicks);
        var result = await editor.SaveAsync(new ContentDraft("News", set,
        [
            new CultureDraft("ar", ar, null, "ملخص", null, "نص الخبر", versions.GetValueOrDefault("ar")),
            new CultureDraft("fr", fr, null, "Résumé", null, "Texte de l’actualité", versions.GetValueOrDefault("fr")),
        ]), ContentEditor.SaveAction.Publish, ContentAuthor.System);
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.LocalizationSet!;
    }

    private async Task<List<Notification>> NotificationsOfAsync(CmsUser user, string tenant = Tenant)
    {
        await using var db = Db(tenant);
        return await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == user.Id).OrderBy(n => n.Id).ToListAsync();
    }

    private MimeKit.MimeMessage[] MailsTo(string address) =>
        (Directory.Exists(factory.MailDirectory) ? Directory.GetFiles(factory.MailDirectory, "*.eml") : [])
            .Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToArray();

    [Fact]
    public async Task FollowersOfTheNews_AreToldOfANewItem_EachInTheirLanguage_ByTheChannelsTheyChose()
    {
        var arabic = await CitizenAsync("ar", phone: "06 61 23 45 67");
        var french = await CitizenAsync("fr");
        var digest = await CitizenAsync("fr", EmailNotifications.DailyDigest);
        var quiet = await CitizenAsync("ar", EmailNotifications.Off);
        var stranger = await CitizenAsync("fr");
        foreach (var user in new[] { arabic, french, digest, quiet })
        {
            await FollowAsync(user, Follows.ContentType("News"));
        }

        var set = await PublishNewsAsync("افتتاح مركز صحي جديد بأزيلال", "Ouverture d’un nouveau centre de santé à Azilal");
        await Dispatcher().DrainAsync();

        var ar = (await NotificationsOfAsync(arabic)).ShouldHaveSingleItem();
        ar.Culture.ShouldBe("ar");
        ar.Title.ShouldContain("افتتاح مركز صحي جديد بأزيلال");
        ar.Kind.ShouldBe(ContentNotificationsHandler.NewTemplate);
        ar.Url.ShouldNotBeNull().ShouldContain("culture=ar");
        var fr = (await NotificationsOfAsync(french)).ShouldHaveSingleItem();
        fr.Title.ShouldContain("Ouverture d’un nouveau centre de santé à Azilal");
        fr.Title.ShouldContain("nouveau contenu");
        (await NotificationsOfAsync(quiet)).ShouldHaveSingleItem(); // in-app always
        (await NotificationsOfAsync(stranger)).ShouldBeEmpty();

        // E-mail: at once for those who asked, in their language, with the link; none for the others (yet).
        var mail = MailsTo(french.Email!).ShouldHaveSingleItem();
        (mail.Subject ?? "").ShouldContain("Ouverture d’un nouveau centre de santé");
        (mail.TextBody ?? "").ShouldContain("/news/");
        (mail.TextBody ?? "").ShouldContain("/account/notifications");
        (MailsTo(arabic.Email!).ShouldHaveSingleItem().Subject ?? "").ShouldContain("افتتاح مركز صحي");
        MailsTo(quiet.Email!).ShouldBeEmpty();
        MailsTo(digest.Email!).ShouldBeEmpty();

        // SMS to the one who gave a number and asked.
        var sms = Directory.GetFiles(Path.Combine(factory.DataDirectory, "sms"), "*.json").Select(File.ReadAllText)
            .Where(t => t.Contains("661234567", StringComparison.Ordinal)).ShouldHaveSingleItem();
        sms.ShouldContain("افتتاح مركز صحي");

        // The daily digest goes at 18:00 in Morocco (17:00 UTC in November), one e-mail listing the day's news.
        _clock.Advance(TimeSpan.FromHours(7.9));
        await Dispatcher().DrainAsync();
        MailsTo(digest.Email!).ShouldBeEmpty();
        _clock.Advance(TimeSpan.FromHours(0.2));
        await Dispatcher().DrainAsync();
        var summary = MailsTo(digest.Email!).ShouldHaveSingleItem();
        (summary.Subject ?? "").ShouldContain("résumé du jour (1)");
        (summary.TextBody ?? "").ShouldContain("Ouverture d’un nouveau centre de santé à Azilal");
        (await NotificationsOfAsync(digest)).Single().DigestSentUtc.ShouldNotBeNull();

        // A later change of the item reaches those who follow the item itself, not the section again.
        await FollowAsync(stranger, Follows.ContentItem(set));
        await PublishNewsAsync("افتتاح مركز صحي جديد بأزيلال (محين)", "Ouverture d’un nouveau centre de santé à Azilal (mis à jour)", set);
        await Dispatcher().DrainAsync();
        (await NotificationsOfAsync(stranger)).ShouldHaveSingleItem().Title.ShouldContain("mis à jour");
        (await NotificationsOfAsync(french)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ATemplateThatFailsForOneReader_DoesNotHoldBackTheOthers()
    {
        var arabic = await CitizenAsync("ar");
        var french = await CitizenAsync("fr");
        var template = new NotificationTemplate("test.broken", new Dictionary<string, NotificationText>
        {
            ["ar"] = new("إشعار {{ n }}", "نص"),
            ["fr"] = new("Notification {% if %}", "Texte"),
        });
        var handler = new NotificationsHandler([template], factory.Service<IEmailSender>(), factory.Service<ISmsSender>(), factory.Service<PlatformOptions>(), factory.Service<TenantRegistry>());
        long frenchEvent;
        await using (var db = Db())
        {
            var message = Notify.User(db, french.Id, "test.broken", new Dictionary<string, object?> { ["n"] = 2 }, null, null, _clock);
            Notify.User(db, arabic.Id, "test.broken", new Dictionary<string, object?> { ["n"] = 3 }, null, null, _clock);
            await db.SaveChangesAsync();
            frenchEvent = message.Id;
        }

        await Dispatcher([handler]).DrainAsync();

        (await NotificationsOfAsync(arabic)).ShouldHaveSingleItem().Title.ShouldBe("إشعار 3");
        (await NotificationsOfAsync(french)).ShouldBeEmpty();
        await using var check = Db();
        var failed = await check.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == frenchEvent);
        failed.Status.ShouldBe(OutboxStatus.Pending); // retried later, then dead-lettered for staff to see
        failed.LastError.ShouldNotBeNull().ShouldContain("NotificationTemplateException");
    }

    [Fact]
    public async Task ACitizen_FollowsTheNews_ReadsNotifications_AndSetsPreferences_OverHttp()
    {
        var citizen = await CitizenAsync("fr");
        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(citizen.Email!, PlatformUsers.Password, "/" + Tenant);

        var news = await browser.GetTextAsync($"/{Tenant}/news?culture=fr");
        news.ShouldContain("Suivre");
        var follow = await browser.SubmitAsync($"/{Tenant}/news?culture=fr", new Dictionary<string, string> { ["subject"] = "type:News", ["follow"] = "true", ["returnUrl"] = $"/{Tenant}/news" }, $"/{Tenant}/account/follow");
        follow.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetTextAsync($"/{Tenant}/news?culture=fr")).ShouldContain("Vous suivez ceci");

        // Something that cannot be followed is refused and nothing is stored.
        await browser.SubmitAsync($"/{Tenant}/news?culture=fr", new Dictionary<string, string> { ["subject"] = "content:doesnotexist", ["follow"] = "true" }, $"/{Tenant}/account/follow");
        await using (var db = Db())
        {
            (await db.Set<Follow>().Where(f => f.UserId == citizen.Id).Select(f => f.Subject).ToListAsync()).ShouldBe(["type:News"]);
        }

        await PublishNewsAsync("مهرجان أزيلال للفنون الشعبية", "Festival des arts populaires d’Azilal");
        await Dispatcher().DrainAsync();
        var centre = await browser.GetTextAsync($"/{Tenant}/account/notifications?culture=fr");
        centre.ShouldContain("Festival des arts populaires d’Azilal");
        centre.ShouldContain("1 non lue(s)");
        (await browser.GetTextAsync($"/{Tenant}/?culture=fr")).ShouldContain("class=\"badge\">1");

        var id = (await NotificationsOfAsync(citizen)).Single().Id;
        var open = await browser.GetAsync($"/{Tenant}/account/notifications?handler=open&id={id}");
        open.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        open.Headers.Location!.ToString().ShouldContain("/news/");
        (await NotificationsOfAsync(citizen)).Single().ReadUtc.ShouldNotBeNull();

        // Another tenant's address does not open it (every query is tenant-scoped).
        (await browser.GetAsync($"/beni-mellal/account/notifications?handler=open&id={id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A wrong number is refused with a clear message, and nothing changes.
        var bad = await browser.SubmitFormAsync($"/{Tenant}/account/notifications?culture=fr", new Dictionary<string, string>
        {
            ["Preferences.Email"] = "DailyDigest", ["Preferences.Sms"] = "true", ["Preferences.Phone"] = "12345", ["Preferences.Culture"] = "fr",
        }, $"/{Tenant}/account/notifications?handler=preferences&culture=fr");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("numéro de mobile marocain");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var unchanged = (await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByIdAsync(citizen.Id))!;
            unchanged.EmailNotifications.ShouldBe(EmailNotifications.Immediate);
            unchanged.PhoneNumber.ShouldBeNull();
        }

        var good = await browser.SubmitFormAsync($"/{Tenant}/account/notifications?culture=fr", new Dictionary<string, string>
        {
            ["Preferences.Email"] = "DailyDigest", ["Preferences.Sms"] = "true", ["Preferences.Phone"] = "0612345678", ["Preferences.Culture"] = "ar",
        }, $"/{Tenant}/account/notifications?handler=preferences&culture=fr");
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var saved = (await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByIdAsync(citizen.Id))!;
            saved.EmailNotifications.ShouldBe(EmailNotifications.DailyDigest);
            saved.SmsNotifications.ShouldBeTrue();
            saved.PhoneNumber.ShouldBe("+212612345678");
            saved.PreferredCulture.ShouldBe("ar");
        }
    }
}

public sealed class SqliteNotificationTests(SqliteOutboxFactory factory) : NotificationTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresNotificationTests(PostgresOutboxFactory factory) : NotificationTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
