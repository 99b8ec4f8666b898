using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// Turns what editors write into HTML that is safe to put on a page. Markdown: raw HTML in the source is not
/// interpreted, and the output still goes through the sanitizer (defence in depth: links, attributes, URL schemes).
/// Rich text (the visual editor's HTML) goes through <see cref="RichText.Sanitize"/>.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    // Sanitizing parses the HTML into a DOM: far too slow to repeat on every view of a page. Keyed by the source
    // itself, so an edited text is simply a new entry and nothing needs invalidating.
    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = 8 * 1024 * 1024 });

    public string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        return _rendered.GetOrCreate(markdown, entry =>
        {
            var html = Sanitize(Markdown.ToHtml(markdown, _pipeline));
            entry.Size = markdown.Length + html.Length;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return html;
        })!;
    }

    /// <summary>The body of an item or version as HTML, in the format its parts say it is written in.</summary>
    public string BodyToSafeHtml(string? body, string? partsJson) =>
        ContentParts.Parse(partsJson).IsRichText ? RichTextToSafeHtml(body) : ToSafeHtml(body);

    /// <summary>The visual editor's HTML, reduced to the structural tags citizens' pages allow.</summary>
    public string RichTextToSafeHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        return _rendered.GetOrCreate(("html", html), entry =>
        {
            var safe = RichText.Sanitize(html);
            entry.Size = html.Length + safe.Length;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return safe;
        })!;
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
