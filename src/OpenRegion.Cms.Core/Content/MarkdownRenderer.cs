using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// Turns editors' Markdown into HTML that is safe to put on a page: raw HTML in the source is not interpreted,
/// and the output still goes through the sanitizer (defence in depth: links, attributes, URL schemes).
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

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
