using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>A site's own two colours: the main one (the site's name, headings' accents) and the links' colour.</summary>
public sealed record TenantColours(string Main, string Links)
{
    /// <summary>Changes with the colours: the stylesheet's address carries it, so browsers cache it for good.</summary>
    public string Version => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(Main + Links)))[..12];
}

/// <summary>
/// A tenant's look within the region's theme: its two colours and its logo. Both colours are used as text on white,
/// so each must reach WCAG 2.2 AA contrast (4.5:1) against the page; the logo is an image of the tenant's media library.
/// </summary>
public static partial class TenantAppearance
{
    public const string ColoursKey = "theme.colours";

    public const string LogoKey = "theme.logo";

    /// <summary>The theme's own colours (green of agriculture, blue of water), the defaults a new site starts with.</summary>
    public static readonly TenantColours Region = new("#1f6b34", "#125a9c");

    public const double MinimumContrast = 4.5;

    /// <summary>The largest logo accepted.</summary>
    public const long MaxLogoBytes = 1024 * 1024;

    /// <summary>The tenant's colours, or null; a setting written some other way (a recipe) that is not two #rrggbb is ignored.</summary>
    public static TenantColours? ColoursOf(TenantShell shell) => Of(shell).Colours;

    /// <summary>The logo's address within the tenant (a media library URL), or null; anything else is ignored.</summary>
    public static string? LogoOf(TenantShell shell) => Of(shell).Logo;

    // Every page's layout asks: read and checked once per shell (a changed setting comes with a new shell).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TenantShell, Appearance> Read = new();

    private sealed record Appearance(TenantColours? Colours, string? Logo);

    private static Appearance Of(TenantShell shell) => Read.GetValue(shell, static s => new Appearance(
        s.Setting<TenantColours>(ColoursKey) is { } colours && HexColour().IsMatch(colours.Main ?? "") && HexColour().IsMatch(colours.Links ?? "") ? colours : null,
        s.Setting<string>(LogoKey) is { } url && url.StartsWith("/media/", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) ? url : null));

    /// <summary>The stylesheet that puts the colours in place of the theme's.</summary>
    public static string Css(TenantColours colours) => $":root{{--green:{colours.Main};--blue:{colours.Links}}}\n";

    /// <summary>Null when the colour is usable; otherwise the English msgid of the problem and its arguments.</summary>
    public static (string? Problem, object[] Arguments) Check(string? colour)
    {
        if (colour is null || !HexColour().IsMatch(colour))
        {
            return ("A colour is written #rrggbb, e.g. #1f6b34.", []);
        }

        var contrast = Contrast(colour, "#ffffff");
        return contrast < MinimumContrast
            ? ("The colour {0} is too light for text on white: contrast {1}:1, at least 4.5:1 is needed. Choose a darker shade.", [colour, contrast.ToString("0.0", CultureInfo.InvariantCulture)])
            : (null, []);
    }

    /// <summary>WCAG contrast ratio between two #rrggbb colours.</summary>
    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }

    /// <summary>Stores (or clears, with null) the colours and the logo on the tenant the context is bound to; the caller saves.</summary>
    public static async Task SetAsync(ICmsDbContext db, TenantColours? colours, string? logoUrl, bool changeLogo, CancellationToken cancellationToken)
    {
        await SetSettingAsync(db, ColoursKey, colours is null ? null : JsonSerializer.Serialize(colours with { Main = colours.Main.ToLowerInvariant(), Links = colours.Links.ToLowerInvariant() }), cancellationToken);
        if (changeLogo)
        {
            await SetSettingAsync(db, LogoKey, logoUrl is null ? null : JsonSerializer.Serialize(logoUrl), cancellationToken);
        }
    }

    /// <summary>Stores (or removes, with null) one setting of the context's tenant; the caller saves.</summary>
    public static async Task SetSettingAsync(ICmsDbContext db, string key, string? json, CancellationToken cancellationToken)
    {
        var setting = await db.Set<TenantSetting>().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (json is null)
        {
            if (setting is not null)
            {
                db.Set<TenantSetting>().Remove(setting);
            }

            return;
        }

        if (setting is null)
        {
            db.Set<TenantSetting>().Add(setting = new TenantSetting { Key = key });
        }

        setting.ValueJson = json;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}\\z")]
    private static partial Regex HexColour();
}
