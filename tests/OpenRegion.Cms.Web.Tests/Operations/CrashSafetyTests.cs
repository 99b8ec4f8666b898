using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenRegion.Cms.BallotStorm;
using Xunit.Abstractions;

namespace OpenRegion.Cms.Web.Tests.Operations;

/// <summary>
/// The platform as operators run it (its own process), under a load of ballots recorded at a counter, paper petition
/// signatures, comments on a consultation and information requests, killed with SIGKILL several times and restarted while the load goes on.
/// Afterwards every write the platform acknowledged (a receipt, a redirect) is in the database exactly once. On SQLite
/// (WAL) and on PostgreSQL. CI runs a reduced size (CRASH_SECONDS, CRASH_KILLS to run it longer).
/// </summary>
public abstract class CrashSafetyTests(ITestOutputHelper output)
{
    private const string AdminEmail = "clerk@crash.test";
    private const string Password = "Crash-passw0rd-2027";

    private static int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    protected abstract IReadOnlyDictionary<string, string> Database(string dataDirectory);

    protected abstract DbConnection Open(string dataDirectory);

    private static string HostDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenRegion.Cms.sln")))
        {
            directory = directory.Parent;
        }

        var dll = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository not found."), "src", "OpenRegion.Cms.Web", "bin", "Release", "net10.0", "OpenRegion.Cms.Web.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException(dll + " is not built: run the tests with `bash scripts/test.sh` (it builds the solution in Release).");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<List<object[]>> QueryAsync(string dataDirectory, string sql)
    {
        await using var connection = Open(dataDirectory);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private async Task<(string Page, string Action)> CommentFormAsync(string url, string dataDirectory)
    {
        using var session = new Session(url);
        await session.LogInAsync(AdminEmail, Password);
        foreach (var row in await QueryAsync(dataDirectory, "SELECT \"Slug\" FROM \"Consultations\" WHERE \"TenantId\" = 'beni-mellal' ORDER BY \"Id\""))
        {
            var page = $"/beni-mellal/consultations/{row[0]}";
            if (System.Text.RegularExpressions.Regex.Match(await session.GetStringAsync(page), "action=\"\\?handler=comment&amp;sectionId=(\\d+)\"") is { Success: true } form)
            {
                return (page, $"{page}?handler=comment&sectionId={form.Groups[1].Value}");
            }
        }

        throw new InvalidOperationException("Beni Mellal has no open consultation to comment on.");
    }

    [Fact]
    public async Task EveryAcknowledgedWrite_IsThereExactlyOnce_AfterTheServerIsKilledAgainAndAgain()
    {
        var seconds = Setting("CRASH_SECONDS", 24);
        var kills = Setting("CRASH_KILLS", 3);
        var data = Directory.CreateTempSubdirectory("openregion-crash");
        var url = $"http://127.0.0.1:{FreePort()}";
        var environment = new Dictionary<string, string>(Database(data.FullName))
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["OpenRegion__DataDirectory"] = data.FullName,
            ["OpenRegion__Admin__Email"] = AdminEmail,
            ["OpenRegion__Admin__Password"] = Password,
            ["OpenRegion__Limits__Enabled"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Error",
        };
        await using var host = new HostProcess(HostDll(), url, environment);
        // Ready when the commune and the region answer (tenants are set up one after the other on a first start).
        static async Task<bool> Ready(HttpClient client) =>
            (await client.GetAsync("/beni-mellal/budgets/budget-participatif-2027")).IsSuccessStatusCode && (await client.GetAsync("/information")).IsSuccessStatusCode;
        await host.StartAsync(Ready);

        var budgetId = Convert.ToInt64((await QueryAsync(data.FullName, "SELECT b.\"Id\" FROM \"Budgets\" b JOIN \"BudgetProcesses\" p ON p.\"Id\" = b.\"ProcessId\" WHERE p.\"Slug\" = 'budget-participatif-2027'"))[0][0], CultureInfo.InvariantCulture);
        var project = Convert.ToInt64((await QueryAsync(data.FullName, $"SELECT \"Id\" FROM \"BudgetProjects\" WHERE \"BudgetId\" = {budgetId} AND \"State\" = 'Feasible' ORDER BY \"Cost\""))[0][0], CultureInfo.InvariantCulture);
        var petition = Convert.ToInt64((await QueryAsync(data.FullName, "SELECT \"Id\" FROM \"Petitions\" WHERE \"TenantId\" = 'beni-mellal' AND \"State\" = 'Collecting' ORDER BY \"Id\""))[0][0], CultureInfo.InvariantCulture);

        // The open consultation of Beni Mellal and the first section its page offers a comment form for.
        var (debate, commentAction) = await CommentFormAsync(url, data.FullName);

        var ballots = new ConcurrentBag<string>();
        var comments = new ConcurrentBag<string>();
        var signatures = new ConcurrentBag<string>();
        var requests = new ConcurrentBag<string>();
        var failed = 0;
        var next = 0;
        var until = Stopwatch.StartNew();
        var run = TimeSpan.FromSeconds(seconds);

        // Each clerk signs in once; cookies and form tokens stay good across restarts (the keys are on disk).
        async Task ClerkAsync(int clerk)
        {
            async Task<Session> SignedInAsync(string form)
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        var session = new Session(url);
                        await session.LogInAsync(AdminEmail, Password);
                        await session.LoadTokenAsync(form);
                        return session;
                    }
                    catch (Exception ex) when (attempt < 100 && ex is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Net.Sockets.SocketException or IOException)
                    {
                        await Task.Delay(200);
                    }
                }
            }

