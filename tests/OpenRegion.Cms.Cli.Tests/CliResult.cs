namespace OpenRegion.Cms.Cli.Tests;

/// <summary>What one CLI invocation returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);
