using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRegion.Cms.Core.Content;

/// <summary>The typed fields an item keeps in <see cref="ContentItem.PartsJson"/> beside its title and body.</summary>
public sealed record ContentParts
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>One or two sentences for lists, the home page and feeds.</summary>
    public string? Summary { get; init; }

    /// <summary>Where an event takes place.</summary>
    public string? Location { get; init; }

    /// <summary>Documents: the file of the media library this translation is.</summary>
    public long? FileMediaId { get; init; }

    /// <summary>How <see cref="ContentItem.Body"/> is written: null for Markdown, <see cref="BodyFormats.RichText"/> for HTML.</summary>
    public string? Format { get; init; }

    [JsonIgnore]
    public bool IsRichText => Format == BodyFormats.RichText;

    public static ContentParts Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json == "{}")
        {
            return new ContentParts();
        }

        try
        {
            return JsonSerializer.Deserialize<ContentParts>(json, Options) ?? new ContentParts();
        }
        catch (JsonException)
        {
            return new ContentParts();
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

/// <summary>The two ways editors write a body: Markdown (the default) or rich text (HTML from the visual editor).</summary>
public static class BodyFormats
{
    public const string Markdown = "markdown";
    public const string RichText = "html";

    public static bool IsKnown(string? format) => format is null or "" or Markdown or RichText;
}