            var counter = await SignedInAsync($"/beni-mellal/admin/budgets/counter?budget={budgetId}");
            var paper = await SignedInAsync($"/beni-mellal/admin/petitions/{petition}/paper");
            var desk = await SignedInAsync("/information/request");
            var commenter = await SignedInAsync(debate);
            while (until.Elapsed < run)
            {
                var n = Interlocked.Increment(ref next);
                try
                {
                    switch (n % 4)
                    {
                        case 0:
                            if (await counter.CastAsync($"/beni-mellal/admin/budgets/counter?budget={budgetId}", ("Input.CardNumber", $"CS{100_000 + n}"), ("Input.Residence", "beni-mellal"), ("Input.Checked", "true"), ("p", project.ToString(CultureInfo.InvariantCulture))) is { } receipt)
                            {
                                ballots.Add(receipt);
                            }

                            break;
                        case 1:
                            var name = $"Signataire {n:D6}";
                            if (await paper.PostRedirectAsync($"/beni-mellal/admin/petitions/{petition}/paper", ("Input.Name", name), ("Input.CardNumber", $"CP{100_000 + n}"), ("Input.Commune", "beni-mellal"), ("Input.Basis", "Resident"), ("Input.OnElectoralRoll", "true"), ("Input.DirectInterest", "true")))
                            {
                                signatures.Add(name);
                            }

                            break;
                        case 2:
                            var comment = $"Commentaire {n:D6} : prévoir des bancs ombragés près de l'arrêt de bus.";
                            if (await commenter.PostRedirectAsync(commentAction, ("Body", comment)))
                            {
                                comments.Add(comment);
                            }

                            break;
                        default:
                            var subject = $"Demande {n:D6}";
                            if (await desk.PostRedirectAsync("/information/request", ("Input.Name", "Khadija Ait Lahcen"), ("Input.Address", "12, rue Oum Errabia, Béni Mellal"), ("Input.Identity", "I733421"),
                                ("Input.Email", "khadija@example.org"), ("Input.Language", "fr"), ("Input.Subject", subject), ("Input.Details", "Le tableau des subventions accordées en 2025."), ("Input.Form", "Electronic"), ("Input.Urgent", "false"), ("Input.ShowInRegister", "false")))
                            {
                                requests.Add(subject);
                            }

                            break;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Net.Sockets.SocketException or IOException)
                {
                    // The server is down (killed): not acknowledged, so not counted; try the next one. (A connection the
                    // kill cut at the wrong moment can also surface as a bare socket or I/O error.)
                    Interlocked.Increment(ref failed);
                    await Task.Delay(100);
                }
            }
        }

