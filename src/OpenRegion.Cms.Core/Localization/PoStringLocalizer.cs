using System.Globalization;
using Microsoft.Extensions.Localization;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>
/// Looks strings up in the <see cref="PoLocalizationStore"/> catalog of <see cref="CultureInfo.CurrentUICulture"/>.
/// A missing translation yields the msgid itself with <see cref="LocalizedString.ResourceNotFound"/> set.
/// </summary>
public sealed class PoStringLocalizer : IPluralStringLocalizer
{
    private readonly PoLocalizationStore _store;

    /// <param name="store">Where the catalogs come from.</param>
    /// <param name="context">The msgctxt to look in first; null for the global, context-free strings.</param>
    public PoStringLocalizer(PoLocalizationStore store, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        Context = context;
    }

    public string? Context { get; }

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var culture = CultureInfo.CurrentUICulture;
            var translation = _store.GetEffectiveCatalog(culture)?.Translate(Context, name);
            return new LocalizedString(name, translation ?? name, translation is null, culture.Name);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var found = this[name];
            return arguments is null || arguments.Length == 0
                ? found
                : new LocalizedString(name, Format(found.Value, arguments), found.ResourceNotFound, found.SearchedLocation);
        }
    }

    public LocalizedString GetPlural(long count, string singular, string plural, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(singular);
        ArgumentNullException.ThrowIfNull(plural);
        var culture = CultureInfo.CurrentUICulture;
        var translation = _store.GetEffectiveCatalog(culture)?.TranslatePlural(Context, singular, count);

        // Untranslated: gettext's own fallback between the two English-style msgids.
        var text = translation ?? (count == 1 ? singular : plural);
        object[] values = arguments is null || arguments.Length == 0 ? [count] : arguments;
        return new LocalizedString(singular, Format(text, values), translation is null, culture.Name);
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var culture = CultureInfo.CurrentUICulture;
        var catalog = _store.GetCatalog(culture, includeParentCultures);
        if (catalog is null)
        {
            return [];
        }

        // Context-free strings, each replaced by its contextual variant when this localizer has one.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in catalog.Entries)
        {
            if (entry.Context is null)
            {
                strings.TryAdd(entry.Id, entry.Translations[0]);
            }
            else if (Context is not null && entry.Context == Context)
            {
                strings[entry.Id] = entry.Translations[0];
            }
        }

        return strings.Select(pair => new LocalizedString(pair.Key, pair.Value, false, culture.Name)).ToList();
    }

    private static string Format(string format, object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, format, arguments);
}
