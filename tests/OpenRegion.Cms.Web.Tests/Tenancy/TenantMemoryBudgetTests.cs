using System.Net;
using Microsoft.AspNetCore.Hosting;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Tenancy;

/// <summary>A platform whose tenants' cached state may take 48 KB: room for a dozen shells, not for 40.</summary>
public sealed class SmallShellBudgetFactory : SqlitePlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenRegion:Tenants:ShellBudgetKilobytes", "48");
    }
}

/// <summary>
/// Idle tenants give their cached state back under the memory budget and come back on their next request: many
/// communes visited one after the other never hold more than the budget, and every one of them still answers.
/// </summary>
public sealed class TenantMemoryBudgetTests(SmallShellBudgetFactory factory) : IClassFixture<SmallShellBudgetFactory>
{
    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50); // eviction callbacks run on the thread pool
        }

        condition().ShouldBeTrue();
    }

    [Fact]
    public async Task Many_communes_visited_in_turn_stay_within_the_budget_and_each_comes_back_on_its_next_request()
    {
        var registry = factory.Service<TenantRegistry>();
        var tag = Guid.NewGuid().ToString("N")[..5];
        var ids = Enumerable.Range(1, 40).Select(i => $"m{tag}-{i:00}").ToList();
        foreach (var id in ids)
        {
            await factory.Service<TenantService>().CreateAsync(new TenantDefinition { Id = id, NameAr = "جماعة " + id, NameFr = "Commune " + id, ParentId = "province-azilal", UrlPrefix = id });
            await factory.Service<TenantInitializer>().InitializeAsync(id);
        }

        var visitor = factory.Browser();
        foreach (var id in ids)
        {
            (await visitor.GetAsync($"/{id}/")).StatusCode.ShouldBe(HttpStatusCode.OK);
            registry.ShellMemory().Bytes.ShouldBeLessThanOrEqualTo(48 * 1024);
        }

        var (loaded, bytes, budget) = registry.ShellMemory();
        budget.ShouldBe(48 * 1024);
        loaded.ShouldBeLessThan(ids.Count); // some were released...
        loaded.ShouldBeGreaterThan(0);
        bytes.ShouldBeGreaterThan(0);

        // ...and the first one, released or not, answers again and holds its state once more.
        registry.Compact();
        await EventuallyAsync(() => registry.ShellMemory().Loaded == 0);
        registry.MemoryHeld(ids[0]).ShouldBe(0);
        (await visitor.GetAsync($"/{ids[0]}/?culture=fr")).StatusCode.ShouldBe(HttpStatusCode.OK);
        registry.MemoryHeld(ids[0]).ShouldBeGreaterThan(0);

        // The administrator sees what each holds and the budget.
        var admin = new BrowserSession(factory.Browser());
        await admin.LogInAsync(PlatformFactory.AdminEmail, PlatformFactory.AdminPassword);
        var list = await admin.GetTextAsync($"/admin/tenants?culture=fr&q={tag}");
        list.ShouldContain("Mémoire occupée");
        list.ShouldContain("Ko sur un budget de 48 Ko");
    }
}
