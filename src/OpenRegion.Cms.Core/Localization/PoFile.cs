namespace OpenRegion.Cms.Core.Localization;

/// <summary>The usable content of one PO file: translated, non-fuzzy entries and the header.</summary>
public sealed class PoFile
{
    public PoFile(
        string sourceName,
        IReadOnlyList<PoEntry> entries,
        PluralRule? pluralRule = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(entries);
        SourceName = sourceName;
        Entries = entries;
        PluralRule = pluralRule;
        Headers = headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    }

    public string SourceName { get; }

    public IReadOnlyList<PoEntry> Entries { get; }

    /// <summary>The rule of the header's Plural-Forms, or null when the file has none.</summary>
    public PluralRule? PluralRule { get; }

    /// <summary>Header fields (msgid "") by name, case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }
}
