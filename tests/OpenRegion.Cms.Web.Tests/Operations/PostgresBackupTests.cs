using System.Diagnostics;
using System.Net;
using Npgsql;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Operations;

/// <summary>
/// README's PostgreSQL backup, as an operator types it: pg_dump (custom format) as a role that bypasses row-level
/// security, pg_restore into an empty database owned by the platform's role; every table then holds the same number of
/// rows, and a platform node started on the restored database serves the communes' pages. A dump by the platform's
/// own role is refused by pg_dump rather than silently missing every tenant's rows.
/// </summary>
public sealed class PostgresBackupTests(PostgresPlatformFactory factory) : IClassFixture<PostgresPlatformFactory>
{
    private static string Tool(string name) =>
        Path.Combine(Environment.GetEnvironmentVariable("OPENREGION_TEST_PG_BIN") ?? throw new InvalidOperationException("OPENREGION_TEST_PG_BIN is not set: run the tests with `bash scripts/test.sh`."), name);

    private static NpgsqlConnectionStringBuilder Admin => new(Environment.GetEnvironmentVariable("OPENREGION_TEST_POSTGRES_ADMIN") ?? throw new InvalidOperationException("OPENREGION_TEST_POSTGRES_ADMIN is not set."));

    private static async Task<(int Code, string Error)> RunAsync(string tool, NpgsqlConnectionStringBuilder role, params string[] args)
    {
        var start = new ProcessStartInfo(Tool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "--host", role.Host!, "--port", role.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", role.Username! }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PGPASSWORD"] = role.Password;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Admin.ConnectionString) { Database = database, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    [Fact]
    public async Task ADumpRestoredIntoAnEmptyDatabase_HoldsEveryRow_AndServesTheSites()
    {
        var dump = Path.Combine(factory.DataDirectory, "openregion.dump");
        var app = new NpgsqlConnectionStringBuilder(factory.ConnectionString);

        // The platform's own role cannot dump: row-level security would hide every tenant's rows, and pg_dump says so.
        var refused = await RunAsync("pg_dump", app, "--format=custom", "--file", dump + ".app", factory.DatabaseName);
        refused.Code.ShouldNotBe(0);
        refused.Error.ShouldContain("row-level security");

        // The platform keeps working while it is dumped (background deliveries, schedules): a table may grow between
        // the counts taken just before and just after; the dump holds a consistent snapshot within them.
        var before = await CountsAsync(factory.DatabaseName);
        var dumped = await RunAsync("pg_dump", Admin, "--format=custom", "--file", dump, factory.DatabaseName);
        dumped.Code.ShouldBe(0, dumped.Error);
        var later = await CountsAsync(factory.DatabaseName);

        var restoredName = "restored_" + Guid.NewGuid().ToString("N")[..10];
        await using (var connection = new NpgsqlConnection(Admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{restoredName}\" OWNER \"{app.Username}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var restored = await RunAsync("pg_restore", Admin, "--no-owner", "--role", app.Username!, "--exit-on-error", "--dbname", restoredName, dump);
        restored.Code.ShouldBe(0, restored.Error);

        var after = await CountsAsync(restoredName);
        after.Keys.Order().ShouldBe(before.Keys.Order());
        var outside = after.Where(t => t.Value < Math.Min(before[t.Key], later[t.Key]) || t.Value > Math.Max(before[t.Key], later[t.Key]))
            .Select(t => $"{t.Key}: {t.Value} restored, {before[t.Key]} before the dump, {later[t.Key]} after").ToList();
        outside.ShouldBeEmpty();
        after.Count(t => t.Value == before[t.Key]).ShouldBeGreaterThan(after.Count - 3);
        before.Count.ShouldBeGreaterThan(50);
        before["ContentItems"].ShouldBeGreaterThan(50);
        before["AspNetUsers"].ShouldBeGreaterThan(0);

        // A node on the restored database serves a commune's pages, row-level security and all.
        var node = new PostgresPlatformFactory { DatabaseName = restoredName, JoinsDatabase = true };
        try
        {
            await node.InitializeAsync();
            var visitor = new BrowserSession(node.Browser());
            (await visitor.GetTextAsync("/beni-mellal/budgets?culture=fr")).ShouldContain("budget-participatif-2027");
            (await visitor.GetAsync("/beni-mellal/petitions?culture=ar")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await node.DisposeAsync();
        }
    }
}
