using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using OpenRegion.Cms.BallotStorm;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Identity;

// Ballots through HTTP on PostgreSQL (fsync on), 64 concurrent clients, against the platform running as its own
// process: (1) citizens voting online, (2) clerks recording paper ballots at counters, (3) the same with the platform
// and then PostgreSQL killed with SIGKILL in the middle: every ballot whose receipt was returned must be there, and
// no citizen may have two. (4) pgbench's rate of a plain single-row insert on the same server, for comparison.
// Run by scripts/bench-ballots.sh, which starts a throw-away PostgreSQL server and builds the host.
string Env(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException(name + " is not set: run scripts/bench-ballots.sh.");
int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

var server = Env("OPENREGION_TEST_POSTGRES");
var admin = Env("OPENREGION_TEST_POSTGRES_ADMIN");
var pgBin = Env("OPENREGION_TEST_PG_BIN");
var hostDll = Env("STORM_HOST_DLL");
var clients = Setting("STORM_CLIENTS", 64);
var voters = Setting("STORM_VOTERS", 640);
var seconds = Setting("STORM_SECONDS", 15);
var database = "storm_" + Guid.NewGuid().ToString("N")[..8];
var appConnection = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 100 }.ToString();
var adminConnection = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ToString();

foreach (var setting in new[] { "fsync", "synchronous_commit", "full_page_writes" })
{
    await Sql(admin, $"ALTER SYSTEM SET {setting} = on");
}

await Sql(admin, "SELECT pg_reload_conf()");
await Sql(server, $"CREATE DATABASE \"{database}\"");
var data = Directory.CreateTempSubdirectory("openregion-storm");
const string Password = "Storm-passw0rd-2027";
const string AdminEmail = "clerk@storm.test";
var url = $"http://127.0.0.1:{Setting("STORM_PORT", 5391)}";
await using var host = new HostProcess(hostDll, url, new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["OpenRegion__DataDirectory"] = data.FullName,
    ["OpenRegion__Database__Provider"] = "Postgres",
    ["ConnectionStrings__OpenRegion"] = appConnection,
    ["OpenRegion__Admin__Email"] = AdminEmail,
    ["OpenRegion__Admin__Password"] = Password,
    // Thousands of simulated citizens from one address: the abuse limits would (rightly) stop them.
    ["OpenRegion__Limits__Enabled"] = "false",
    ["Serilog__MinimumLevel__Default"] = "Error",
});
async Task<bool> Ready(HttpClient client) => (await client.GetAsync("/beni-mellal/budgets/budget-participatif-2027")).IsSuccessStatusCode;
await host.StartAsync(Ready);

// The demo's participatory budget of Béni Mellal is in its voting phase: 9 projects, 200,000 MAD, within the budget.
var budgetId = await Scalar<long>(adminConnection, "SELECT b.\"Id\" FROM \"Budgets\" b JOIN \"BudgetProcesses\" p ON p.\"Id\" = b.\"ProcessId\" WHERE p.\"Slug\" = 'budget-participatif-2027'");
var projects = new List<(long Id, decimal Cost)>();
await using (var connection = new NpgsqlConnection(adminConnection))
{
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand($"SELECT \"Id\", \"Cost\" FROM \"BudgetProjects\" WHERE \"BudgetId\" = {budgetId} AND \"State\" = 'Feasible' ORDER BY \"Id\"", connection);
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        projects.Add((reader.GetInt64(0), reader.GetDecimal(1)));
    }
}

// Citizens with an account, a confirmed address and a declared identity card (as after their first vote elsewhere).
var identity = new VoterIdentity("");
var hash = new PasswordHasher<CmsUser>().HashPassword(new CmsUser(), Password);
var citizens = Enumerable.Range(0, voters).Select(i => (Email: $"citoyen{i}@storm.test", Card: $"SV{100000 + i}")).ToList();
await using (var connection = new NpgsqlConnection(adminConnection))
{
    await connection.OpenAsync();
    await using var copy = await connection.BeginTextImportAsync(
        "COPY \"AspNetUsers\" (\"Id\", \"DisplayName\", \"PreferredCulture\", \"IsPlatformAdmin\", \"ResidenceTenantId\", \"CreatedUtc\", \"UserName\", \"NormalizedUserName\", \"Email\", \"NormalizedEmail\", \"EmailConfirmed\", \"PasswordHash\", \"SecurityStamp\", \"ConcurrencyStamp\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\", \"EmailNotifications\", \"SmsNotifications\", \"VoterKey\") FROM STDIN");
    foreach (var (email, card) in citizens)
    {
        await copy.WriteLineAsync(string.Join('\t', Guid.NewGuid().ToString(), "Citoyen", "fr", "f", "beni-mellal", "2026-12-01 00:00:00+00", email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), "t", hash, Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), "f", "f", "t", "0", "Off", "f", identity.Key(card)));
    }
}

