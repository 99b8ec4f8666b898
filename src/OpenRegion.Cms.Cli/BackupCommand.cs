using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using OpenRegion.Cms.Core;
using OpenRegion.Cms.Data.Sqlite;

namespace OpenRegion.Cms.Cli;

/// <summary>
/// <c>backup --out DIR</c> and <c>restore --from DIR [--force]</c> for the embedded SQLite deployment: a consistent copy
/// of the database (SQLite's online backup, so the platform may keep running), the media library, the exports of
/// deleted tenants and the data-protection keys (so sign-in cookies stay good), with a manifest of every table's row
/// count and every file's SHA-256. A restore checks all of it before touching anything, keeps what it replaces, and
/// leaves the search indexes to be rebuilt from the tables when the platform starts. PostgreSQL deployments use
/// pg_dump and pg_restore (README).
/// </summary>
internal static class BackupCommand
{
    private const string Manifest = "manifest.json";

    private const string DatabaseFile = "openregion.db";

    /// <summary>Folders copied along with the database: (name in the backup, where it lives).</summary>
    private static (string Name, string Path)[] Folders(PlatformOptions platform) =>
    [
        ("media", Path.Combine(platform.SharedPath, "media")),
        ("exports", Path.Combine(platform.SharedPath, "exports")),
        ("keys", Path.Combine(Path.GetFullPath(platform.DataDirectory), "keys")),
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> positional, Dictionary<string, List<string>> options, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var platform = configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        if (!string.Equals(platform.Database.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine("This deployment runs on PostgreSQL: back it up with pg_dump and restore it with pg_restore (README, \"Backup and restore\").");
            return 2;
        }

        return positional[0] == "backup"
            ? await BackupAsync(platform, CliArguments.Required(options, "out"), output, error)
            : await RestoreAsync(platform, CliArguments.Required(options, "from"), options.ContainsKey("force"), output, error);
    }

    private static async Task<int> BackupAsync(PlatformOptions platform, string target, TextWriter output, TextWriter error)
    {
        var dataDirectory = Path.GetFullPath(platform.DataDirectory);
        if (!File.Exists(Path.Combine(dataDirectory, DatabaseFile)))
        {
            error.WriteLine($"No database in {dataDirectory}: nothing to back up.");
            return 1;
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            error.WriteLine($"{target} is not empty: back up into a new folder.");
            return 1;
        }

        Directory.CreateDirectory(target);
        await using (var source = new SqliteConnection(SqliteCmsDatabase.ConnectionStringFor(dataDirectory)))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(target, DatabaseFile), Pooling = false }.ToString()))
        {
            await source.OpenAsync();
            await copy.OpenAsync();
            source.BackupDatabase(copy);
            await using var journal = copy.CreateCommand();
            // A backup is one self-contained file: no write-ahead log beside it.
            journal.CommandText = "PRAGMA journal_mode = DELETE";
            await journal.ExecuteNonQueryAsync();
        }

        foreach (var (name, path) in Folders(platform))
        {
            if (Directory.Exists(path))
            {
                CopyFolder(path, Path.Combine(target, name));
            }
        }

        var tables = await CountRowsAsync(Path.Combine(target, DatabaseFile));
        var files = Checksums(target);
        await File.WriteAllTextAsync(Path.Combine(target, Manifest), JsonSerializer.Serialize(new BackupManifest(DateTimeOffset.UtcNow, tables, files), JsonOptions));
        output.WriteLine($"Backed up {tables.Count} tables ({tables.Values.Sum()} rows) and {files.Count - 1} files to {Path.GetFullPath(target)}.");
        return 0;
    }

    private static async Task<int> RestoreAsync(PlatformOptions platform, string from, bool force, TextWriter output, TextWriter error)
    {
        var manifestPath = Path.Combine(from, Manifest);
        if (!File.Exists(manifestPath))
        {
            error.WriteLine($"{from} is not a backup: {Manifest} is missing.");
            return 1;
        }

        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath), JsonOptions);
        }
        catch (JsonException ex)
        {
            error.WriteLine($"{Manifest} cannot be read: {ex.Message}");
            return 1;
        }

        // Everything is checked before anything is touched.
        var actual = Checksums(from);
        var problems = (manifest?.Files ?? []).Where(f => actual.GetValueOrDefault(f.Key) != f.Value).Select(f => actual.ContainsKey(f.Key) ? $"{f.Key} was changed" : $"{f.Key} is missing")
            .Concat(actual.Keys.Except(manifest?.Files.Keys ?? Enumerable.Empty<string>()).Select(extra => $"{extra} is not in the manifest"))
            .ToList();
        if (manifest is null || problems.Count > 0 || !manifest.Files.ContainsKey(DatabaseFile))
        {
            error.WriteLine("The backup is damaged; nothing was restored:");
            foreach (var problem in problems.DefaultIfEmpty("no database in the manifest"))
            {
                error.WriteLine("  " + problem);
            }

            return 1;
        }

        var dataDirectory = Path.GetFullPath(platform.DataDirectory);
        var database = Path.Combine(dataDirectory, DatabaseFile);
        if (File.Exists(database) && !force)
        {
            error.WriteLine($"{dataDirectory} already has a database: stop the platform and add --force to replace it (what is replaced is kept beside it).");
            return 1;
        }

        // What is replaced is kept (renamed), so a restore onto the wrong folder loses nothing.
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(dataDirectory);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(database + suffix))
            {
                File.Move(database + suffix, $"{database}.before-restore-{stamp}{suffix}");
            }
        }

        File.Copy(Path.Combine(from, DatabaseFile), database);
        foreach (var (name, path) in Folders(platform))
        {
            if (Directory.Exists(path))
            {
                Directory.Move(path, $"{path}.before-restore-{stamp}");
            }

            if (Directory.Exists(Path.Combine(from, name)))
            {
                CopyFolder(Path.Combine(from, name), path);
            }
        }

        // The search indexes are built again from the tables when the platform starts.
        var search = Path.Combine(dataDirectory, "search");
        if (Directory.Exists(search))
        {
            Directory.Move(search, $"{search}.before-restore-{stamp}");
        }

        var restored = await CountRowsAsync(database);
        var differ = manifest.Tables.Where(t => restored.GetValueOrDefault(t.Key, -1) != t.Value).Select(t => t.Key).ToList();
        if (differ.Count > 0)
        {
            error.WriteLine("Restored, but these tables do not hold the rows the manifest counts: " + string.Join(", ", differ));
            return 1;
        }

        output.WriteLine($"Restored {restored.Count} tables ({restored.Values.Sum()} rows) and {manifest.Files.Count - 1} files from the backup of {manifest.CreatedUtc:u} into {dataDirectory}.");
        return 0;
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(string file)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[name] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>SHA-256 of every file under <paramref name="root"/> but the manifest, by relative path with '/'.</summary>
    private static Dictionary<string, string> Checksums(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => (Relative: Path.GetRelativePath(root, file).Replace('\\', '/'), File: file))
            .Where(f => f.Relative != Manifest)
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToDictionary(f => f.Relative, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f.File))), StringComparer.Ordinal);

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private sealed record BackupManifest(DateTimeOffset CreatedUtc, Dictionary<string, long> Tables, Dictionary<string, string> Files);
}
