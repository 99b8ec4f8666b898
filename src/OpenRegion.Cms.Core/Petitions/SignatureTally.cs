namespace OpenRegion.Cms.Core.Petitions;

/// <summary>Signatures from one province against the share each province must bring.</summary>
public sealed record ProvinceTally(string ProvinceId, int Count, int Required)
{
    public bool Met => Count >= Required;
}

/// <summary>
/// A petition's signatures against the legal threshold: the total, and for a region each province's share (5% of the
/// required number). It can be deposited only when every line is met.
/// </summary>
public sealed record SignatureTally(int Count, int Required, IReadOnlyList<ProvinceTally> Provinces)
{
    public bool TotalMet => Count >= Required;

    public bool CanDeposit => TotalMet && Provinces.All(p => p.Met);

    public int Percent => Required == 0 ? 100 : (int)Math.Min(100, Count * 100L / Required);

    /// <summary>
    /// The tally of <paramref name="count"/> signatures, of which <paramref name="byProvince"/> per province, for a
    /// petition needing <paramref name="required"/> with <paramref name="perProvince"/> from each of <paramref name="provinces"/>.
    /// </summary>
    public static SignatureTally Of(int count, int required, int perProvince, IEnumerable<string> provinces, IReadOnlyDictionary<string, int> byProvince) =>
        new(count, required, perProvince == 0 ? [] : [.. provinces.Select(p => new ProvinceTally(p, byProvince.GetValueOrDefault(p), perProvince))]);
}