        var clerks = Enumerable.Range(0, 8).Select(ClerkAsync).ToList();
        var survived = 0;
        for (var k = 0; k < kills; k++)
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds) / (kills + 1));
            host.Kill();
            await host.StartAsync(Ready);
            survived++;
        }

        await Task.WhenAll(clerks);

        var storedBallots = (await QueryAsync(data.FullName, $"SELECT \"ReceiptCode\", \"VoterId\" FROM \"Ballots\" WHERE \"BudgetId\" = {budgetId}")).Select(r => (Receipt: (string)r[0], Voter: (string)r[1])).ToList();
        var storedSignatures = (await QueryAsync(data.FullName, $"SELECT \"SignerName\" FROM \"PetitionSignatures\" WHERE \"PetitionId\" = {petition}")).Select(r => (string)r[0]).ToList();
        var storedRequests = (await QueryAsync(data.FullName, "SELECT \"Subject\" FROM \"InformationRequests\"")).Select(r => (string)r[0]).ToList();
        var storedComments = (await QueryAsync(data.FullName, "SELECT \"Body\" FROM \"Contributions\"")).Select(r => (string)r[0]).ToList();
        string Check(string kind, IReadOnlyCollection<string> acknowledged, IReadOnlyList<string> stored)
        {
            var counts = stored.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            var lost = acknowledged.Count(a => !counts.ContainsKey(a));
            var twice = acknowledged.Count(a => counts.GetValueOrDefault(a) > 1);
            return $"{kind}: {acknowledged.Count} acknowledged, {lost} lost, {twice} stored twice";
        }

        var report = new[]
        {
            Check("ballots", ballots, storedBallots.Select(b => b.Receipt).ToList()),
            Check("signatures", signatures, storedSignatures),
            Check("comments", comments, storedComments),
            Check("requests", requests, storedRequests),
        };
        output.WriteLine($"{survived} kills survived in {seconds} s; {failed} attempts failed while the server was down; " + string.Join("; ", report));
        survived.ShouldBe(kills);
        foreach (var line in report)
        {
            line.ShouldEndWith(", 0 lost, 0 stored twice");
        }

        storedBallots.GroupBy(b => b.Voter).ShouldAllBe(g => g.Count() == 1);
        ballots.Count.ShouldBeGreaterThan(10);
        signatures.Count.ShouldBeGreaterThan(10);
        requests.Count.ShouldBeGreaterThan(10);
        comments.Count.ShouldBeGreaterThan(10);
        failed.ShouldBeGreaterThan(0, "the kills should have interrupted some requests");
    }
}

public sealed class SqliteCrashSafetyTests(ITestOutputHelper output) : CrashSafetyTests(output)
{
    protected override IReadOnlyDictionary<string, string> Database(string dataDirectory) =>
        new Dictionary<string, string> { ["OpenRegion__Database__Provider"] = "Sqlite" };

    protected override DbConnection Open(string dataDirectory) =>
        new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "openregion.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
}

public sealed class PostgresCrashSafetyTests(ITestOutputHelper output) : CrashSafetyTests(output)
{
    private readonly string _database = "crash_" + Guid.NewGuid().ToString("N")[..10];

    protected override IReadOnlyDictionary<string, string> Database(string dataDirectory)
    {
        using (var connection = new NpgsqlConnection(Infrastructure.PostgresPlatformFactory.ServerConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            create.ExecuteNonQuery();
        }

        return new Dictionary<string, string>
        {
            ["OpenRegion__Database__Provider"] = "Postgres",
            ["ConnectionStrings__OpenRegion"] = new NpgsqlConnectionStringBuilder(Infrastructure.PostgresPlatformFactory.ServerConnectionString) { Database = _database }.ToString(),
        };
    }

    // Read as the administrator: every tenant's rows, whatever row-level security lets one tenant see.
    protected override DbConnection Open(string dataDirectory) =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("OPENREGION_TEST_POSTGRES_ADMIN")) { Database = _database, Pooling = false }.ToString());
}
