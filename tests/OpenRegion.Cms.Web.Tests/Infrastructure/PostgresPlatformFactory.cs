using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace OpenRegion.Cms.Web.Tests.Infrastructure;

/// <summary>
/// A fresh database on the PostgreSQL server started by scripts/test.sh (OPENREGION_TEST_POSTGRES), reached as a
/// role that is not a superuser, so row-level security applies.
/// </summary>
public class PostgresPlatformFactory : PlatformFactory
{
    public string DatabaseName { get; init; } = "openregion_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Another node of a deployment whose database exists already: neither created nor dropped here.</summary>
    public bool JoinsDatabase { get; init; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("OPENREGION_TEST_POSTGRES")
        ?? throw new InvalidOperationException("OPENREGION_TEST_POSTGRES is not set: run the tests with `bash scripts/test.sh`, which starts a PostgreSQL server.");

    public string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = DatabaseName }.ToString();

    public override async Task InitializeAsync()
    {
        if (JoinsDatabase)
        {
            await base.InitializeAsync();
            return;
        }

        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (JoinsDatabase)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        // The throw-away server is deleted with its data when the run ends, so a database that cannot be dropped
        // (a background connection reopening at that moment) is retried, then left behind rather than failing the run.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ServerConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (NpgsqlException exception) when (attempt < 5)
            {
                Console.Error.WriteLine($"[tests] dropping {DatabaseName} failed ({exception.Message}); retrying");
                await Task.Delay(200 * attempt);
            }
            catch (NpgsqlException exception)
            {
                Console.Error.WriteLine($"[tests] {DatabaseName} left on the throw-away server: {exception.Message}");
                return;
            }
        }
    }

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("OpenRegion:Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:OpenRegion", ConnectionString);
    }
}
