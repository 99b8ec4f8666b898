using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>
/// Creates <see cref="PoStringLocalizer"/>s. Type- and name-based localizers all share the global
/// (context-free) strings, because PO catalogs are per culture rather than per class.
/// </summary>
public sealed class PoStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly PoLocalizationStore _store;
    private readonly PoStringLocalizer _global;
    private readonly ConcurrentDictionary<string, PoStringLocalizer> _byContext = new(StringComparer.Ordinal);

    public PoStringLocalizerFactory(PoLocalizationStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _global = new PoStringLocalizer(store);
    }

    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return _global;
    }

    public IStringLocalizer Create(string baseName, string location) => _global;

    /// <summary>A localizer that looks in msgctxt <paramref name="context"/> first, then in the global strings.</summary>
    public PoStringLocalizer CreateForContext(string context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _byContext.GetOrAdd(context, static (c, store) => new PoStringLocalizer(store, c), _store);
    }
}
