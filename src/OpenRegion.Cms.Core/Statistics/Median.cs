namespace OpenRegion.Cms.Core.Statistics;

/// <summary>The middle value the public reports give (response times, scale answers): the mean of the two middle ones for an even count.</summary>
public static class Median
{
    /// <returns>Null when there are no values.</returns>
    public static double? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static double? Of(IEnumerable<int> values) => Of(values.Select(v => (double)v));
}
