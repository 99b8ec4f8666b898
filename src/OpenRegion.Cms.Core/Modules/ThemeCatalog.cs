namespace OpenRegion.Cms.Core.Modules;

/// <summary>The themes this build contains (each theme project registers its name).</summary>
public sealed class ThemeCatalog(IEnumerable<string> names)
{
    public IReadOnlyList<string> Names { get; } = names.Distinct(StringComparer.Ordinal).ToList();

    public bool Contains(string name) => Names.Contains(name, StringComparer.Ordinal);
}
