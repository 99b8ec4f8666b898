using System.Globalization;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>
/// The merged, read-only translations of one culture. Files are layered in order: an entry of a later file
/// replaces the entry with the same context and msgid from an earlier one.
/// </summary>
public sealed class PoCatalog
{
    private readonly Dictionary<(string? Context, string Id), (PoEntry Entry, PluralRule Rule)> _entries;
    private readonly PluralRule? _headerRule;

    public PoCatalog(CultureInfo culture, IEnumerable<PoFile> files)
        : this(culture, new Dictionary<(string?, string), (PoEntry, PluralRule)>(), null, files)
    {
    }

    private PoCatalog(
        CultureInfo culture,
        Dictionary<(string? Context, string Id), (PoEntry Entry, PluralRule Rule)> entries,
        PluralRule? headerRule,
        IEnumerable<PoFile> files)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(files);
        Culture = culture;
        _entries = entries;
        var cultureRule = PluralRule.ForCulture(culture);
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file);

            // Plural forms are indexed by the rule of the file they came from, so files with differing
            // (or missing) headers can still be layered safely.
            var fileRule = file.PluralRule ?? cultureRule;
            headerRule = file.PluralRule ?? headerRule;
            foreach (var entry in file.Entries)
            {
                _entries[(entry.Context, entry.Id)] = (entry, fileRule);
            }
        }

        _headerRule = headerRule;
        PluralRule = headerRule ?? cultureRule;
    }

    public CultureInfo Culture { get; }

    /// <summary>The Plural-Forms of the last file that declared one, else the culture's built-in rule.</summary>
    public PluralRule PluralRule { get; }

    public int Count => _entries.Count;

    /// <summary>All entries after overriding, in no particular order.</summary>
    public IEnumerable<PoEntry> Entries => _entries.Values.Select(static v => v.Entry);

    /// <summary>A new catalog with <paramref name="files"/> layered on top of this one; this one is unchanged.</summary>
    public PoCatalog WithOverrides(IEnumerable<PoFile> files) =>
        new(Culture, new Dictionary<(string?, string), (PoEntry, PluralRule)>(_entries), _headerRule, files);

    /// <summary>The entry with exactly this context and msgid, without falling back.</summary>
    public PoEntry? Find(string? context, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _entries.TryGetValue((context, id), out var found) ? found.Entry : null;
    }

    /// <summary>The translation of <paramref name="id"/> in <paramref name="context"/>, else without context, else null.</summary>
    public string? Translate(string? context, string id) =>
        Lookup(context, id) is { } found ? found.Entry.Translations[0] : null;

    /// <summary>
    /// The plural form of <paramref name="id"/> (the singular msgid) for <paramref name="count"/>, chosen by the
    /// Plural-Forms rule; null when there is no translation.
    /// </summary>
    public string? TranslatePlural(string? context, string id, long count)
    {
        if (Lookup(context, id) is not { } found)
        {
            return null;
        }

        var translations = found.Entry.Translations;
        if (!found.Entry.IsPlural)
        {
            return translations[0];
        }

        var index = found.Rule.Evaluate(count);
        return translations[Math.Min(index, translations.Count - 1)];
    }

    private (PoEntry Entry, PluralRule Rule)? Lookup(string? context, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_entries.TryGetValue((context, id), out var found))
        {
            return found;
        }

        if (context is not null && _entries.TryGetValue((null, id), out found))
        {
            return found;
        }

        return null;
    }
}
