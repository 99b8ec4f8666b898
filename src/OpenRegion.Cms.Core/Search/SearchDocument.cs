namespace OpenRegion.Cms.Core.Search;

/// <summary>
/// One published content item in one culture, as the search index sees it.
/// </summary>
/// <param name="Id">Stable key within the tenant and culture, e.g. the localization set and the culture.</param>
/// <param name="TenantId">The tenant that owns the item; must match the index it goes into.</param>
/// <param name="Culture">"ar", "fr", "en" or "zgh"; must match the index it goes into.</param>
/// <param name="ContentType">"News", "Page", "Event"… used as an exact filter.</param>
/// <param name="Title">Plain-text title.</param>
/// <param name="Body">Plain text or Markdown source; Markdown punctuation is stripped before indexing.</param>
/// <param name="Url">Relative URL of the published item.</param>
/// <param name="PublishedUtc">When the item was published.</param>
public sealed record SearchDocument(
    string Id,
    string TenantId,
    string Culture,
    string ContentType,
    string Title,
    string Body,
    string Url,
    DateTimeOffset PublishedUtc);
