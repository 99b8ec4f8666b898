using System.Globalization;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>Lays strings of the current context (e.g. a tenant's own wording) over the shipped catalog of a culture.</summary>
public interface ICatalogOverlay
{
    /// <returns>The catalog to use: <paramref name="shipped"/> itself when there is nothing to overlay.</returns>
    PoCatalog? Overlay(CultureInfo culture, PoCatalog? shipped);
}
