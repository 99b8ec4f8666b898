using System.Globalization;
using System.Text.Json;
using Fluid;
using Fluid.Values;
using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Cms.Core.Notifications;

/// <summary>A notification template that does not parse or fails to render (shown to staff on /admin/events).</summary>
public sealed class NotificationTemplateException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>What a reader gets: title, plain-text body, SMS text; in their language.</summary>
public sealed record RenderedNotification(string Culture, string Title, string Body, string Sms);

/// <summary>
/// Writes notifications as plain text from Liquid (no HTML anywhere: the text is encoded wherever it is shown, and
/// e-mails are text/plain). A value given as an object keyed by culture ({"ar": "…", "fr": "…"}) is read in the
/// reader's language. Templates see only the values given, within a step budget.
/// </summary>
public static class NotificationRenderer
{
    public static readonly IReadOnlyList<string> Cultures = ["ar", "fr", "en", "zgh"];

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    private static readonly TemplateOptions Options = CreateOptions();

    /// <summary>Null when the text parses; otherwise the parser's reason.</summary>
    public static string? Validate(string source) =>
        Parser.TryParse(source, out _, out var error) ? null : error;

    public static RenderedNotification Render(NotificationTemplate template, string culture, IReadOnlyDictionary<string, JsonElement> values)
    {
        var text = template.For(culture);
        var model = Model(values, culture);
        var title = OneLine(Render(text.Title, model, culture));
        var body = Render(text.Body, model, culture).Trim();
        var sms = text.Sms is null ? title : OneLine(Render(text.Sms, model, culture));
        return new RenderedNotification(culture, Truncate(title, Notification.MaxTitleLength), Truncate(body, Notification.MaxBodyLength), sms);
    }

    /// <summary>Renders one Liquid text for a reader (rules' own templates come through here too).</summary>
    /// <exception cref="NotificationTemplateException">The text does not parse or fails at run time.</exception>
    public static string Render(string source, IReadOnlyDictionary<string, object?> model, string culture)
    {
        if (!Parser.TryParse(source, out var parsed, out var error))
        {
            throw new NotificationTemplateException(error);
        }

        var context = new TemplateContext(Options) { CultureInfo = LocalTime.Culture(culture) };
        context.AmbientValues["culture"] = culture;
        foreach (var (name, value) in model)
        {
            context.SetValue(name, value);
        }

        try
        {
            return parsed.Render(context, NullEncoder.Default);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or NullReferenceException)
        {
            throw new NotificationTemplateException(ex.Message, ex);
        }
    }

    /// <summary>JSON values as Liquid sees them; culture-keyed objects resolved to the reader's language.</summary>
    public static Dictionary<string, object?> Model(IReadOnlyDictionary<string, JsonElement> values, string culture)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            model[name] = Plain(value, culture);
        }

        return model;
    }

    /// <summary>The reader's text of a culture-keyed value (or the value itself when it is not one).</summary>
    public static string? Localized(JsonElement value, string culture) => Plain(value, culture)?.ToString();

    /// <param name="culture">The reader's language: culture-keyed objects become their text; null keeps them whole.</param>
    public static object? Plain(JsonElement value, string? culture)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.TryGetInt64(out var whole) ? whole : value.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Array:
                return value.EnumerateArray().Select(v => Plain(v, culture)).ToList();
            case JsonValueKind.Object:
                var properties = value.EnumerateObject().ToList();
                if (culture is not null && properties.Count > 0 && properties.All(p => Cultures.Contains(p.Name)))
                {
                    var pick = properties.FirstOrDefault(p => p.Name == culture);
                    pick = pick.Value.ValueKind != JsonValueKind.Undefined ? pick
                        : properties.FirstOrDefault(p => p.Name == "ar") is { Value.ValueKind: not JsonValueKind.Undefined } ar ? ar
                        : properties[0];
                    return Plain(pick.Value, culture);
                }

                return properties.ToDictionary(p => p.Name, p => Plain(p.Value, culture), StringComparer.Ordinal);
            default:
                return null;
        }
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { MaxSteps = 50_000, MaxRecursion = 10 };
        options.Filters.AddFilter("local_date", (input, _, context) => LocalDate(input, context, withTime: false));
        options.Filters.AddFilter("local_datetime", (input, _, context) => LocalDate(input, context, withTime: true));
        return options;
    }

    private static ValueTask<FluidValue> LocalDate(FluidValue input, TemplateContext context, bool withTime)
    {
        var culture = context.AmbientValues.TryGetValue("culture", out var c) ? c as string ?? "ar" : "ar";
        var text = input.ToStringValue();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? new StringValue(LocalTime.Format(at.ToUniversalTime(), culture, withTime))
            : new StringValue(text);
    }

    public static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
