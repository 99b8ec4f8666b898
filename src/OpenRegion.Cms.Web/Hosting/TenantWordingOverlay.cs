using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenRegion.Cms.Core.Localization;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// A tenant's own wording of UI strings (setting "Localization.{culture}", PO text edited on /admin/translations),
/// laid over the shipped catalogs for requests to that tenant. A change takes effect on the next request: the setting
/// lives in the tenant shell, which is replaced when saved, and the merged catalogs are kept per shell.
/// A page looks up dozens of strings: the merged catalog is found once per request and culture, not once per string.
/// </summary>
public sealed class TenantWordingOverlay(IHttpContextAccessor http) : ICatalogOverlay
{
    public const string SettingPrefix = "Localization.";

    private static readonly object RequestKey = new();

    private readonly ConditionalWeakTable<TenantShell, ConcurrentDictionary<(string Culture, PoCatalog? Shipped), PoCatalog?>> _perShell = new();

    public PoCatalog? Overlay(CultureInfo culture, PoCatalog? shipped)
    {
        var context = http.HttpContext;
        if (context is null)
        {
            return shipped;
        }

        if (context.Items.TryGetValue(RequestKey, out var found) && found is RequestCatalog last
            && last.Culture == culture.Name && ReferenceEquals(last.Shipped, shipped))
        {
            return last.Effective;
        }

        var tenant = context.RequestServices.GetService<TenantContext>();
        if (tenant is not { HasTenant: true })
        {
            return shipped; // not remembered: the tenant may be bound later in this request
        }

        var effective = ForShell(tenant.Shell, culture, shipped);
        context.Items[RequestKey] = new RequestCatalog(culture.Name, shipped, effective);
        return effective;
    }

    private PoCatalog? ForShell(TenantShell shell, CultureInfo culture, PoCatalog? shipped)
    {
        if (!shell.Settings.TryGetValue(SettingPrefix + culture.TwoLetterISOLanguageName, out var json))
        {
            return shipped;
        }

        var catalogs = _perShell.GetValue(shell, _ => new());
        if (catalogs.Count > 64)
        {
            catalogs.Clear(); // shipped catalogs reloaded many times over the shell's life
        }

        return catalogs.GetOrAdd((culture.Name, shipped), key =>
        {
            if (JsonSerializer.Deserialize<string>(json) is not { Length: > 0 } text)
            {
                return key.Shipped;
            }

            try
            {
                var file = PoParser.Parse(text, $"{shell.Id}/{key.Culture}.po");
                return key.Shipped is null ? new PoCatalog(culture, [file]) : key.Shipped.WithOverrides([file]);
            }
            catch (PoParseException)
            {
                // Saved text is validated first; should an old one no longer parse, the shipped wording is shown.
                return key.Shipped;
            }
        });
    }

    private sealed record RequestCatalog(string Culture, PoCatalog? Shipped, PoCatalog? Effective);
}