Console.WriteLine($"{voters} citizens and {clients} clients; host {url}; PostgreSQL with fsync on; {projects.Count} projects on the ballot");
var random = new Random(2027);
(string, string)[] Ballot()
{
    // A random set of projects within the budget, as a voter ticks them.
    var chosen = new List<(string, string)>();
    var spent = 0m;
    foreach (var (id, cost) in projects.OrderBy(_ => random.Next()))
    {
        if (spent + cost <= 200_000m && random.Next(2) == 0)
        {
            chosen.Add(("p", id.ToString(CultureInfo.InvariantCulture)));
            spent += cost;
        }
    }

    return chosen.Count == 0 ? [("p", projects[0].Id.ToString(CultureInfo.InvariantCulture))] : [.. chosen];
}

// 1. Online: every citizen signs in (not timed), then all vote at once.
var watch = Stopwatch.StartNew();
var sessions = new Session[voters];
await Parallel.ForEachAsync(Enumerable.Range(0, voters), new ParallelOptions { MaxDegreeOfParallelism = clients }, async (i, _) =>
{
    var session = new Session(url);
    await session.LogInAsync(citizens[i].Email, Password);
    await session.LoadTokenAsync($"/beni-mellal/budgets/budget-participatif-2027/vote/{budgetId}");
    sessions[i] = session;
});
Console.WriteLine($"sign-in of {voters} citizens: {watch.Elapsed.TotalSeconds:F1} s (not part of the storm)");
var ballots = Enumerable.Range(0, voters).Select(_ => Ballot()).ToList();
var online = await StormAsync("online", voters, async i => await sessions[i].CastAsync($"/beni-mellal/budgets/budget-participatif-2027/vote/{budgetId}", ballots[i]));
var onlineOk = await CheckAsync(online.Receipts, expectedBallots: voters);

// 2. Counters: clerks record paper ballots for cards never seen, for a fixed time.
var clerks = new Session[clients];
await Parallel.ForEachAsync(Enumerable.Range(0, clients), async (i, _) =>
{
    var clerk = new Session(url);
    await clerk.LogInAsync(AdminEmail, Password);
    await clerk.LoadTokenAsync($"/beni-mellal/admin/budgets/counter?budget={budgetId}");
    clerks[i] = clerk;
});
var next = 0;
var counterAction = $"/beni-mellal/admin/budgets/counter?budget={budgetId}";
Task<string?> Paper(int client, string card) => clerks[client].CastAsync(counterAction, [("Input.CardNumber", card), ("Input.Residence", "beni-mellal"), ("Input.Checked", "true"), .. Ballot()]);
var counters = await TimedStormAsync("counter", TimeSpan.FromSeconds(seconds), client => Paper(client, $"PB{100_000 + Interlocked.Increment(ref next)}"));
var countersOk = await CheckAsync(counters.Receipts, expectedBallots: null);

// 3. Crashes: the platform, then PostgreSQL, killed with SIGKILL while the counters keep going.
var crashes = Task.Run(async () =>
{
    await Task.Delay(TimeSpan.FromSeconds(seconds / 3.0));
    host.Kill();
    Console.WriteLine("  platform killed (SIGKILL); restarting");
    await host.StartAsync(Ready);
    await Task.Delay(TimeSpan.FromSeconds(seconds / 3.0));
    var pgdata = Env("OPENREGION_TEST_PGDATA");
    // The whole server at once, as a power cut would: the postmaster and every backend.
    var postmaster = int.Parse((await File.ReadAllLinesAsync(Path.Combine(pgdata, "postmaster.pid")))[0], CultureInfo.InvariantCulture);
    var server = Directory.GetDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
        .Where(pid => pid == postmaster || ParentOf(pid) == postmaster).ToList();
    foreach (var pid in server)
    {
        try
        {
            Process.GetProcessById(pid).Kill();
        }
        catch (ArgumentException)
        {
        }
    }

    while (server.Any(pid => File.Exists($"/proc/{pid}/stat")))
    {
        await Task.Delay(50);
    }

    Console.WriteLine($"  PostgreSQL killed (SIGKILL to its {server.Count} processes); restarting");
    await Run("runuser", "-u", "postgres", "--", Path.Combine(pgBin, "pg_ctl"), "-D", pgdata, "-l", Env("OPENREGION_TEST_PG_LOG"), "-w", "-t", "120", "-o", $"-p {Env("OPENREGION_TEST_PG_PORT")}", "start");
});
var crashed = await TimedStormAsync("counter, with crashes", TimeSpan.FromSeconds(seconds), client => Paper(client, $"PC{100_000 + Interlocked.Increment(ref next)}"), retry: true);
await crashes;
NpgsqlConnection.ClearAllPools(); // this program's own connections died with the server
var crashedOk = await CheckAsync(crashed.Receipts, expectedBallots: null);

