using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Data.PostgreSql;

/// <summary>
/// PostgreSQL for production. Besides EF Core's query filters, row-level security checks every tenant-owned row
/// against the session setting openregion.tenant_id, set each time a connection is opened for a context.
/// The application must connect as a role that is not a superuser (superusers bypass row-level security).
/// </summary>
public static class PostgresCmsDatabase
{
    public const string TenantSetting = "openregion.tenant_id";

    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresCmsDatabase).Assembly.GetName().Name))
            .AddInterceptors(TenantSessionInterceptor.Instance);

    /// <summary>
    /// Enables and forces row-level security on every table of a tenant-owned entity, with one policy comparing
    /// TenantId to the session setting ("*" is the platform scope). Idempotent; runs after migrations so a module's
    /// new tables are covered without writing SQL by hand.
    /// </summary>
    public static async Task ApplyRowLevelSecurityAsync(CmsDbContext db, CancellationToken cancellationToken = default)
    {
        var tables = db.Model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType))
            .Select(t => (Table: t.GetTableName()!, Schema: t.GetSchema()))
            .Distinct()
            .ToList();
        foreach (var (table, schema) in tables)
        {
            var qualified = schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
            var policyTable = table.Replace("'", "''", StringComparison.Ordinal);
            var sql = $"""
                ALTER TABLE {qualified} ENABLE ROW LEVEL SECURITY;
                ALTER TABLE {qualified} FORCE ROW LEVEL SECURITY;
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = '{policyTable}' AND policyname = 'tenant_isolation') THEN
                    CREATE POLICY tenant_isolation ON {qualified}
                      USING (current_setting('{TenantSetting}', true) = '*' OR "TenantId" = current_setting('{TenantSetting}', true))
                      WITH CHECK (current_setting('{TenantSetting}', true) = '*' OR "TenantId" = current_setting('{TenantSetting}', true));
                  END IF;
                END $$;
                """;
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    /// <summary>
    /// Sets the tenant of row-level security on every connection the context opens, and keeps that connection for the
    /// context's lifetime: EF would otherwise open and close it around each query, and each opening costs two more
    /// round trips (the pool's reset and this setting). The connection goes back to the pool when the context is disposed.
    /// </summary>
    private sealed class TenantSessionInterceptor : DbConnectionInterceptor
    {
        public static readonly TenantSessionInterceptor Instance = new();

        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = Command(connection, eventData);
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = Command(connection, eventData);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        private static NpgsqlCommand Command(DbConnection connection, ConnectionEndEventData eventData)
        {
            var value = (eventData.Context as CmsDbContext)?.Scope.RowLevelSecurityValue ?? "";
            var command = new NpgsqlCommand($"SELECT set_config('{TenantSetting}', @tenant, false)", (NpgsqlConnection)connection);
            command.Parameters.AddWithValue("tenant", value);
            return command;
        }
    }
}
