using Microsoft.Extensions.Localization;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>
/// The <see cref="IStringLocalizer{T}"/> registered by AddPoLocalization. Unlike Microsoft's StringLocalizer&lt;T&gt;
/// it exposes the inner localizer's plural support, so <c>Plural(...)</c> works on injected localizers.
/// </summary>
public sealed class PoStringLocalizer<T> : IStringLocalizer<T>, IPluralStringLocalizer
{
    private readonly IStringLocalizer _inner;

    public PoStringLocalizer(IStringLocalizerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _inner = factory.Create(typeof(T));
    }

    public LocalizedString this[string name] => _inner[name];

    public LocalizedString this[string name, params object[] arguments] => _inner[name, arguments];

    public LocalizedString GetPlural(long count, string singular, string plural, params object[] arguments) =>
        _inner.Plural(count, singular, plural, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _inner.GetAllStrings(includeParentCultures);
}
