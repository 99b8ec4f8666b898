using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenRegion.Cms.Data.Sqlite;

/// <summary>The embedded default: one SQLite file in the data directory, in WAL mode.</summary>
public static class SqliteCmsDatabase
{
    public static string ConnectionStringFor(string dataDirectory) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetFullPath(dataDirectory), "openregion.db"), Pooling = true, DefaultTimeout = 30, ForeignKeys = true }.ToString();

    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteCmsDatabase).Assembly.GetName().Name))
            .AddInterceptors(WalInterceptor.Instance);

    /// <summary>
    /// WAL lets readers go on while a writer commits; busy_timeout waits for a lock instead of failing.
    /// journal_mode is stored in the file, so it is asked for only once per pooled connection's first open.
    /// </summary>
    private sealed class WalInterceptor : DbConnectionInterceptor
    {
        public static readonly WalInterceptor Instance = new();

        // Pooled connections keep their native handle: remember which ones already have the pragmas applied.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> PreparedHandles = new();

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) => Pragmas(connection);

        public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Pragmas(connection);
            return Task.CompletedTask;
        }

        private static void Pragmas(System.Data.Common.DbConnection connection)
        {
            if (connection is SqliteConnection { Handle: { } handle } && PreparedHandles.TryGetValue(handle, out _))
            {
                return;
            }

            if (connection is SqliteConnection { Handle: { } newHandle })
            {
                PreparedHandles.AddOrUpdate(newHandle, true);
            }

            // EF Core opens a read-only connection to see whether the file exists: switching a file to WAL is a write,
            // which a read-only connection cannot do on a file not yet in WAL mode (a restored backup, a copied file).
            var readOnly = new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly;
            using var command = connection.CreateCommand();
            command.CommandText = (readOnly ? "" : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; ") + "PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
            command.ExecuteNonQuery();
        }
    }
}
