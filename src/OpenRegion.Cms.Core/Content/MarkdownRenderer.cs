using Ganss.Xss;
using Markdig;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// Turns editors' Markdown into HTML that is safe to put on a page: raw HTML in the source is not interpreted,
/// and the output still goes through the sanitizer (defence in depth: links, attributes, URL schemes).
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    public string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Sanitize(Markdown.ToHtml(markdown, _pipeline));

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
