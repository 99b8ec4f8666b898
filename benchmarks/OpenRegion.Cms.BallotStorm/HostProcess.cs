using System.Diagnostics;

namespace OpenRegion.Cms.BallotStorm;

/// <summary>The platform as operators run it: its own process (so that it can be killed with SIGKILL), on a loopback port.</summary>
public sealed class HostProcess(string dll, string url, IReadOnlyDictionary<string, string> environment) : IAsyncDisposable
{
    private Process? _process;

    public string Url { get; } = url;

    public async Task StartAsync(Func<HttpClient, Task<bool>> ready)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Url);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("[host] " + line);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await ready(client))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host stopped with code {_process.ExitCode}.");
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The host did not become ready.");
    }

    /// <summary>SIGKILL: no shutdown, no flush, nothing the process could still do.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
