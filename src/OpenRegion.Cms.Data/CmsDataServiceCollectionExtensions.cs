using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Data;

public static class CmsDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the context: scoped to the request's tenant (from <see cref="TenantContext"/>), and the factory
    /// for work outside requests. <paramref name="configureProvider"/> chooses SQLite or PostgreSQL.
    /// </summary>
    public static IServiceCollection AddCmsData(this IServiceCollection services, Action<DbContextOptionsBuilder<CmsDbContext>> configureProvider)
    {
        services.AddSingleton(_ =>
        {
            var builder = new DbContextOptionsBuilder<CmsDbContext>();
            configureProvider(builder);
            return builder.Options;
        });
        services.AddSingleton<CmsDbContextFactory>();
        services.AddSingleton<ICmsDbContextFactory>(sp => sp.GetRequiredService<CmsDbContextFactory>());
        services.AddScoped(sp =>
        {
            var tenant = sp.GetRequiredService<TenantContext>();
            var scope = tenant.HasTenant ? CmsDbScope.ForTenant(tenant.TenantId!) : CmsDbScope.None;
            return new CmsDbContext(sp.GetRequiredService<DbContextOptions<CmsDbContext>>(), sp.GetRequiredService<ModuleCatalog>(), scope);
        });
        services.AddScoped<ICmsDbContext>(sp => sp.GetRequiredService<CmsDbContext>());
        return services;
    }
}
