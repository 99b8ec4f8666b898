using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Recipes;

public sealed class RecipeExecutionContext(ICmsDbContext db, Tenant? tenant, IServiceProvider services, TimeProvider clock)
{
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public ICmsDbContext Db { get; } = db;

    /// <summary>The tenant being set up; null for a platform recipe.</summary>
    public Tenant? Tenant { get; } = tenant;

    public IServiceProvider Services { get; } = services;

    public TimeProvider Clock { get; } = clock;

    public IReadOnlyList<Func<CancellationToken, Task>> AfterCommitActions => _afterCommit;

    /// <summary>Runs once the recipe's transaction has committed (e-mails, search indexing); skipped if it rolls back.</summary>
    public void AfterCommit(Func<CancellationToken, Task> action) => _afterCommit.Add(action);
}
