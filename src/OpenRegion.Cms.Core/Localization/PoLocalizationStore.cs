using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>
/// Holds every PO file of the application, grouped by culture, and hands out merged catalogs.
/// All files are parsed in the constructor so a broken file fails start-up instead of a request.
/// Thread-safe; register as a singleton.
/// </summary>
public sealed class PoLocalizationStore
{
    private const string ResourceMarker = ".Localization.";
    private const string Extension = ".po";

    private readonly Dictionary<string, List<PoFile>> _filesByCulture = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string Culture, bool IncludeParents), PoCatalog?> _catalogs = new();

    private readonly ICatalogOverlay? _overlay;

    /// <exception cref="PoParseException">A PO file is malformed.</exception>
    public PoLocalizationStore(PoLocalizationOptions options, ICatalogOverlay? overlay = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _overlay = overlay;
        foreach (var assembly in options.Assemblies)
        {
            LoadResources(assembly);
        }

        // Overrides come after the embedded files so they win.
        if (!string.IsNullOrWhiteSpace(options.OverridesDirectory) && Directory.Exists(options.OverridesDirectory))
        {
            LoadDirectory(options.OverridesDirectory);
        }
    }

    /// <summary>Names of the cultures that have at least one PO file.</summary>
    public IReadOnlyCollection<string> Cultures => _filesByCulture.Keys;

    /// <summary>
    /// The catalog of <paramref name="culture"/>: the files of its parent cultures overlaid with its own
    /// (so <c>fr-MA</c> gets <c>fr</c> plus any <c>fr-MA</c> strings). Null when none of them has a file.
    /// </summary>
    public PoCatalog? GetCatalog(CultureInfo culture) => GetCatalog(culture, includeParentCultures: true);

    /// <summary>The shipped catalog with the overlay of the current context (a tenant's own wording) on top.</summary>
    public PoCatalog? GetEffectiveCatalog(CultureInfo culture)
    {
        var shipped = GetCatalog(culture);
        return _overlay is null ? shipped : _overlay.Overlay(culture, shipped);
    }

    /// <param name="culture">The culture to look up.</param>
    /// <param name="includeParentCultures">False to use only the files named exactly after <paramref name="culture"/>.</param>
    public PoCatalog? GetCatalog(CultureInfo culture, bool includeParentCultures)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var key = (culture.Name, includeParentCultures);
        return _catalogs.TryGetValue(key, out var cached)
            ? cached
            : _catalogs.GetOrAdd(key, BuildCatalog(culture, includeParentCultures));
    }

    private PoCatalog? BuildCatalog(CultureInfo culture, bool includeParentCultures)
    {
        var chain = new List<List<PoFile>>();
        for (var current = culture; current.Name.Length > 0; current = current.Parent)
        {
            if (_filesByCulture.TryGetValue(current.Name, out var files))
            {
                chain.Add(files);
            }

            if (!includeParentCultures)
            {
                break;
            }
        }

        if (chain.Count == 0)
        {
            return null;
        }

        // Most general culture first, so the specific culture's strings override it.
        chain.Reverse();
        return new PoCatalog(culture, chain.SelectMany(static files => files));
    }

    private void LoadResources(Assembly assembly)
    {
        var names = assembly.GetManifestResourceNames();
        Array.Sort(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (CultureOfResource(name) is not { } culture)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The resource '{name}' of '{assembly.GetName().Name}' cannot be opened.");
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            Add(culture, PoParser.Parse(reader.ReadToEnd(), name));
        }
    }

    private static string? CultureOfResource(string name)
    {
        if (!name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var marker = name.LastIndexOf(ResourceMarker, StringComparison.OrdinalIgnoreCase);
        if (marker < 0)
        {
            return null;
        }

        var culture = name[(marker + ResourceMarker.Length)..^Extension.Length];
        return culture.Length > 0 && !culture.Contains('.', StringComparison.Ordinal) ? culture : null;
    }

    private void LoadDirectory(string directory)
    {
        // Module folders first, then the folder's own files, which act as the final say.
        var subdirectories = Directory.GetDirectories(directory);
        Array.Sort(subdirectories, StringComparer.Ordinal);
        foreach (var subdirectory in subdirectories)
        {
            LoadFiles(subdirectory);
        }

        LoadFiles(directory);
    }

    private void LoadFiles(string directory)
    {
        var paths = Directory.GetFiles(directory, "*" + Extension);
        Array.Sort(paths, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            // The search pattern also matches longer extensions such as ".pot" on some platforms.
            if (!path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Add(Path.GetFileNameWithoutExtension(path), PoParser.Parse(File.ReadAllText(path, Encoding.UTF8), path));
        }
    }

    private void Add(string culture, PoFile file)
    {
        if (!_filesByCulture.TryGetValue(culture, out var files))
        {
            files = [];
            _filesByCulture.Add(culture, files);
        }

        files.Add(file);
    }
}
