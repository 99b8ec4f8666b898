using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Data;

/// <summary>
/// The one database context of the platform, shared by all modules (they add their entities through
/// <see cref="IModule.ConfigureModel"/>). Bound at creation to a tenant, or to the platform scope.
/// </summary>
public class CmsDbContext : IdentityUserContext<CmsUser>, ICmsDbContext
{
    private readonly ModuleCatalog _modules;

    public CmsDbContext(DbContextOptions<CmsDbContext> options, ModuleCatalog modules, CmsDbScope scope)
        : base(options)
    {
        _modules = modules;
        Scope = scope;
    }

    public CmsDbScope Scope { get; }

    public string? TenantId => Scope.TenantId;

    /// <summary>Read by the query filters at each query: EF Core parameterizes context members.</summary>
    protected string CurrentTenantId => Scope.TenantId ?? "";

    protected bool IsPlatformScope => Scope.IsPlatform;

    /// <summary>Always, whoever built the options: a shared model for both scopes would leave tenant contexts unfiltered.</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ScopedModelCacheKeyFactory>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type and cannot compare or sort the text EF would store; ticks can.
        if (Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
        foreach (var module in _modules.Modules)
        {
            module.ConfigureModel(builder);
        }

        // Two models (ScopedModelCacheKeyFactory): the platform scope's has no tenant filter; every other context's
        // filter is a plain "TenantId = @tenant", which the TenantId-first indexes serve. A single model with
        // "@isPlatform OR TenantId = @tenant" made SQLite scan whole tables, so a page got slower with every tenant added.
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)).ToList())
        {
            if (!IsPlatformScope)
            {
                var filter = (LambdaExpression)typeof(CmsDbContext).GetMethod(nameof(TenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(entityType.ClrType).Invoke(this, null)!;
                builder.Entity(entityType.ClrType).HasQueryFilter(filter);
            }

            builder.Entity(entityType.ClrType).Property(nameof(ITenantOwned.TenantId)).HasMaxLength(63).IsRequired();
            builder.Entity(entityType.ClrType).HasIndex(nameof(ITenantOwned.TenantId));
        }
    }

    private Expression<Func<T, bool>> TenantFilter<T>() where T : ITenantOwned =>
        e => e.TenantId == CurrentTenantId;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        var raised = RaisesEvents();
        var count = base.SaveChanges(acceptAllChangesOnSuccess);
        if (raised)
        {
            OpenRegion.Cms.Core.Workflows.OutboxSignal.Pulse();
        }

        return count;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        var raised = RaisesEvents();
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (raised)
        {
            // The dispatcher looks at once (inside a transaction it finds nothing yet; its next poll does).
            OpenRegion.Cms.Core.Workflows.OutboxSignal.Pulse();
        }

        return count;
    }

    private bool RaisesEvents() =>
        ChangeTracker.Entries<OpenRegion.Cms.Core.Workflows.OutboxMessage>().Any(e => e.State == EntityState.Added);

    /// <summary>New rows get the scope's tenant; a row of another tenant can be neither added nor changed from here.</summary>
    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State == EntityState.Added && string.IsNullOrEmpty(entry.Entity.TenantId))
            {
                entry.Entity.TenantId = Scope.TenantId ?? throw new InvalidOperationException($"A {entry.Entity.GetType().Name} needs a tenant, and this context has none.");
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Scope.IsPlatform
                && !string.Equals(entry.Entity.TenantId, Scope.TenantId, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"A {entry.Entity.GetType().Name} of another tenant cannot be written from tenant '{Scope.TenantId}'.");
            }

            if (entry.State == EntityState.Modified && entry.Property(nameof(ITenantOwned.TenantId)).IsModified)
            {
                throw new InvalidOperationException("A row cannot move to another tenant.");
            }
        }
    }
}

/// <summary>One model for the platform scope (no tenant filter) and one for every other scope (the tenant filter).</summary>
public sealed class ScopedModelCacheKeyFactory : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is CmsDbContext cms ? (context.GetType(), cms.Scope.IsPlatform, designTime) : (context.GetType(), designTime);
}
