using Microsoft.Data.Sqlite;

namespace OpenRegion.Cms.Cli.Tests;

/// <summary>
/// A throwaway data directory (with its SQLite file) and a way to run the operators' CLI against it in-process,
/// exactly as an operator would: <c>openregion ARGS --OpenRegion:DataDirectory=DIR</c>.
/// </summary>
internal sealed class CliSandbox : IDisposable
{
    public CliSandbox()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "openregion-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "openregion.db");

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = [.. args, $"--OpenRegion:DataDirectory={DataDirectory}", "--Serilog:MinimumLevel:Default=Warning"];
        var exitCode = await CliApplication.RunAsync(all, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>tenants list</c> and returns its lines (one per tenant) as printed.</summary>
    public async Task<IReadOnlyList<string>> ListAsync()
    {
        var result = await RunAsync("tenants", "list");
        result.ExitCode.ShouldBe(0, result.Error);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Runs <c>tenants list</c> and returns each tenant's state by id (the first two columns).</summary>
    public async Task<IReadOnlyDictionary<string, string>> TenantStatesAsync()
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in await ListAsync())
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            states.Add(columns[0], columns[1]);
        }

        return states;
    }

    public string WriteFile(string name, string contents)
    {
        var path = Path.Combine(DataDirectory, name);
        File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose()
    {
        // Pooled connections keep the database file open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log or database file still held open: leave it to the temp directory's cleanup.
        }
    }
}
