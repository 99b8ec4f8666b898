using BenchmarkDotNet.Running;
using OpenRegion.Cms.Benchmarks;

// dotnet run -c Release --project benchmarks/OpenRegion.Cms.Benchmarks -- --quick
// dotnet run -c Release --project benchmarks/OpenRegion.Cms.Benchmarks            (BenchmarkDotNet)
Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

if (options.BenchmarkArguments.Any(a => a is "--usage" or "-?"))
{
    Console.WriteLine(Options.Usage);
    return 0;
}

if (options.Quick)
{
    return QuickRun.Run(options, Console.Out);
}

var benchmarkArguments = options.BenchmarkArguments.ToList();
string[] informational = ["--list", "--help", "-h", "--info", "--version"];
if (benchmarkArguments.Any(a => informational.Contains(a, StringComparer.Ordinal)))
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. benchmarkArguments]);
    return 0;
}

// Without a filter BenchmarkSwitcher would ask which benchmark to run.
if (!benchmarkArguments.Any(a => a is "--filter" or "-f"))
{
    benchmarkArguments.AddRange(["--filter", "*"]);
}

// The index is built once here and reused by every benchmark process, which inherit the variable.
Console.WriteLine(QuickRun.MachineNote());
using var index = BenchmarkIndex.OpenOrBuild(
    Environment.GetEnvironmentVariable(BenchmarkIndex.FolderVariable), options.SeedFolder, options.Documents, Console.Out);
index.Close();
Environment.SetEnvironmentVariable(BenchmarkIndex.FolderVariable, index.Folder);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. benchmarkArguments]);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
