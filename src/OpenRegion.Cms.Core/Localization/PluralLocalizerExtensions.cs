using Microsoft.Extensions.Localization;

namespace OpenRegion.Cms.Core.Localization;

public static class PluralLocalizerExtensions
{
    /// <summary>
    /// The plural form for <paramref name="count"/> of the gettext entry whose msgid is <paramref name="singular"/>
    /// and msgid_plural <paramref name="plural"/>, chosen by the current UI culture's plural rule and formatted with
    /// <paramref name="arguments"/>, or with <paramref name="count"/> as {0} when none are given.
    /// </summary>
    /// <remarks>
    /// Localizers without plural support are asked for <paramref name="singular"/> when count is 1 and for
    /// <paramref name="plural"/> otherwise.
    /// </remarks>
    public static LocalizedString Plural(
        this IStringLocalizer localizer,
        long count,
        string singular,
        string plural,
        params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(singular);
        ArgumentNullException.ThrowIfNull(plural);
        if (localizer is IPluralStringLocalizer pluralLocalizer)
        {
            return pluralLocalizer.GetPlural(count, singular, plural, arguments);
        }

        object[] values = arguments is null || arguments.Length == 0 ? [count] : arguments;
        return localizer[count == 1 ? singular : plural, values];
    }
}
