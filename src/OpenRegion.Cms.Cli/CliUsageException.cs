namespace OpenRegion.Cms.Cli;

public sealed class CliUsageException(string message) : Exception(message);
