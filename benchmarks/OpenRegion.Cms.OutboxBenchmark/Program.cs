using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Web.Hosting;

// Events dispatched per second from the outbox on PostgreSQL with a no-op handler, and the delay from the commit of
// an event to its handler (p50, p99). Run by scripts/bench-outbox.sh, which starts a throw-away PostgreSQL server
// and passes OPENREGION_TEST_POSTGRES (application role) and OPENREGION_TEST_POSTGRES_ADMIN (superuser).
var server = Environment.GetEnvironmentVariable("OPENREGION_TEST_POSTGRES") ?? throw new InvalidOperationException("OPENREGION_TEST_POSTGRES is not set.");
var admin = Environment.GetEnvironmentVariable("OPENREGION_TEST_POSTGRES_ADMIN") ?? throw new InvalidOperationException("OPENREGION_TEST_POSTGRES_ADMIN is not set.");
var events = int.TryParse(Environment.GetEnvironmentVariable("OUTBOX_EVENTS"), out var n) ? n : 20_000;
var tenants = 10;
var database = "outbox_bench_" + Guid.NewGuid().ToString("N")[..8];

// Durable like production: the test cluster runs without fsync; the benchmark turns it back on.
foreach (var setting in new[] { "fsync", "synchronous_commit", "full_page_writes" })
{
    await Sql(admin, $"ALTER SYSTEM SET {setting} = on");
}

await Sql(admin, "SELECT pg_reload_conf();");
await Sql(server, $"CREATE DATABASE \"{database}\"");
var data = Directory.CreateTempSubdirectory("openregion-outbox-bench");
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
    builder.Configuration["OpenRegion:DataDirectory"] = data.FullName;
    builder.Configuration["OpenRegion:Database:Provider"] = "Postgres";
    builder.Configuration["ConnectionStrings:OpenRegion"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
    builder.AddOpenRegion();
    await using var app = builder.Build();
    var services = app.Services;
    await services.GetRequiredService<PlatformStartup>().MigrateAsync();
    var dbs = services.GetRequiredService<ICmsDbContextFactory>();
    var clock = TimeProvider.System;

    // 1. Throughput: a backlog of events spread over ten tenants, drained by one dispatcher.
    for (var t = 0; t < tenants; t++)
    {
        await using var lease = dbs.ForTenant($"commune-{t}");
        for (var i = 0; i < events / tenants; i++)
        {
            Outbox.Raise(lease.Db, "bench.backlog", new { Petition = i }, clock);
        }

        await lease.Db.SaveChangesAsync();
    }

    var noop = new Handler("no-op", _ => { });
    var dispatcher = new OutboxDispatcher(dbs, [noop], services, clock, services.GetRequiredService<ILogger<OutboxDispatcher>>());
    var watch = Stopwatch.StartNew();
    while (await dispatcher.RunOnceAsync() > 0)
    {
    }

    watch.Stop();
    Console.WriteLine($"throughput: {noop.Count} events in {watch.Elapsed.TotalSeconds:F1} s = {noop.Count / watch.Elapsed.TotalSeconds:F0} events/s (one dispatcher, no-op handler, 10 tenants, fsync on)");

    // 2. Delay: one event committed every 20 ms for 10 s while the dispatcher runs as in the host (signal + 1 s poll).
    var committed = new ConcurrentDictionary<string, long>();
    var delays = new ConcurrentBag<double>();
    var timer = new Handler("timer", e =>
    {
        if (committed.TryGetValue(e.PayloadJson, out var at))
        {
            delays.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
        }
    });
    var live = new OutboxDispatcher(dbs, [timer], services, clock, services.GetRequiredService<ILogger<OutboxDispatcher>>());
    using var stop = new CancellationTokenSource();
    var loop = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            await live.RunOnceAsync(stop.Token);
            try
            {
                await OutboxSignal.WaitAsync(TimeSpan.FromSeconds(1), clock, stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    });
    var produced = 0;
    var end = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 10;
    while (Stopwatch.GetTimestamp() < end)
    {
        await using (var lease = dbs.ForTenant($"commune-{produced % tenants}"))
        {
            // Timed from the start of the committing save: the dispatcher may take the event before the save returns.
            var message = Outbox.Raise(lease.Db, "bench.live", new { Seq = produced }, clock);
            committed[message.PayloadJson] = Stopwatch.GetTimestamp();
            await lease.Db.SaveChangesAsync();
        }

        produced++;
        await Task.Delay(20);
    }

    await Task.Delay(2000);
    await stop.CancelAsync();
    await loop;
    var sorted = delays.Order().ToArray();
    double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    Console.WriteLine($"delay commit -> handler: {sorted.Length}/{produced} events, p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {sorted.LastOrDefault():F1} ms");
    return sorted.Length == produced ? 0 : 1;
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await Sql(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    data.Delete(recursive: true);
}

static async Task Sql(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

internal sealed class Handler(string name, Action<DomainEvent> action) : IEventHandler
{
    private int _count;

    public int Count => _count;

    public string Name => name;

    public bool Handles(string eventType) => true;

    public Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        action(domainEvent);
        return Task.CompletedTask;
    }
}
