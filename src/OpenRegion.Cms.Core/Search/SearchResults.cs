namespace OpenRegion.Cms.Core.Search;

/// <summary>One page of hits and the total number of matching documents.</summary>
public sealed record SearchResults(int TotalHits, IReadOnlyList<SearchHit> Hits, double TookMs)
{
    public static SearchResults Empty { get; } = new(0, [], 0);
}
