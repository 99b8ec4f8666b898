namespace OpenRegion.Cms.Cli;

/// <summary>Splits "tenants create --id x --host a --host b --OpenRegion:DataDirectory=/d" into words, options and configuration.</summary>
public static class CliArguments
{
    /// <summary>Options that take no value.</summary>
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "dry-run", "force" };

    public static (List<string> Positional, Dictionary<string, List<string>> Options, List<string> Configuration) Parse(string[] args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            // Configuration overrides name a section ("--OpenRegion:DataDirectory=…"); "--name-fr=X" is an option with its value.
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':'))
            {
                configuration.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('='))
            {
                var key = arg[2..arg.IndexOf('=')];
                (options.TryGetValue(key, out var list) ? list : options[key] = []).Add(arg[(arg.IndexOf('=') + 1)..]);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var key = arg[2..];
                if (Flags.Contains(key))
                {
                    (options.TryGetValue(key, out var flag) ? flag : options[key] = []).Add("true");
                    continue;
                }

                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new CliUsageException($"--{key} needs a value.");
                }

                (options.TryGetValue(key, out var list) ? list : options[key] = []).Add(args[++i]);
            }
            else
            {
                positional.Add(arg);
            }
        }

        return (positional, options, configuration);
    }

    public static void OnlyKnown(IReadOnlyDictionary<string, List<string>> options, IReadOnlyCollection<string> known)
    {
        var unknown = options.Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException($"Unknown option(s) for this command: {string.Join(", ", unknown.Select(k => "--" + k))}.");
        }
    }

    public static string Required(IReadOnlyDictionary<string, List<string>> options, string key) =>
        Optional(options, key) ?? throw new CliUsageException($"--{key} is required.");

    public static string? Optional(IReadOnlyDictionary<string, List<string>> options, string key) =>
        options.TryGetValue(key, out var values) ? values[^1] : null;
}
