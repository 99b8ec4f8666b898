using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using OpenRegion.Cms.BallotStorm;
using OpenRegion.Cms.Core.Identity;

// A consultation under load on PostgreSQL (fsync on), through HTTP, against the platform running as its own process:
// the demo consultation of Béni Mellal with 10,000 contributions, 64 concurrent clients reading its page (anonymous,
// then signed in) and posting comments, each measured right after a bare endpoint of the same host in the same run.
// Run by scripts/bench-consultation.sh, which starts a throw-away PostgreSQL server and builds the host.
string Env(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException(name + " is not set: run scripts/bench-consultation.sh.");
int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

var server = Env("OPENREGION_TEST_POSTGRES");
var admin = Env("OPENREGION_TEST_POSTGRES_ADMIN");
var hostDll = Env("STORM_HOST_DLL");
var clients = Setting("LOAD_CLIENTS", 64);
var contributions = Setting("LOAD_CONTRIBUTIONS", 10_000);
var seconds = Setting("LOAD_SECONDS", 15);
var database = "consult_" + Guid.NewGuid().ToString("N")[..8];
var appConnection = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 100 }.ToString();
var adminConnection = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ToString();
foreach (var setting in new[] { "fsync", "synchronous_commit", "full_page_writes" })
{
    await Sql(admin, $"ALTER SYSTEM SET {setting} = on");
}

await Sql(admin, "SELECT pg_reload_conf()");
await Sql(server, $"CREATE DATABASE \"{database}\"");
var data = Directory.CreateTempSubdirectory("openregion-consultation-load");
const string Password = "Load-passw0rd-2027";
const string Page = "/beni-mellal/consultations/programme-ouverture-commune";
const string Bypass = "X-Load-Bypass-Cache";
var url = $"http://127.0.0.1:{Setting("LOAD_PORT", 5393)}";
await using var host = new HostProcess(hostDll, url, new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["OpenRegion__DataDirectory"] = data.FullName,
    ["OpenRegion__Database__Provider"] = "Postgres",
    ["ConnectionStrings__OpenRegion"] = appConnection,
    ["OpenRegion__Admin__Email"] = "admin@load.test",
    ["OpenRegion__Admin__Password"] = Password,
    // Thousands of simulated citizens from one address: the abuse limits would (rightly) stop them.
    ["OpenRegion__Limits__Enabled"] = "false",
    ["Serilog__MinimumLevel__Default"] = "Error",
    ["OpenRegion__PublicCache__BypassHeader"] = Bypass,
});
await host.StartAsync(async client => (await client.GetAsync(Page)).IsSuccessStatusCode);

// 10,000 contributions spread over the four axes (one in five a reply), and the citizens who post during the run.
var consultationId = await Scalar<long>(adminConnection, "SELECT \"Id\" FROM \"Consultations\" WHERE \"Slug\" = 'programme-ouverture-commune' AND \"TenantId\" = 'beni-mellal'");
var sections = new List<long>();
await using (var connection = new NpgsqlConnection(adminConnection))
{
    await connection.OpenAsync();
    await using (var command = new NpgsqlCommand($"SELECT \"Id\" FROM \"ConsultationSections\" WHERE \"ConsultationId\" = {consultationId} ORDER BY \"Position\"", connection))
    await using (var reader = await command.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            sections.Add(reader.GetInt64(0));
        }
    }

    await using (var copy = await connection.BeginTextImportAsync(
        "COPY \"Contributions\" (\"TenantId\", \"ConsultationId\", \"SectionId\", \"UserId\", \"AuthorName\", \"Body\", \"Channel\", \"Agree\", \"Disagree\", \"Reports\", \"CreatedUtc\") FROM STDIN"))
    {
        for (var i = 0; i < contributions * 4 / 5; i++)
        {
            await copy.WriteLineAsync(string.Join('\t', "beni-mellal", consultationId, sections[i % sections.Count], "\\N", "Citoyen " + i, $"Contribution {i} : plus de bacs de tri et un ramassage régulier dans le quartier.", "Online", i % 7, i % 3, 0, "2026-12-01 10:00:00+00"));
        }
    }

    var parents = new List<(long Id, long Section)>();
    await using (var command = new NpgsqlCommand($"SELECT \"Id\", \"SectionId\" FROM \"Contributions\" WHERE \"ConsultationId\" = {consultationId} ORDER BY \"Id\" DESC LIMIT 400", connection))
    await using (var reader = await command.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            parents.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }
    }

    await using (var copy = await connection.BeginTextImportAsync(
        "COPY \"Contributions\" (\"TenantId\", \"ConsultationId\", \"SectionId\", \"ParentId\", \"AuthorName\", \"Body\", \"Channel\", \"Agree\", \"Disagree\", \"Reports\", \"CreatedUtc\") FROM STDIN"))
    {
        for (var i = 0; i < contributions / 5; i++)
        {
            var (parent, section) = parents[i % parents.Count];
            await copy.WriteLineAsync(string.Join('\t', "beni-mellal", consultationId, section, parent, "Voisin " + i, "D'accord, et aussi devant les écoles.", "Online", 0, 0, 0, "2026-12-01 11:00:00+00"));
        }
    }

    var hash = new PasswordHasher<CmsUser>().HashPassword(new CmsUser(), Password);
    await using var users = await connection.BeginTextImportAsync(
        "COPY \"AspNetUsers\" (\"Id\", \"DisplayName\", \"PreferredCulture\", \"IsPlatformAdmin\", \"ResidenceTenantId\", \"CreatedUtc\", \"UserName\", \"NormalizedUserName\", \"Email\", \"NormalizedEmail\", \"EmailConfirmed\", \"PasswordHash\", \"SecurityStamp\", \"ConcurrencyStamp\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\", \"EmailNotifications\", \"SmsNotifications\", \"OnElectoralRoll\") FROM STDIN");
    for (var i = 0; i < clients; i++)
    {
        var email = $"citoyen{i}@load.test";
        await users.WriteLineAsync(string.Join('\t', Guid.NewGuid().ToString(), "Citoyen " + i, "fr", "f", "beni-mellal", "2026-12-01 00:00:00+00", email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), "t", hash, Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), "f", "f", "t", "0", "Off", "f", "f"));
    }
}

