using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenRegion.Cms.Core;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Recipes;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Data.PostgreSql;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// What must be true before the host serves: the schema is migrated (and row-level security applied on PostgreSQL),
/// the platform recipe has created the tenants on first run, and the administrator exists or set-up is open.
/// Tenants' own recipes then run in the background (<see cref="TenantInitializationService"/>).
/// </summary>
public sealed class PlatformStartup(
    CmsDbContextFactory dbFactory,
    TenantRegistry registry,
    RecipeExecutor recipes,
    IOptions<PlatformOptions> options,
    IServiceProvider services,
    SetupToken setupToken,
    ILogger<PlatformStartup> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create(CmsDbScope.Platform);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await PostgresCmsDatabase.ApplyRowLevelSecurityAsync(db, cancellationToken);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        // Nodes starting together on one PostgreSQL database take turns: one migrates and sets up, the others then
        // find it done. (EF Core's migration lock alone would let two of them run the set-up recipe.)
        await using var turn = dbFactory.Create(CmsDbScope.Platform);
        var postgres = turn.Database.IsNpgsql();
        if (postgres)
        {
            await turn.Database.OpenConnectionAsync(cancellationToken);
            await turn.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({StartupLock})", cancellationToken);
        }

        try
        {
            await MigrateAsync(cancellationToken);
            await registry.RefreshAsync(cancellationToken);
            if (registry.All.Count == 0 && !string.IsNullOrEmpty(options.Value.SetupRecipe))
            {
                logger.LogInformation("Empty database: running platform recipe {Recipe}", options.Value.SetupRecipe);
                await recipes.RunNamedAsync(options.Value.SetupRecipe, null, cancellationToken);
                await registry.ReloadAsync(cancellationToken);
            }

            await EnsureAdministratorAsync(cancellationToken);
        }
        finally
        {
            if (postgres)
            {
                await turn.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({StartupLock})", CancellationToken.None);
            }
        }
    }

    /// <summary>The advisory lock key nodes take turns on at start-up ("OpenRegn" as a number).</summary>
    private const long StartupLock = 0x4f70656e5265676e;

    private async Task EnsureAdministratorAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        if (await users.Users.AnyAsync(u => u.IsPlatformAdmin, cancellationToken))
        {
            setupToken.Close();
            return;
        }

        var admin = options.Value.Admin;
        if (!string.IsNullOrWhiteSpace(admin.Email) && !string.IsNullOrEmpty(admin.Password))
        {
            var result = await PlatformAdministrator.CreateAsync(users, admin.Email, admin.Password, "Administrator");
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("OpenRegion:Admin could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            logger.LogInformation("Platform administrator {Email} created from configuration", admin.Email);
            setupToken.Close();
            return;
        }

        logger.LogWarning("No platform administrator yet. Open /setup from this machine, or from anywhere with /setup?token={Token}", setupToken.Value);
    }
}
