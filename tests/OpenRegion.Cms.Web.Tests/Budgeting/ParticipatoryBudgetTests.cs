using System.Globalization;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Budgeting.Pabulib;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Budgeting;

/// <summary>
/// A participatory budget through HTTP, as staff and citizens use it, on a real database: staff set up a process
/// and its budget, citizens propose projects, the services review them, citizens vote online and at a counter, and
/// once voting closes anyone reads and recounts the results. Every refusal says why and stores nothing.
/// </summary>
public abstract partial class ParticipatoryBudgetTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "beni-mellal";
    private const string P = "/" + Tenant;
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private CmsDbContext Db(string tenant = Tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    private Task DrainAsync() => factory.Service<OutboxDispatcher>().DrainAsync();

    private async Task<(BrowserSession Session, CmsUser User)> SignedInAsync(string? role = null, string? residence = Tenant, string tenant = Tenant)
    {
        var user = await PlatformUsers.CreateAsync(factory, role is null ? null : tenant, role);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.ResidenceTenantId = residence;
            (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
        }

        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password);
        return (session, user);
    }

    /// <summary>A datetime-local value, Moroccan time, <paramref name="offset"/> from now (to the minute, as the form sends it).</summary>
    private static string At(TimeSpan offset) => LocalTime.ToInput(DateTimeOffset.UtcNow + offset);

    /// <summary>Staff set the calendar on the process page (the other fields as the page shows them).</summary>
    private static async Task SetCalendarAsync(BrowserSession admin, long processId, TimeSpan proposals, TimeSpan review, TimeSpan voting, TimeSpan votingEnds)
    {
        var page = $"{P}/admin/budgets/{processId}?culture=fr";
        var response = await admin.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Proposals"] = At(proposals), ["Input.Review"] = At(review), ["Input.Voting"] = At(voting), ["Input.VotingEnds"] = At(votingEnds),
        }, $"{P}/admin/budgets/{processId}?handler=process&culture=fr");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await response.Content.ReadAsStringAsync()));
    }

    private async Task<(long ProcessId, long BudgetId, string Slug)> ProcessAsync(BrowserSession admin, decimal amount = 100_000m)
    {
        var slug = "quartiers-" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.SubmitAsync($"{P}/admin/budgets?culture=fr", new Dictionary<string, string>
        {
            ["Input.TitleAr"] = "ميزانية الأحياء التشاركية", ["Input.TitleFr"] = "Budget participatif des quartiers", ["Input.Slug"] = slug,
        }, $"{P}/admin/budgets?handler=create&culture=fr");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await created.Content.ReadAsStringAsync()));
        var processId = long.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        await SetCalendarAsync(admin, processId, TimeSpan.FromHours(-2), TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(3));
        var budget = await admin.SubmitAsync($"{P}/admin/budgets/{processId}?culture=fr", new Dictionary<string, string>
        {
            ["BudgetForm.NameAr"] = "غلاف الأحياء", ["BudgetForm.NameFr"] = "Enveloppe des quartiers", ["BudgetForm.Amount"] = amount.ToString(CultureInfo.InvariantCulture),
            ["BudgetForm.BallotKind"] = "Knapsack", ["BudgetForm.MinProjects"] = "1", ["BudgetForm.Communes"] = Tenant,
        }, $"{P}/admin/budgets/{processId}?handler=budget&culture=fr");
        budget.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await budget.Content.ReadAsStringAsync()));
        await using var db = Db();
        return (processId, (await db.Set<Budget>().SingleAsync(b => b.ProcessId == processId)).Id, slug);
    }

    private static Task<HttpResponseMessage> ProposeAsync(BrowserSession citizen, string slug, Dictionary<string, string> fields, params (string, string, byte[])[] photos) =>
        citizen.PostMultipartAsync($"{P}/budgets/{slug}/propose?culture=fr", $"{P}/budgets/{slug}/propose?culture=fr", fields, photos);

    private static Task<HttpResponseMessage> VoteAsync(BrowserSession voter, string slug, long budgetId, params (string Name, string Value)[] fields) =>
        voter.PostFieldsAsync($"{P}/budgets/{slug}/vote/{budgetId}?culture=fr", $"{P}/budgets/{slug}/vote/{budgetId}?culture=fr", fields);

    private static Task<HttpResponseMessage> ReviewAsync(BrowserSession admin, long processId, long projectId, string state, string cost, string reason = "") =>
        admin.PostFieldsAsync($"{P}/admin/budgets/{processId}/projects?culture=fr", $"{P}/admin/budgets/{processId}/projects?handler=review&projectId={projectId}&culture=fr",
            ("Review.State", state), ("Review.Cost", cost), ("Review.Reason", reason));

    private async Task<int> BallotCountAsync(long budgetId)
    {
        await using var db = Db();
        return await db.Set<Ballot>().CountAsync(b => b.BudgetId == budgetId);
    }

    private static async Task<string> TextOf(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}

public sealed class SqliteParticipatoryBudgetTests(SqliteOutboxFactory factory) : ParticipatoryBudgetTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresParticipatoryBudgetTests(PostgresOutboxFactory factory) : ParticipatoryBudgetTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
