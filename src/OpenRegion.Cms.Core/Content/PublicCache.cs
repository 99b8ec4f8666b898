namespace OpenRegion.Cms.Core.Content;

/// <summary>The output-cache policy for anonymous public pages, varied by tenant, culture and content version.</summary>
public static class PublicCache
{
    public const string Policy = "PublicPage";
}
