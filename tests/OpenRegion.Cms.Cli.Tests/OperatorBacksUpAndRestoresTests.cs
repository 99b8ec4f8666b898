using Microsoft.Data.Sqlite;

namespace OpenRegion.Cms.Cli.Tests;

/// <summary>
/// An operator backs the embedded deployment up (while it could be running), loses it, and restores it elsewhere:
/// every table holds the same rows, the media files are the same bytes, the tenants are back. A damaged backup or a
/// restore onto a deployment that has data is refused and changes nothing.
/// </summary>
public sealed class OperatorBacksUpAndRestoresTests : IDisposable
{
    private readonly CliSandbox _source = new();
    private readonly CliSandbox _target = new();
    private readonly string _backup = Path.Combine(Path.GetTempPath(), "openregion-backup-tests", Guid.NewGuid().ToString("N"));

    private async Task<string> BackUpAsync()
    {
        (await _source.RunAsync("tenants", "create", "--id", "kasba-tadla", "--name-ar", "جماعة قصبة تادلة", "--name-fr", "Commune de Kasba Tadla", "--population", "47000"))
            .ExitCode.ShouldBe(0);
        var media = Path.Combine(_source.DataDirectory, "media", "kasba-tadla");
        Directory.CreateDirectory(media);
        await File.WriteAllBytesAsync(Path.Combine(media, "budget-citoyen-2027.pdf"), [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7))]);

        var result = await _source.RunAsync("backup", "--out", _backup);
        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Backed up");
        return result.Output;
    }

    private static Dictionary<string, long> Counts(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.ToDictionary(t => t, t =>
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{t}\"";
            return (long)count.ExecuteScalar()!;
        });
    }

    [Fact]
    public async Task A_backup_restored_elsewhere_holds_every_row_and_file()
    {
        await BackUpAsync();

        var restored = await _target.RunAsync("restore", "--from", _backup);
        restored.ExitCode.ShouldBe(0, restored.Error);
        restored.Output.ShouldContain("Restored");

        var before = Counts(_source.DatabaseFile);
        var after = Counts(_target.DatabaseFile);
        after.ShouldBe(before);
        before.Values.Sum().ShouldBeGreaterThan(30);
        before["ContentItems"].ShouldBeGreaterThan(0);
        (await File.ReadAllBytesAsync(Path.Combine(_target.DataDirectory, "media", "kasba-tadla", "budget-citoyen-2027.pdf")))
            .ShouldBe(await File.ReadAllBytesAsync(Path.Combine(_source.DataDirectory, "media", "kasba-tadla", "budget-citoyen-2027.pdf")));
        (await _target.TenantStatesAsync()).ShouldContainKey("kasba-tadla");
    }

    [Fact]
    public async Task A_damaged_backup_or_a_deployment_with_data_is_refused_and_nothing_changes()
    {
        await BackUpAsync();

        // Onto the deployment it came from, which has a database: refused without --force.
        var onto = await _source.RunAsync("restore", "--from", _backup);
        onto.ExitCode.ShouldBe(1);
        onto.Error.ShouldContain("--force");

        // One byte of the media file changed: refused, and the target stays empty.
        var copy = Path.Combine(_backup, "media", "kasba-tadla", "budget-citoyen-2027.pdf");
        var bytes = await File.ReadAllBytesAsync(copy);
        bytes[100] ^= 0xFF;
        await File.WriteAllBytesAsync(copy, bytes);
        var damaged = await _target.RunAsync("restore", "--from", _backup);
        damaged.ExitCode.ShouldBe(1);
        damaged.Error.ShouldContain("media/kasba-tadla/budget-citoyen-2027.pdf was changed");
        File.Exists(_target.DatabaseFile).ShouldBeFalse();

        // Repaired, it goes onto the original with --force, which keeps what it replaced.
        bytes[100] ^= 0xFF;
        await File.WriteAllBytesAsync(copy, bytes);
        var forced = await _source.RunAsync("restore", "--from", _backup, "--force");
        forced.ExitCode.ShouldBe(0, forced.Error);
        Directory.GetFiles(_source.DataDirectory, "openregion.db.before-restore-*").ShouldNotBeEmpty();
    }

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
        if (Directory.Exists(_backup))
        {
            Directory.Delete(_backup, recursive: true);
        }
    }
}