await Sql(adminConnection, "ANALYZE");
var stored = await Scalar<long>(adminConnection, $"SELECT count(*) FROM \"Contributions\" WHERE \"ConsultationId\" = {consultationId}");
Console.WriteLine($"{stored} contributions on the consultation; {clients} clients; {seconds} s per run; host {url}; PostgreSQL with fsync on");

var sessions = new Session[clients];
await Parallel.ForEachAsync(Enumerable.Range(0, clients), async (i, _) =>
{
    var session = new Session(url);
    await session.LogInAsync($"citoyen{i}@load.test", Password);
    await session.LoadTokenAsync(Page);
    sessions[i] = session;
});

var anonymous = Enumerable.Range(0, clients).Select(_ => new Session(url)).ToArray();
var uncached = Enumerable.Range(0, clients).Select(_ => new Session(url, Bypass)).ToArray();
var (anonymousHtml, signedInHtml) = (await anonymous[0].GetStringAsync(Page), await sessions[0].GetStringAsync(Page));
Console.WriteLine($"page size: anonymous {anonymousHtml.Length / 1024} KiB, signed in {signedInHtml.Length / 1024} KiB (characters, uncompressed)");
if (Environment.GetEnvironmentVariable("LOAD_SAVE_PAGES") is { Length: > 0 } saveTo)
{
    await File.WriteAllTextAsync(Path.Combine(saveTo, "consultation-anonymous.html"), anonymousHtml);
    await File.WriteAllTextAsync(Path.Combine(saveTo, "consultation-signed-in.html"), signedInHtml);
}
var results = new List<(string Name, Run Run)>();
// LOAD_ONLY=signed (a word of the target's name) runs only the targets whose names contain it, e.g. to trace one.
var only = Environment.GetEnvironmentVariable("LOAD_ONLY");
async Task Measure(string name, Func<int, Task<bool>> request)
{
    if (only is { Length: > 0 } && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
    {
        return;
    }

    // Warm-up (the JIT, the caches), then the timed run.
    await RunAsync(TimeSpan.FromSeconds(3), request);
    var run = await RunAsync(TimeSpan.FromSeconds(seconds), request);
    results.Add((name, run));
    Console.WriteLine($"{name,-44} {run.PerSecond,8:F0} req/s   p50 {run.Percentile(50),6:F1} ms   p99 {run.Percentile(99),7:F1} ms   failed {run.Failures}");
}

var posted = 0;
await Measure("bare endpoint /health/live", i => anonymous[i].GetOkAsync("/health/live"));
await Measure("consultation page, anonymous (first page/section)", i => anonymous[i].GetOkAsync(Page));
await Measure("bare endpoint /health/live", i => anonymous[i].GetOkAsync("/health/live"));
await Measure("consultation page, anonymous, rendered (cache skipped)", i => uncached[i].GetOkAsync(Page));
await Measure("bare endpoint /health/live", i => anonymous[i].GetOkAsync("/health/live"));
await Measure("consultation page, signed in", i => sessions[i].GetOkAsync(Page));
await Measure("bare endpoint /health/live", i => anonymous[i].GetOkAsync("/health/live"));
await Measure("older comments, page 50 of a section", i => anonymous[i].GetOkAsync(Page + $"?section={sections[0]}&page=50"));
await Measure("bare endpoint /health/live", i => anonymous[i].GetOkAsync("/health/live"));
await Measure("posting a comment (signed in, antiforgery)", i => sessions[i].PostRedirectAsync(
    Page + $"?handler=comment&sectionId={sections[Interlocked.Increment(ref posted) % sections.Count]}",
    ("Body", "Un avis pendant la charge : éclairer l'avenue et ajouter des bancs.")));
var after = await Scalar<long>(adminConnection, $"SELECT count(*) FROM \"Contributions\" WHERE \"ConsultationId\" = {consultationId}");
Console.WriteLine($"posted {posted} comments, {after - stored} stored (warm-up included)");
return 0;

async Task<Run> RunAsync(TimeSpan duration, Func<int, Task<bool>> request)
{
    var run = new Run();
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
    {
        while (clock.Elapsed < duration)
        {
            var started = Stopwatch.GetTimestamp();
            if (await request(client))
            {
                run.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                Interlocked.Increment(ref run.Failures);
            }
        }
    })));
    run.Elapsed = clock.Elapsed;
    return run;
}

static async Task Sql(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

static async Task<T> Scalar<T>(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
}

/// <summary>One timed run: the latencies of the requests that succeeded, and the failures.</summary>
internal sealed class Run
{
    public ConcurrentBag<double> Latencies { get; } = [];

    public int Failures;

    public TimeSpan Elapsed { get; set; }

    public double PerSecond => Latencies.Count / Elapsed.TotalSeconds;

    public double Percentile(int p)
    {
        var sorted = Latencies.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];
    }
}
