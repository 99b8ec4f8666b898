using System.Globalization;
using System.Text.RegularExpressions;
using OpenRegion.Cms.Core.Localization;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Localization;

/// <summary>Every UI string written as T["…"] in the host, the theme and the modules has an Arabic, a French and a Tamazight translation.</summary>
public sealed partial class TranslationCoverageTests(SqlitePlatformFactory factory) : IClassFixture<SqlitePlatformFactory>
{
    [Theory]
    [InlineData("ar")]
    [InlineData("fr")]
    [InlineData("zgh")]
    public void EveryLiteralUiStringIsTranslated(string culture)
    {
        var catalog = factory.Service<PoLocalizationStore>().GetCatalog(new CultureInfo(culture));
        catalog.ShouldNotBeNull();

        var missing = LiteralMsgids().Where(id => catalog.Translate(null, id) is null).Order(StringComparer.Ordinal).ToList();

        missing.ShouldBeEmpty($"msgids without a {culture} translation");
    }

    [Fact]
    public void TheScanFindsTheStringsItShould() =>
        LiteralMsgids().ShouldContain("Participation spaces");

    private static IReadOnlySet<string> LiteralMsgids()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpenRegion.Cms.sln")))
        {
            root = root.Parent;
        }

        root.ShouldNotBeNull("the repository root (OpenRegion.Cms.sln) was not found above the test binaries");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "src", "modules", "themes" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root.FullName, folder), "*.*", SearchOption.AllDirectories)
                         .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                     && !f.Contains("OpenRegion.Cms.Cli", StringComparison.Ordinal)))
            {
                foreach (Match match in Msgid().Matches(File.ReadAllText(file)))
                {
                    ids.Add(Regex.Unescape(match.Groups[1].Value));
                }
            }
        }

        return ids;
    }

    [GeneratedRegex("""\bT\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex Msgid();
}