// 4. pgbench: a plain single-row insert (with the same unique index) on the same server, same number of clients.
await Sql(adminConnection, "CREATE TABLE bench_ballot (id bigserial PRIMARY KEY, budget bigint NOT NULL, voter text NOT NULL, choices text NOT NULL, UNIQUE (budget, voter))");
var script = Path.Combine(data.FullName, "insert.sql");
await File.WriteAllTextAsync(script, "\\set v random(1, 2000000000)\nINSERT INTO bench_ballot (budget, voter, choices) VALUES (1, md5(:v::text || :client_id::text), '[{\"projectId\":\"1\",\"value\":1}]') ON CONFLICT DO NOTHING;\n");
var admins = new NpgsqlConnectionStringBuilder(admin);
var pgbench = await Run(Path.Combine(pgBin, "pgbench"), "-n", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T", seconds.ToString(CultureInfo.InvariantCulture), "-f", script,
    "-h", admins.Host!, "-p", admins.Port.ToString(CultureInfo.InvariantCulture), "-U", admins.Username!, database);
var tps = double.Parse(System.Text.RegularExpressions.Regex.Match(pgbench, @"tps = ([0-9.]+)").Groups[1].Value, CultureInfo.InvariantCulture);

Console.WriteLine();
Console.WriteLine($"pgbench, single-row insert, {clients} clients: {tps:F0} inserts/s");
foreach (var (storm, ok) in new[] { (online, onlineOk), (counters, countersOk), (crashed, crashedOk) })
{
    Console.WriteLine($"{storm.Name}: {storm.Receipts.Count} ballots in {storm.Elapsed.TotalSeconds:F1} s = {storm.Rate:F0} ballots/s ({storm.Rate / tps:P0} of pgbench), p50 {storm.Percentile(0.5):F1} ms, p99 {storm.Percentile(0.99):F1} ms; {storm.Failures} failed requests; {ok}");
}

Directory.Delete(data.FullName, recursive: true);
return onlineOk.StartsWith("ok", StringComparison.Ordinal) && countersOk.StartsWith("ok", StringComparison.Ordinal) && crashedOk.StartsWith("ok", StringComparison.Ordinal) ? 0 : 1;

// Every receipt returned is a ballot in the database, and no voter has two.
async Task<string> CheckAsync(IReadOnlyCollection<string> receipts, int? expectedBallots)
{
    await using var connection = new NpgsqlConnection(adminConnection);
    await connection.OpenAsync();
    var stored = new HashSet<string>(StringComparer.Ordinal);
    await using (var command = new NpgsqlCommand($"SELECT \"ReceiptCode\" FROM \"Ballots\" WHERE \"BudgetId\" = {budgetId}", connection))
    await using (var reader = await command.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            stored.Add(reader.GetString(0));
        }
    }

    var lost = receipts.Count(r => !stored.Contains(r));
    var duplicates = await Scalar<long>(adminConnection, $"SELECT count(*) - count(DISTINCT \"VoterId\") FROM \"Ballots\" WHERE \"BudgetId\" = {budgetId}");
    var missing = expectedBallots is { } expected ? expected - receipts.Count : 0;
    return lost == 0 && duplicates == 0 && missing == 0 ? $"ok: 0 lost, 0 duplicates ({stored.Count} ballots stored)" : $"FAILED: {lost} lost, {duplicates} duplicates, {missing} citizens without a receipt";
}

async Task<StormResult> StormAsync(string name, int count, Func<int, Task<string?>> cast)
{
    var result = new StormResult(name);
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = clients }, async (i, _) =>
    {
        var started = Stopwatch.GetTimestamp();
        if (await cast(i) is { } receipt)
        {
            result.Add(receipt, Stopwatch.GetElapsedTime(started));
        }
        else
        {
            Interlocked.Increment(ref result.Failures);
        }
    });
    result.Elapsed = clock.Elapsed;
    return result;
}

async Task<StormResult> TimedStormAsync(string name, TimeSpan duration, Func<int, Task<string?>> cast, bool retry = false)
{
    var result = new StormResult(name);
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
    {
        while (clock.Elapsed < duration)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                if (await cast(client) is { } receipt)
                {
                    result.Add(receipt, Stopwatch.GetElapsedTime(started));
                }
                else
                {
                    Interlocked.Increment(ref result.Failures);
                }
            }
            catch (Exception) when (retry)
            {
                // The server is down or lost the answer: this card's ballot may or may not be stored; the clerk goes on
                // with the next citizen (a receipt never returned is not a promise).
                Interlocked.Increment(ref result.Failures);
                await Task.Delay(100);
            }
        }
    })));
    result.Elapsed = clock.Elapsed;
    return result;
}

static int ParentOf(int pid)
{
    try
    {
        // /proc/PID/stat: "pid (name) state ppid …"; the name may hold spaces, so read after its closing parenthesis.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
    {
        return 0;
    }
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

static async Task<string> Run(string file, params string[] arguments)
{
    var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var output = await process.StandardOutput.ReadToEndAsync();
    var error = await process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {error}");
    }

    return output + error;
}

internal sealed class StormResult(string name)
{
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentBag<string> _receipts = [];
    public int Failures;

    public string Name { get; } = name;

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyCollection<string> Receipts => _receipts;

    public double Rate => _receipts.Count / Elapsed.TotalSeconds;

    public void Add(string receipt, TimeSpan latency)
    {
        _receipts.Add(receipt);
        _latencies.Add(latency.TotalMilliseconds);
    }

    public double Percentile(double p)
    {
        var sorted = _latencies.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
