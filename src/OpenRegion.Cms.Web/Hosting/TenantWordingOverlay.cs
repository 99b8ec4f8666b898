using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using OpenRegion.Cms.Core.Localization;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// A tenant's own wording of UI strings (setting "Localization.{culture}", PO text edited on /admin/translations),
/// laid over the shipped catalogs for requests to that tenant. A change takes effect on the next request: the setting
/// lives in the tenant shell, which is reloaded when saved, and parsed catalogs are cached by their text.
/// </summary>
public sealed class TenantWordingOverlay(IHttpContextAccessor http) : ICatalogOverlay
{
    public const string SettingPrefix = "Localization.";

    private readonly ConcurrentDictionary<(string Culture, string Text, PoCatalog? Shipped), PoCatalog?> _catalogs = new();

    public PoCatalog? Overlay(CultureInfo culture, PoCatalog? shipped)
    {
        var tenant = http.HttpContext?.RequestServices.GetService<TenantContext>();
        if (tenant is not { HasTenant: true }
            || !tenant.Shell.Settings.TryGetValue(SettingPrefix + culture.TwoLetterISOLanguageName, out var json)
            || JsonSerializer.Deserialize<string>(json) is not { Length: > 0 } text)
        {
            return shipped;
        }

        if (_catalogs.Count > 10_000)
        {
            _catalogs.Clear();
        }

        return _catalogs.GetOrAdd((culture.Name, text, shipped), key =>
        {
            try
            {
                var file = PoParser.Parse(key.Text, $"{tenant.TenantId}/{key.Culture}.po");
                return key.Shipped is null ? new PoCatalog(culture, [file]) : key.Shipped.WithOverrides([file]);
            }
            catch (PoParseException)
            {
                // Saved text is validated first; should an old one no longer parse, the shipped wording is shown.
                return key.Shipped;
            }
        });
    }
}
