using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Tests.Budgeting;

/// <summary>The published pabulib elections in ../shared/pabulib beside the repository, and hand-made ones.</summary>
internal static class SharedPabulib
{
    public static string Folder { get; } = FindFolder();

    public static IEnumerable<string> Files => Directory.EnumerateFiles(Folder, "*.pb").Order(StringComparer.Ordinal);

    public static string File(string name) => Path.Combine(Folder, name);

    /// <summary>A small election in .pb text: META lines (budget first), the PROJECTS rows and the VOTES rows, each
    /// with its header.</summary>
    public static PbElection Election(string meta, string projects, string votes) =>
        PbParser.Parse($"META\nkey;value\n{meta}\nPROJECTS\n{projects}\nVOTES\n{votes}\n");

    private static string FindFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !System.IO.File.Exists(Path.Combine(root.FullName, "OpenRegion.Cms.sln")))
        {
            root = root.Parent;
        }

        root.ShouldNotBeNull("the repository root (OpenRegion.Cms.sln) was not found above the test binaries");
        return Path.Combine(root.FullName, "tests", "data", "pabulib"); // copies of ../shared/pabulib, present on a clean clone
    }
}
