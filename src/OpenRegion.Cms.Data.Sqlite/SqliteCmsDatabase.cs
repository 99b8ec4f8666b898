using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenRegion.Cms.Data.Sqlite;

/// <summary>The embedded default: one SQLite file in the data directory, in WAL mode.</summary>
public static class SqliteCmsDatabase
{
    public static string ConnectionStringFor(string dataDirectory) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetFullPath(dataDirectory), "openregion.db"), Pooling = true, DefaultTimeout = 30 }.ToString();

    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteCmsDatabase).Assembly.GetName().Name))
            .AddInterceptors(WalInterceptor.Instance);

    /// <summary>WAL lets readers go on while a writer commits; busy_timeout waits for a lock instead of failing.</summary>
    private sealed class WalInterceptor : DbConnectionInterceptor
    {
        public static readonly WalInterceptor Instance = new();

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) => Pragmas(connection);

        public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Pragmas(connection);
            return Task.CompletedTask;
        }

        private static void Pragmas(System.Data.Common.DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
            command.ExecuteNonQuery();
        }
    }
}
