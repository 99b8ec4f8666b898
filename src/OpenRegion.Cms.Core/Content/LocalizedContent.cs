namespace OpenRegion.Cms.Core.Content;

/// <summary>A content item and whether it is shown in another language than the one asked for.</summary>
public sealed record LocalizedContent(ContentItem Item, bool IsFallback);
