namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// Marks anonymous public pages as cacheable: an endpoint carrying <c>[OutputCache(PolicyName = PublicCache.Policy)]</c>
/// is stored by the host's public page cache (PublicPageCacheMiddleware, keyed by tenant generation, content version,
/// culture, host and path). ASP.NET Core's own output cache is not used: ours answers before routing.
/// </summary>
public static class PublicCache
{
    public const string Policy = "PublicPage";
}
