using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Ganss.Xss;
using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Templates;

/// <summary>A template a tenant may rewrite: its name, what it shows, and the default shipped with the platform.</summary>
public sealed record LiquidTemplateDefinition(string Name, string DefaultSource, IReadOnlyDictionary<string, string> Descriptions)
{
    public string Description(string culture) => Descriptions.TryGetValue(culture, out var text) ? text : Descriptions["en"];
}

/// <summary>Where a template's text is wrong: a 1-based line and column, and the parser's words.</summary>
public sealed record LiquidError(int? Line, int? Column, string Message);

public sealed class LiquidRenderException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Liquid (Fluid) templates for what a tenant may restyle without a rebuild: how an article (news, event,
/// document, page) is laid out, and the site footer. A tenant's own text lives in its setting "Template.{name}";
/// without one, the platform's default applies. Templates see only the values they are given (no .NET members),
/// run within a step budget, and their output goes through the HTML sanitizer like every other HTML.
/// </summary>
public sealed partial class LiquidTemplates
{
    public const string SettingPrefix = "Template.";
    public const int MaxSourceLength = 50_000;

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    private readonly TemplateOptions _options = new() { MaxSteps = 200_000, MaxRecursion = 20 };
    private readonly ConcurrentDictionary<string, IFluidTemplate> _parsed = new(StringComparer.Ordinal);
    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = 16 * 1024 * 1024 });
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public static IReadOnlyList<LiquidTemplateDefinition> Definitions { get; } =
    [
        Article("Article.News", "خبر", "actualité", "news item"),
        Article("Article.Event", "نشاط", "événement", "event"),
        Article("Article.Document", "وثيقة", "document", "document"),
        Article("Article.Page", "صفحة", "page", "page"),
        new("Layout.Footer", Embedded("Footer.liquid"), new Dictionary<string, string>
        {
            ["ar"] = "تذييل كل صفحات الموقع",
            ["fr"] = "Pied de chaque page du site",
            ["en"] = "Footer of every page of the site",
        }),
    ];

    public static LiquidTemplateDefinition? Find(string name) => Definitions.FirstOrDefault(d => d.Name == name);

    /// <summary>The tenant's text for <paramref name="name"/>, or the default.</summary>
    public static string SourceFor(TenantShell shell, string name) =>
        shell.Setting<string>(SettingPrefix + name) is { Length: > 0 } own ? own : Find(name)?.DefaultSource ?? "";

    public static bool IsCustomized(TenantShell shell, string name) => shell.Setting<string>(SettingPrefix + name) is { Length: > 0 };

    /// <summary>Null when the text parses; otherwise where and why it does not.</summary>
    public static LiquidError? Validate(string source)
    {
        if (source.Length > MaxSourceLength)
        {
            return new LiquidError(null, null, $"The template is longer than {MaxSourceLength} characters.");
        }

        if (Parser.TryParse(source, out _, out var error))
        {
            return null;
        }

        var position = Position().Match(error);
        return position.Success
            ? new LiquidError(int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(position.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), error)
            : new LiquidError(null, null, error);
    }

    /// <summary>Renders and sanitizes; the result is cached under <paramref name="cacheKey"/> when one is given.</summary>
    /// <exception cref="LiquidRenderException">The text does not parse, or rendering exceeds the step budget.</exception>
    public string Render(string source, IReadOnlyDictionary<string, object?> model, object? cacheKey = null) => Render(source, () => model, cacheKey);

    /// <param name="model">Built only when the result is not in the cache (a page's footer is on every request).</param>
    private string Render(string source, Func<IReadOnlyDictionary<string, object?>> model, object? cacheKey)
    {
        if (cacheKey is not null && _rendered.TryGetValue((cacheKey, source), out string? cached))
        {
            return cached!;
        }

        var template = _parsed.GetOrAdd(source, text => Parser.TryParse(text, out var parsed, out var error)
            ? parsed
            : throw new LiquidRenderException(error, new FormatException(error)));
        if (_parsed.Count > 2_000)
        {
            _parsed.Clear();
        }

        var context = new TemplateContext(_options);
        foreach (var (name, value) in model())
        {
            context.SetValue(name, value);
        }

        string html;
        try
        {
            html = _sanitizer.Sanitize(template.Render(context, HtmlEncoder.Default));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            throw new LiquidRenderException(ex.Message, ex);
        }

        if (cacheKey is not null)
        {
            _rendered.Set((cacheKey, source), html, new MemoryCacheEntryOptions { Size = html.Length + 64, SlidingExpiration = TimeSpan.FromMinutes(30) });
        }

        return html;
    }

    /// <summary>
    /// Renders a template of the tenant for <paramref name="model"/>, cached under <paramref name="cacheKey"/>.
    /// Should the tenant's text fail at run time (its step budget), the default is shown rather than an error page.
    /// </summary>
    /// <param name="model">Built only on a cache miss.</param>
    public string RenderFor(TenantShell shell, string name, Func<IReadOnlyDictionary<string, object?>> model, object cacheKey)
    {
        try
        {
            return Render(SourceFor(shell, name), model, cacheKey);
        }
        catch (LiquidRenderException) when (IsCustomized(shell, name))
        {
            return Render(Find(name)!.DefaultSource, model, cacheKey);
        }
    }

    private static LiquidTemplateDefinition Article(string name, string ar, string fr, string en) => new(name, Embedded("Article.liquid"), new Dictionary<string, string>
    {
        ["ar"] = $"عرض {ar}: العنوان والتاريخ والملخص والنص",
        ["fr"] = $"Affichage d’un(e) {fr} : titre, date, résumé et texte",
        ["en"] = $"How a {en} is shown: title, date, summary and text",
    });

    private static string Embedded(string file)
    {
        using var stream = typeof(LiquidTemplates).Assembly.GetManifestResourceStream($"OpenRegion.Cms.Core.Templates.{file}")
            ?? throw new InvalidOperationException($"Default template {file} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Add("time");
        sanitizer.AllowedAttributes.Add("datetime");
        sanitizer.AllowedAttributes.Add("download");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("lang");
        sanitizer.AllowedAttributes.Add("dir");
        return sanitizer;
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
