using Microsoft.Extensions.Localization;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>A localizer that understands gettext plural entries (msgid / msgid_plural / msgstr[n]).</summary>
public interface IPluralStringLocalizer : IStringLocalizer
{
    /// <summary>
    /// The form of the entry whose msgid is <paramref name="singular"/> for <paramref name="count"/>, formatted with
    /// <paramref name="arguments"/>, or with <paramref name="count"/> as {0} when no arguments are given.
    /// </summary>
    LocalizedString GetPlural(long count, string singular, string plural, params object[] arguments);
}
