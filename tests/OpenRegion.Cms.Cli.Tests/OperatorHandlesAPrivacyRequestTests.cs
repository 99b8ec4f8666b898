using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OpenRegion.Cms.Cli.Tests;

/// <summary>
/// A citizen writes to the commune (law 09-08): the operator sends them everything held about them, then erases their
/// account; an account that holds a role is refused with the reason; a mistyped confirmation erases nothing.
/// </summary>
[Collection("cli")]
public sealed class OperatorHandlesAPrivacyRequestTests : IDisposable
{
    private const string Citizen = "amina.benali@example.ma";
    private const string Staff = "redaction@kasba-tadla.example.ma";

    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _cli.DatabaseFile, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters) => Scalar(sql + "; SELECT 0", parameters);

    private string Account(string email, string name)
    {
        var id = Guid.NewGuid().ToString();
        Execute("""
            INSERT INTO "AspNetUsers" ("Id", "DisplayName", "PreferredCulture", "IsPlatformAdmin", "CreatedUtc", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
                "EmailConfirmed", "SecurityStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ($id, $name, 'ar', 0, 0, $email, upper($email), $email, upper($email), 1, $stamp, 0, 0, 1, 0)
            """, ("$id", id), ("$name", name), ("$email", email), ("$stamp", Guid.NewGuid().ToString("N")));
        return id;
    }

    private async Task<(string Citizen, string Staff)> SeedAsync()
    {
        (await _cli.RunAsync("tenants", "create", "--id", "kasba-tadla", "--name-ar", "جماعة قصبة تادلة", "--name-fr", "Commune de Kasba Tadla", "--population", "47000")).ExitCode.ShouldBe(0);
        var citizen = Account(Citizen, "أمينة بنعلي");
        var staff = Account(Staff, "Rédaction");
        Execute("""INSERT INTO "Follows" ("TenantId", "UserId", "Subject", "CreatedUtc") VALUES ('kasba-tadla', $id, 'news', 0)""", ("$id", citizen));
        Execute("""INSERT INTO "Notifications" ("TenantId", "UserId", "Kind", "Culture", "Title", "Body", "CreatedUtc", "InDigest") VALUES ('kasba-tadla', $id, 'content.published', 'ar', 'انطلاق أشغال تهيئة السوق الأسبوعي', '…', 0, 0)""", ("$id", citizen));
        Execute("""INSERT INTO "TenantRoleGrants" ("TenantId", "UserId", "Role", "GrantedUtc") VALUES ('kasba-tadla', $id, 'Editor', 0)""", ("$id", staff));
        return (citizen, staff);
    }

    [Fact]
    public async Task The_operator_exports_then_erases_a_citizens_account_and_the_site_records_it_without_the_person()
    {
        var (citizen, _) = await SeedAsync();
        var file = Path.Combine(_cli.DataDirectory, "amina.json");

        var export = await _cli.RunAsync("privacy", "export", "--email", "AMINA.BENALI@example.ma", "--out", file);
        export.ExitCode.ShouldBe(0, export.Error);
        export.Output.ShouldContain("follows 1");
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(file)))
        {
            json.RootElement.GetProperty("account").GetProperty("email").GetString().ShouldBe(Citizen);
            json.RootElement.GetProperty("data").GetProperty("notifications")[0].GetProperty("title").GetString().ShouldBe("انطلاق أشغال تهيئة السوق الأسبوعي");
        }

        // A confirmation missing or mistyped: a usage error, nothing erased.
        (await _cli.RunAsync("privacy", "erase", "--email", Citizen)).ExitCode.ShouldBe(2);
        (await _cli.RunAsync("privacy", "erase", "--email", Citizen, "--confirm", "amina.benali@example.com")).ExitCode.ShouldBe(2);
        Scalar("""SELECT COUNT(*) FROM "AspNetUsers" WHERE "Id" = $id""", ("$id", citizen)).ShouldBe(1);

        var erased = await _cli.RunAsync("privacy", "erase", "--email", Citizen, "--confirm", Citizen);
        erased.ExitCode.ShouldBe(0, erased.Error);
        erased.Output.ShouldContain("on 1 site(s)");
        Scalar("""SELECT COUNT(*) FROM "AspNetUsers" WHERE "Id" = $id""", ("$id", citizen)).ShouldBe(0);
        Scalar("""SELECT COUNT(*) FROM "Follows" WHERE "UserId" = $id""", ("$id", citizen)).ShouldBe(0);
        Scalar("""SELECT COUNT(*) FROM "Notifications" WHERE "UserId" = $id""", ("$id", citizen)).ShouldBe(0);
        Scalar("""SELECT COUNT(*) FROM "AuditEntries" WHERE "TenantId" = 'kasba-tadla' AND "Action" = 'privacy.account-erased' AND "UserId" IS NULL AND "RemoteIp" IS NULL""").ShouldBe(1);

        var again = await _cli.RunAsync("privacy", "export", "--email", Citizen, "--out", file + ".2");
        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("No account has the e-mail address");
    }

    [Fact]
    public async Task An_account_holding_a_role_is_not_erased_and_the_operator_is_told_why()
    {
        var (_, staff) = await SeedAsync();

        var refused = await _cli.RunAsync("privacy", "erase", "--email", Staff, "--confirm", Staff);

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("role on kasba-tadla: Editor");
        Scalar("""SELECT COUNT(*) FROM "AspNetUsers" WHERE "Id" = $id""", ("$id", staff)).ShouldBe(1);
        Scalar("""SELECT COUNT(*) FROM "TenantRoleGrants" WHERE "UserId" = $id""", ("$id", staff)).ShouldBe(1);
    }

    [Fact]
    public async Task The_retention_sweep_runs_on_every_site_or_on_one()
    {
        await SeedAsync();

        // The seeded notification is dated long ago (year 1): past any retention period.
        var all = await _cli.RunAsync("privacy", "sweep");
        all.ExitCode.ShouldBe(0, all.Error);
        all.Output.ShouldContain("kasba-tadla: 1 record(s) no longer hold personal data — notifications 1.");

        var again = await _cli.RunAsync("privacy", "sweep", "--tenant", "kasba-tadla");
        again.ExitCode.ShouldBe(0, again.Error);
        again.Output.Trim().ShouldBe("kasba-tadla: 0 record(s) no longer hold personal data.");
        (await _cli.RunAsync("privacy", "sweep", "--tenant", "nowhere")).ExitCode.ShouldBe(1);
        (await _cli.RunAsync("privacy", "sweep", "--tenants", "kasba-tadla")).ExitCode.ShouldBe(2);
    }
}
