using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Workflows;

/// <summary>
/// Staff deadlines on a real database: their timers, the notifications they raise when a dispatcher driven by a
/// moved clock delivers them, and the /admin/deadlines page over HTTP (validation, permissions, tenant isolation).
/// </summary>
public abstract class DeadlineTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "azilal";

    // Monday 23 November 2026, 10:00 in Morocco.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly string _key = "request:" + Guid.NewGuid().ToString("N")[..10];

    private OutboxDispatcher Dispatcher() => new(
        factory.Service<ICmsDbContextFactory>(), [new DeadlineAlertHandler()], factory.Services, _clock, NullLogger<OutboxDispatcher>.Instance);

    private CmsDbContext Db(string tenant = Tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    private async Task<TenantShell> ShellAsync(string tenant = Tenant) => (await factory.Service<TenantRegistry>().GetShellAsync(tenant)).ShouldNotBeNull();

    private async Task<Deadline> SetAsync(DeadlineRequest request)
    {
        await using var db = Db();
        var deadline = await StaffDeadlines.SetAsync(db, await ShellAsync(), request, "tests", _clock);
        await db.SaveChangesAsync();
        return deadline;
    }

    private async Task<List<OutboxMessage>> TimersAsync(string key)
    {
        await using var db = Db();
        var prefix = $"deadline:{key}:";
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.TimerKey != null && m.TimerKey.StartsWith(prefix)).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>The notifications raised about <paramref name="key"/>, whatever became of them since.</summary>
    private async Task<List<(NotificationRequest Request, DateTimeOffset At)>> NotificationsAsync(string key)
    {
        await using var db = Db();
        var sent = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.EventType == Notify.SendEvent).ToListAsync();
        return [.. sent.Select(m => (Request: JsonSerializer.Deserialize<NotificationRequest>(m.PayloadJson, Outbox.JsonOptions)!, At: m.CreatedUtc))
            .Where(n => n.Request.Subject == $"deadline:{key}")];
    }

    [Fact]
    public async Task SettingADeadline_SchedulesItsReminders_AndSettingItAgainMovesThem()
    {
        // 20 working days after Monday 23 November 2026: Monday 21 December.
        var deadline = await SetAsync(new DeadlineRequest(_key, LegalDeadlines.InformationRequest, "Demande d'information n° 12", _clock.GetUtcNow()));

        deadline.DueUtc.ShouldBe(LocalTime.EndOfDay(new DateOnly(2026, 12, 21)));
        var timers = await TimersAsync(_key);
        timers.Select(t => (t.TimerKey, t.EventType, t.DueUtc, t.Status)).ShouldBe(
        [
            ($"deadline:{_key}:remind-3", StaffDeadlines.ReminderEvent, LocalTime.At(new DateOnly(2026, 12, 16), StaffDeadlines.ReminderTime), OutboxStatus.Pending),
            ($"deadline:{_key}:remind-1", StaffDeadlines.ReminderEvent, LocalTime.At(new DateOnly(2026, 12, 18), StaffDeadlines.ReminderTime), OutboxStatus.Pending),
            ($"deadline:{_key}:overdue", StaffDeadlines.OverdueEvent, deadline.DueUtc, OutboxStatus.Pending),
        ]);

        // The request is found to be urgent: 3 working days from the same day, Thursday 26 November.
        var moved = await SetAsync(new DeadlineRequest(_key, LegalDeadlines.InformationRequestUrgent, "Demande d'information n° 12", _clock.GetUtcNow()));

        moved.Id.ShouldBe(deadline.Id);
        moved.DueUtc.ShouldBe(LocalTime.EndOfDay(new DateOnly(2026, 11, 26)));
        var after = await TimersAsync(_key);
        after.Count(t => t.Status == OutboxStatus.Cancelled).ShouldBe(3);
        var pending = after.Where(t => t.Status == OutboxStatus.Pending).ToList();
        // Three working days before Thursday is this Monday at 9:00, already past: only the 1-day reminder and the overdue notice.
        pending.Select(t => t.TimerKey).ShouldBe([$"deadline:{_key}:remind-1", $"deadline:{_key}:overdue"]);
        pending[0].DueUtc.ShouldBe(LocalTime.At(new DateOnly(2026, 11, 25), StaffDeadlines.ReminderTime));
    }

    [Fact]
    public async Task AReminder_NotifiesTheAssigneeExactlyOnce_AndCompletingTheDeadlineStopsTheRest()
    {
        var assignee = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.Staff);
        await SetAsync(new DeadlineRequest(_key, LegalDeadlines.InformationRequest, "Demande n° 7", _clock.GetUtcNow(), assignee.Id, "DI-2026-007", "/requests/7"));
        var dispatcher = Dispatcher();
        await dispatcher.RunOnceAsync();
        (await NotificationsAsync(_key)).ShouldBeEmpty();

        _clock.Advance(LocalTime.At(new DateOnly(2026, 12, 16), StaffDeadlines.ReminderTime) - _clock.GetUtcNow());
        await dispatcher.RunOnceAsync();
        await dispatcher.RunOnceAsync();
        await Dispatcher().RunOnceAsync();

        var reminder = (await NotificationsAsync(_key)).ShouldHaveSingleItem().Request;
        reminder.UserId.ShouldBe(assignee.Id);
        reminder.Template.ShouldBe(DeadlineNotifications.Reminder);
        reminder.Url.ShouldBe("/admin/deadlines");
        reminder.Values["days_left"]!.ToString().ShouldBe("3");
        reminder.Values["due_date"]!.ToString().ShouldBe("2026-12-21");
        reminder.Values["reference"]!.ToString().ShouldBe("DI-2026-007");

        await using (var db = Db())
        {
            (await StaffDeadlines.CompleteAsync(db, _key, assignee.Email!, _clock)).ShouldNotBeNull();
            await db.SaveChangesAsync();
            (await StaffDeadlines.CompleteAsync(db, _key, assignee.Email!, _clock)).ShouldBeNull(); // already done
        }

        (await TimersAsync(_key)).Where(t => t.Status == OutboxStatus.Pending).ShouldBeEmpty();
        _clock.Advance(TimeSpan.FromDays(10));
        await dispatcher.RunOnceAsync();
        (await NotificationsAsync(_key)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ATimerThatFiresAfterTheDeadlineWasDoneOrMoved_TellsNobody()
    {
        var assignee = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.Staff);
        var deadline = await SetAsync(new DeadlineRequest(_key, LegalDeadlines.InformationRequestUrgent, "Demande urgente", _clock.GetUtcNow(), assignee.Id));
        await using (var db = Db())
        {
            // A timer left over from an earlier due date (as if it had been claimed while the deadline moved).
            await Outbox.ScheduleAsync(db, StaffDeadlines.OverdueEvent, new DeadlineAlert(_key, deadline.DueUtc.AddDays(-1), 0), _clock.GetUtcNow(), "stale:" + _key, _clock);
            await db.SaveChangesAsync();
        }

        await Dispatcher().RunOnceAsync();

        (await NotificationsAsync(_key)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnUnassignedDeadlineRecordedLate_SkipsItsReminders_AndTellsEveryAdministratorAtOnce()
    {
        var first = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.TenantAdmin);
        var second = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.TenantAdmin);
        var staff = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.Staff);
        var elsewhere = await PlatformUsers.CreateAsync(factory, "khouribga", CmsRoles.TenantAdmin);

        // The session's decisions should have been posted by last Friday.
        await SetAsync(new DeadlineRequest(_key, LegalDeadlines.Custom, "Affichage des délibérations de la session d'octobre", _clock.GetUtcNow().AddDays(-30), DueDate: new DateOnly(2026, 11, 20)));
        (await TimersAsync(_key)).Where(t => t.Status == OutboxStatus.Pending).Select(t => t.TimerKey).ShouldBe([$"deadline:{_key}:overdue"]);

        await Dispatcher().RunOnceAsync();

        var notified = (await NotificationsAsync(_key)).Select(n => n.Request).ToList();
        notified.ShouldAllBe(n => n.Template == DeadlineNotifications.Overdue);
        var users = notified.Select(n => n.UserId).ToList();
        users.ShouldBeUnique();
        users.ShouldContain(first.Id);
        users.ShouldContain(second.Id);
        users.ShouldNotContain(staff.Id);
        users.ShouldNotContain(elsewhere.Id);
        await using var db = Db();
        users.Order().ShouldBe(await db.Set<TenantRoleGrant>().Where(g => g.Role == CmsRoles.TenantAdmin).Select(g => g.UserId).Distinct().OrderBy(id => id).ToListAsync());
    }

    [Fact]
    public async Task AnAdmin_RecordsADeadlineByHand_SeesIt_AndMarksItDone()
    {
        var admin = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.TenantAdmin);
        var assignee = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.Staff);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(admin.Email!, PlatformUsers.Password);
        var title = "Réponse à la demande de M. Ait Ouahmane " + _key;
        var today = LocalTime.Date(DateTimeOffset.UtcNow);

        var response = await session.SubmitAsync($"/{Tenant}/admin/deadlines?culture=fr", new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Rule"] = LegalDeadlines.InformationRequest,
            ["Input.StartDate"] = today.ToString("yyyy-MM-dd"),
            ["Input.AssigneeUserId"] = assignee.Id,
            ["Input.Reference"] = "DI-2026-031",
        }, $"/{Tenant}/admin/deadlines?handler=add&culture=fr");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await response.Content.ReadAsStringAsync()));
        Deadline deadline;
        await using (var db = Db())
        {
            deadline = await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Title == title);
            (await db.Set<AuditEntry>().AnyAsync(a => a.Action == "deadline.recorded" && a.Target == deadline.Key && a.UserId == admin.Id)).ShouldBeTrue();
        }

        deadline.Rule.ShouldBe(LegalDeadlines.InformationRequest);
        deadline.AssigneeUserId.ShouldBe(assignee.Id);
        deadline.Reference.ShouldBe("DI-2026-031");
        deadline.CreatedBy.ShouldBe(admin.Email);
        LocalTime.Date(deadline.DueUtc).ShouldBe(Core.Calendar.WorkingCalendar.For(await ShellAsync()).AddWorkingDays(today, 20));
        (await TimersAsync(deadline.Key)).ShouldContain(t => t.TimerKey == $"deadline:{deadline.Key}:overdue" && t.Status == OutboxStatus.Pending);

        var french = await session.GetTextAsync($"/{Tenant}/admin/deadlines?show=due&culture=fr");
        french.ShouldContain("DI-2026-031");
        french.ShouldContain("Réponse à une demande d&#x27;accès à l&#x27;information");
        french.ShouldContain("jours ouvrables restants");
        french.ShouldContain(assignee.DisplayName);
        var arabic = await session.GetTextAsync($"/{Tenant}/admin/deadlines?show=due&culture=ar");
        arabic.ShouldContain("<h1>الآجال</h1>");
        arabic.ShouldContain("الرد على طلب الحصول على المعلومات");

        var done = await session.SubmitAsync($"/{Tenant}/admin/deadlines?culture=fr", new Dictionary<string, string>(), $"/{Tenant}/admin/deadlines?handler=done&id={deadline.Id}&culture=fr");
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = Db())
        {
            (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Id == deadline.Id)).CompletedBy.ShouldBe(admin.Email);
        }

        (await TimersAsync(deadline.Key)).ShouldAllBe(t => t.Status == OutboxStatus.Cancelled);
        (await session.GetTextAsync($"/{Tenant}/admin/deadlines?show=done&culture=fr")).ShouldContain(title);

        // Closed by mistake: reopened, it gets its reminders back.
        var reopened = await session.SubmitAsync($"/{Tenant}/admin/deadlines?show=done&culture=fr", new Dictionary<string, string>(), $"/{Tenant}/admin/deadlines?handler=reopen&id={deadline.Id}&culture=fr");
        reopened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = Db())
        {
            (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Id == deadline.Id)).CompletedUtc.ShouldBeNull();
            (await db.Set<AuditEntry>().CountAsync(a => a.Target == deadline.Key && (a.Action == "deadline.completed" || a.Action == "deadline.reopened"))).ShouldBe(2);
        }

        (await TimersAsync(deadline.Key)).Where(t => t.Status == OutboxStatus.Pending).Select(t => t.TimerKey)
            .ShouldBe([$"deadline:{deadline.Key}:remind-3", $"deadline:{deadline.Key}:remind-1", $"deadline:{deadline.Key}:overdue"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("", LegalDeadlines.InformationRequest, "2026-11-23", "", "Veuillez donner un titre")]
    [InlineData("Demande", "no-such-rule", "2026-11-23", "", "Veuillez choisir une règle dans la liste.")]
    [InlineData("Demande", LegalDeadlines.Custom, "2026-11-23", "", "Aucune règle ne fixe cette échéance : veuillez indiquer sa date.")]
    [InlineData("Demande", LegalDeadlines.InformationRequest, "", "", "Veuillez indiquer la date à partir de laquelle court le délai")]
    [InlineData("Demande", LegalDeadlines.InformationRequest, "23/11/2026", "", "Cette date n&#x27;est pas valide : 23/11/2026.")]
    [InlineData("Demande", LegalDeadlines.DevelopmentProgrammePosting, "2026-11-23", "", "Veuillez choisir une règle dans la liste.")] // the region's rule, not a commune's
    [InlineData("Demande", LegalDeadlines.Custom, "2026-11-23", "2026-11-20", "La date d&#x27;échéance ne peut pas précéder la date de départ.")]
    public async Task BadInput_IsRefusedWithALocalizedReason_AndRecordsNothing(string title, string rule, string start, string due, string error)
    {
        var admin = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.TenantAdmin);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(admin.Email!, PlatformUsers.Password);
        int before;
        await using (var db = Db())
        {
            before = await db.Set<Deadline>().CountAsync();
        }

        var response = await session.SubmitAsync($"/{Tenant}/admin/deadlines?culture=fr", new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Rule"] = rule,
            ["Input.StartDate"] = start,
            ["Input.DueDate"] = due,
        }, $"/{Tenant}/admin/deadlines?handler=add&culture=fr");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Rien n&#x27;a été enregistré");
        page.ShouldContain(error);
        await using (var db = Db())
        {
            (await db.Set<Deadline>().CountAsync()).ShouldBe(before);
        }
    }

    [Fact]
    public async Task AnotherTenantsAdmin_CannotCloseThisTenantsDeadline_AndACitizenCannotSeeThePage()
    {
        var deadline = await SetAsync(new DeadlineRequest(_key, LegalDeadlines.ComplaintAnswer, "Réclamation n° 4", _clock.GetUtcNow()));

        var otherAdmin = await PlatformUsers.CreateAsync(factory, "khouribga", CmsRoles.TenantAdmin);
        var other = new BrowserSession(factory.Browser());
        await other.LogInAsync(otherAdmin.Email!, PlatformUsers.Password);
        (await other.GetTextAsync("/khouribga/admin/deadlines?show=due&culture=fr")).ShouldNotContain("Réclamation n° 4");
        var forged = await other.SubmitAsync("/khouribga/admin/deadlines?culture=fr", new Dictionary<string, string>(), $"/khouribga/admin/deadlines?handler=done&id={deadline.Id}&culture=fr");
        forged.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var citizen = await PlatformUsers.CreateAsync(factory);
        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(citizen.Email!, PlatformUsers.Password);
        (await browser.GetAsync($"/{Tenant}/admin/deadlines")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var db = Db();
        (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Id == deadline.Id)).CompletedUtc.ShouldBeNull();
    }

    [Fact]
    public async Task StaffMarkTheirOwnDeadlinesDone_ButNotAColleagues_NorGiveOneToSomeoneElse()
    {
        var clerk = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.Staff);
        var colleague = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.Staff);
        // Received today (the pages read the real clock): both are in the "due" tab.
        var own = await SetAsync(new DeadlineRequest(_key, LegalDeadlines.InformationRequest, "Demande du guichet", DateTimeOffset.UtcNow, clerk.Id));
        var theirs = await SetAsync(new DeadlineRequest(_key + "-b", LegalDeadlines.InformationRequest, "Demande du collègue", DateTimeOffset.UtcNow, colleague.Id));
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(clerk.Email!, PlatformUsers.Password);

        var mine = await session.GetTextAsync($"/{Tenant}/admin/deadlines?show=due&mine=true&culture=fr");
        mine.ShouldContain("Demande du guichet");
        mine.ShouldNotContain("Demande du collègue");

        (await session.SubmitAsync($"/{Tenant}/admin/deadlines?culture=fr", new Dictionary<string, string>(), $"/{Tenant}/admin/deadlines?handler=done&id={theirs.Id}&culture=fr"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.SubmitAsync($"/{Tenant}/admin/deadlines?culture=fr", new Dictionary<string, string>(), $"/{Tenant}/admin/deadlines?handler=done&id={own.Id}&culture=fr"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var assigning = await session.SubmitAsync($"/{Tenant}/admin/deadlines?culture=fr", new Dictionary<string, string>
        {
            ["Input.Title"] = "Pour un collègue " + _key,
            ["Input.Rule"] = LegalDeadlines.ComplaintAnswer,
            ["Input.StartDate"] = "2026-11-23",
            ["Input.AssigneeUserId"] = colleague.Id,
        }, $"/{Tenant}/admin/deadlines?handler=add&culture=fr");
        assigning.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await assigning.Content.ReadAsStringAsync()).ShouldContain("Seul un administrateur peut confier une échéance à une autre personne.");

        await using var db = Db();
        (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Id == own.Id)).CompletedUtc.ShouldNotBeNull();
        (await db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Id == theirs.Id)).CompletedUtc.ShouldBeNull();
        (await db.Set<Deadline>().AnyAsync(d => d.Title == "Pour un collègue " + _key)).ShouldBeFalse();
    }
}

public sealed class SqliteDeadlineTests(SqliteOutboxFactory factory) : DeadlineTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresDeadlineTests(PostgresOutboxFactory factory) : DeadlineTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
