using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Content;

/// <summary>
/// The content lifecycle on a real database with a clock the test moves: versions, scheduled publication and
/// withdrawal, translation status. The same editor the pages use, without HTTP around it.
/// </summary>
public abstract class ScheduledPublishingTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "khouribga";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    private (CmsDbContext Db, ContentEditor Editor) Open()
    {
        var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(Tenant));
        var editor = new ContentEditor(db, new AuditLog(db, new HttpContextAccessor(), _clock), _clock, factory.Service<ContentVersions>(), factory.Service<ContentSearchIndexer>());
        return (db, editor);
    }

    private static ContentDraft Event(string suffix, DateTimeOffset? publishAt = null, DateTimeOffset? unpublishAt = null, string? set = null, long arVersion = 0, long frVersion = 0) => new(
        "Event",
        set,
        [
            new CultureDraft("ar", $"يوم دراسي حول الميزانية المواطنة {suffix}", null, "لقاء مفتوح.", "قاعة الاجتماعات بمقر الجماعة", "برنامج اليوم.", arVersion),
            new CultureDraft("fr", $"Journée d'étude sur le budget citoyen {suffix}", null, "Rencontre ouverte.", "Salle des réunions de la commune", "Programme de la journée.", frVersion),
        ],
        new DateTimeOffset(2027, 1, 20, 9, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2027, 1, 20, 13, 0, 0, TimeSpan.Zero),
        publishAt,
        unpublishAt);

    [Fact]
    public async Task AScheduledItemGoesOnlineWhenItsTimeComes_AndIsWithdrawnWhenThatTimeComes()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (db, editor) = Open();
        await using var _ = db;
        var publishAt = _clock.GetUtcNow().AddHours(2);
        var result = await editor.SaveAsync(Event(suffix, publishAt, publishAt.AddDays(30)), ContentEditor.SaveAction.Draft, new ContentAuthor("u1", "editor@khouribga.test"));
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        var set = result.LocalizationSet!;

        (await editor.RunScheduleAsync()).ShouldBe(0);
        (await ContentAdmin.ItemsAsync(factory, Tenant, set)).ShouldAllBe(i => !i.Published && i.PublishAtUtc == publishAt);

        _clock.Advance(TimeSpan.FromHours(2));
        (await editor.RunScheduleAsync()).ShouldBe(2);
        var online = await ContentAdmin.ItemsAsync(factory, Tenant, set);
        online.ShouldAllBe(i => i.Published && i.PublishAtUtc == null && i.PublishedUtc == publishAt && i.PublishedVersion == 1);
        var visitor = new BrowserSession(factory.Browser());
        (await visitor.GetTextAsync($"/{Tenant}/events/{online[1].Slug}?culture=fr")).ShouldContain("Salle des réunions de la commune");

        _clock.Advance(TimeSpan.FromDays(30));
        (await editor.RunScheduleAsync()).ShouldBe(2);
        (await ContentAdmin.ItemsAsync(factory, Tenant, set)).ShouldAllBe(i => !i.Published && i.UnpublishAtUtc == null);
        (await visitor.GetAsync($"/{Tenant}/events/{online[1].Slug}?culture=fr")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await db.Set<AuditEntry>().CountAsync(a => a.Target == $"Event:{set}" && a.UserName == "system" && a.Action != "content.scheduled")).ShouldBe(4);
    }

    [Fact]
    public async Task TheNewsListShowsTenAtATime_NewestFirst_AndPagesToTheOlderOnes()
    {
        var (db, editor) = Open();
        await using var _ = db;
        var batch = Guid.NewGuid().ToString("N")[..6];
        for (var i = 1; i <= 12; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            var draft = new ContentDraft("News", null, [new CultureDraft("fr", $"Brève {batch} numéro {i:00}", null, null, null, "Texte.")]);
            (await editor.SaveAsync(draft, ContentEditor.SaveAction.Publish, ContentAuthor.System)).Succeeded.ShouldBeTrue();
        }

        var visitor = new BrowserSession(factory.Browser());
        var first = await visitor.GetTextAsync($"/{Tenant}/news?culture=fr");
        first.ShouldContain($"Brève {batch} numéro 12");
        first.ShouldContain($"Brève {batch} numéro 03");
        first.ShouldNotContain($"Brève {batch} numéro 02");
        first.ShouldContain("?p=2\" rel=\"next\"");
        var second = await visitor.GetTextAsync($"/{Tenant}/news?culture=fr&p=2");
        second.ShouldContain($"Brève {batch} numéro 02");
        second.ShouldContain($"Brève {batch} numéro 01");
        second.ShouldNotContain($"Brève {batch} numéro 03");
    }

    [Fact]
    public async Task EverySaveThatChangesSomethingIsAVersion_AndTheStatusFollowsTheLanguages()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (db, editor) = Open();
        await using var _ = db;
        var author = new ContentAuthor("u2", "editor2@khouribga.test");
        var set = (await editor.SaveAsync(Event(suffix), ContentEditor.SaveAction.Publish, author)).LocalizationSet!;
        var items = await ContentAdmin.ItemsAsync(factory, Tenant, set);
        ContentEditor.Statuses(items, ["ar", "fr", "en"]).ShouldBe(new Dictionary<string, TranslationStatus>
        {
            ["ar"] = TranslationStatus.Translated, ["fr"] = TranslationStatus.Translated, ["en"] = TranslationStatus.Missing,
        });

        // Saving the same text again makes no new version.
        _clock.Advance(TimeSpan.FromMinutes(5));
        var same = await editor.SaveAsync(Event(suffix, set: set, arVersion: items[0].ModifiedUtc.UtcTicks, frVersion: items[1].ModifiedUtc.UtcTicks), ContentEditor.SaveAction.Draft, author);
        same.Succeeded.ShouldBeTrue();
        items = await ContentAdmin.ItemsAsync(factory, Tenant, set);
        items.ShouldAllBe(i => i.LatestVersion == 1 && !i.HasDraft);

        // Only the Arabic changes: a second Arabic version, the French one is now outdated.
        _clock.Advance(TimeSpan.FromMinutes(5));
        var draft = Event(suffix, set: set, arVersion: items[0].ModifiedUtc.UtcTicks, frVersion: items[1].ModifiedUtc.UtcTicks);
        draft = draft with { Cultures = [draft.Cultures[0] with { Body = "برنامج اليوم المحين." }, draft.Cultures[1]] };
        (await editor.SaveAsync(draft, ContentEditor.SaveAction.Draft, author)).Succeeded.ShouldBeTrue();
        items = await ContentAdmin.ItemsAsync(factory, Tenant, set);
        items[0].LatestVersion.ShouldBe(2);
        items[0].PublishedVersion.ShouldBe(1);
        items[0].Body.ShouldBe("برنامج اليوم.");
        items[1].LatestVersion.ShouldBe(1);
        ContentEditor.Statuses(items, ["ar", "fr"])["fr"].ShouldBe(TranslationStatus.Outdated);
        var history = await editor.HistoryAsync(items[0].Id);
        history.Select(v => v.Number).ShouldBe([2, 1]);
        history.ShouldAllBe(v => v.AuthorName == "editor2@khouribga.test");

        // A save from a stale form is refused and writes nothing.
        var stale = await editor.SaveAsync(Event(suffix + "x", set: set, arVersion: 1, frVersion: 1), ContentEditor.SaveAction.Publish, author);
        stale.IsConflict.ShouldBeTrue();
        (await ContentAdmin.ItemsAsync(factory, Tenant, set)).Select(i => (i.LatestVersion, i.Title)).ShouldBe(items.Select(i => (i.LatestVersion, i.Title)));

        // An end before the start is refused.
        var backwards = Event(suffix, set: set, arVersion: items[0].ModifiedUtc.UtcTicks, frVersion: items[1].ModifiedUtc.UtcTicks) with { EndsUtc = new DateTimeOffset(2027, 1, 19, 0, 0, 0, TimeSpan.Zero) };
        (await editor.SaveAsync(backwards, ContentEditor.SaveAction.Publish, author)).Errors.Single().Field.ShouldBe("EndsUtc");
    }
}

// The host's own dispatcher is off: with a clock the test moves, only the test may carry out what falls due (the host,
// on real time, would publish the same item at once once that date has passed, and race the test).
public sealed class SqliteScheduledPublishingTests(SqliteOutboxFactory factory) : ScheduledPublishingTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresScheduledPublishingTests(PostgresOutboxFactory factory) : ScheduledPublishingTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
