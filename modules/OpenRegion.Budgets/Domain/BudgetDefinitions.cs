using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Budgets.Domain;

/// <summary>A process with its budgets, as pages show them.</summary>
public sealed record ProcessDefinition(BudgetProcess Process, IReadOnlyList<Budget> Budgets);

/// <summary>
/// What the public pages read on every request and staff rarely change — a process with its budgets, the projects on
/// a ballot — kept in memory for a few seconds, and dropped at once on this node when staff save a change. The ballot
/// box never relies on it: it reads the rule, the phase and the projects from the database for every ballot.
/// </summary>
public sealed class BudgetDefinitions(IMemoryCache cache)
{
    /// <summary>How stale another node's copy may be after a change (this node's is dropped at once).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    public async Task<ProcessDefinition?> ProcessAsync(ICmsDbContext db, string tenantId, string slug, CancellationToken cancellationToken)
    {
        var key = ("budget-process", tenantId, Generation(tenantId), slug);
        if (cache.TryGetValue(key, out ProcessDefinition? found))
        {
            return found;
        }

        var process = await db.Set<BudgetProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (process is null)
        {
            return null;
        }

        var budgets = await db.Set<Budget>().AsNoTracking().Where(b => b.ProcessId == process.Id).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        found = new ProcessDefinition(process, budgets);
        cache.Set(key, found, Lifetime);
        return found;
    }

    /// <summary>The projects on a budget's ballot (found feasible), in their order.</summary>
    public async Task<IReadOnlyList<BudgetProject>> OnBallotAsync(ICmsDbContext db, string tenantId, long budgetId, CancellationToken cancellationToken)
    {
        var key = ("budget-ballot", tenantId, Generation(tenantId), budgetId);
        if (cache.TryGetValue(key, out IReadOnlyList<BudgetProject>? projects) && projects is not null)
        {
            return projects;
        }

        projects = await db.Set<BudgetProject>().AsNoTracking().Where(p => p.BudgetId == budgetId && p.State == ProjectState.Feasible).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        cache.Set(key, projects, Lifetime);
        return projects;
    }

    /// <summary>Staff changed a process, a budget or a project of the tenant: this node reads them again.</summary>
    public void Invalidate(string tenantId) => _generations.AddOrUpdate(tenantId, 1, (_, generation) => generation + 1);

    private long Generation(string tenantId) => _generations.GetValueOrDefault(tenantId);
}

/// <summary>On a staff page: after any change posted to it, this node's public pages read processes and ballots again.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InvalidatesBudgetDefinitionsAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await next();
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            http.RequestServices.GetRequiredService<BudgetDefinitions>().Invalidate(http.RequestServices.GetRequiredService<TenantContext>().Shell.Id);
        }
    }
}
