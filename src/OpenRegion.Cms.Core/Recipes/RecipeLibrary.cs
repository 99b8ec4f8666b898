namespace OpenRegion.Cms.Core.Recipes;

/// <summary>The recipes shipped with the platform: recipes/NAME.recipe.json beside the application.</summary>
public sealed class RecipeLibrary(string directory)
{
    public string Directory { get; } = directory;

    public bool Exists(string name) => IsValidName(name) && File.Exists(PathOf(name));

    public IReadOnlyList<string> Names() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "*.recipe.json").Select(f => Path.GetFileName(f)[..^".recipe.json".Length]).Order(StringComparer.Ordinal).ToList()
            : [];

    public string Read(string name) =>
        Exists(name) ? File.ReadAllText(PathOf(name)) : throw new FileNotFoundException($"No recipe named '{name}' in {Directory}.");

    private string PathOf(string name) => Path.Combine(Directory, name + ".recipe.json");

    private static bool IsValidName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
