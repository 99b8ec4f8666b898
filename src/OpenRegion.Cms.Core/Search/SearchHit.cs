namespace OpenRegion.Cms.Core.Search;

/// <summary>One search result. <see cref="SnippetHtml"/> and <see cref="TitleHtml"/> are HTML-encoded text with
/// matched words wrapped in &lt;mark&gt;, safe to render as raw HTML.</summary>
public sealed record SearchHit(
    string Id,
    string ContentType,
    string Title,
    string Url,
    DateTimeOffset PublishedUtc,
    float Score,
    string SnippetHtml,
    string TitleHtml);
