namespace OpenRegion.Cms.Core.Transparency;

/// <summary>A category's total: its names in both languages and its amount.</summary>
public sealed record BudgetShare(string NameAr, string NameFr, decimal Amount)
{
    public string Name(string culture) => culture == "fr" ? (NameFr.Length > 0 ? NameFr : NameAr) : (NameAr.Length > 0 ? NameAr : NameFr);
}

/// <summary>Investment in one province, and in each commune of it the lines name.</summary>
public sealed record ProvinceInvestment(string Province, decimal Amount, IReadOnlyList<(string Commune, decimal Amount)> Communes);

/// <summary>
/// What a citizen budget says, computed from its lines with exact arithmetic: totals and balance, revenue and spending
/// by category (largest first), operating against investment, investment by province and commune, the rural share of
/// the investment that goes to a place, and the lines that serve equality between women and men.
/// </summary>
public sealed class CitizenBudgetSummary
{
    private CitizenBudgetSummary(IReadOnlyList<CitizenBudgetLine> lines)
    {
        Lines = lines;
        Revenue = Sum(lines, BudgetSide.Revenue);
        Spending = Sum(lines, BudgetSide.Spending);
        Operating = lines.Where(l => l.Side == BudgetSide.Spending && l.Section == BudgetSection.Operating).Sum(l => l.Amount);
        Investment = Spending - Operating;
        RevenueByCategory = ByCategory(lines.Where(l => l.Side == BudgetSide.Revenue));
        SpendingByCategory = ByCategory(lines.Where(l => l.Side == BudgetSide.Spending));
        var investment = lines.Where(l => l.Side == BudgetSide.Spending && l.Section == BudgetSection.Investment).ToList();
        ByProvince = [.. investment.Where(l => l.Province.Length > 0).GroupBy(l => l.Province, StringComparer.Ordinal)
            .Select(g => new ProvinceInvestment(g.Key, g.Sum(l => l.Amount),
                [.. g.Where(l => l.Commune.Length > 0).GroupBy(l => l.Commune, StringComparer.Ordinal).Select(c => (c.Key, c.Sum(l => l.Amount))).OrderByDescending(c => c.Item2).ThenBy(c => c.Key, StringComparer.Ordinal)]))
            .OrderByDescending(p => p.Amount).ThenBy(p => p.Province, StringComparer.Ordinal)];
        Unlocated = investment.Where(l => l.Province.Length == 0).Sum(l => l.Amount);
        Rural = investment.Where(l => l.Area == BudgetArea.Rural).Sum(l => l.Amount);
        Urban = investment.Where(l => l.Area == BudgetArea.Urban).Sum(l => l.Amount);
        GenderLines = [.. lines.Where(l => l.Side == BudgetSide.Spending && l.Gender != GenderTag.None).OrderByDescending(l => l.Amount).ThenBy(l => l.Position)];
        GenderTargeted = GenderLines.Where(l => l.Gender == GenderTag.Targeted).Sum(l => l.Amount);
        GenderSensitive = GenderLines.Where(l => l.Gender == GenderTag.Sensitive).Sum(l => l.Amount);
    }

    public IReadOnlyList<CitizenBudgetLine> Lines { get; }

    public decimal Revenue { get; }

    public decimal Spending { get; }

    /// <summary>Revenue less spending: positive is a surplus, negative a deficit.</summary>
    public decimal Balance => Revenue - Spending;

    public decimal Operating { get; }

    public decimal Investment { get; }

    public IReadOnlyList<BudgetShare> RevenueByCategory { get; }

    public IReadOnlyList<BudgetShare> SpendingByCategory { get; }

    public IReadOnlyList<ProvinceInvestment> ByProvince { get; }

    /// <summary>Investment that names no province (region-wide projects, studies).</summary>
    public decimal Unlocated { get; }

    public decimal Rural { get; }

    public decimal Urban { get; }

    /// <summary>The rural share of the investment that names rural or urban, in percent; null when no line does.</summary>
    public decimal? RuralShare => Rural + Urban == 0 ? null : Percent(Rural, Rural + Urban);

    public IReadOnlyList<CitizenBudgetLine> GenderLines { get; }

    public decimal GenderTargeted { get; }

    public decimal GenderSensitive { get; }

    /// <summary>The share of spending that serves equality between women and men, in percent.</summary>
    public decimal? GenderShare => Spending == 0 ? null : Percent(GenderTargeted + GenderSensitive, Spending);

    /// <summary>Spending per inhabitant, in dirhams; null when the population is not known.</summary>
    public decimal? PerInhabitant(int? population) => population is > 0 ? decimal.Round(Spending / population.Value, 0, MidpointRounding.AwayFromZero) : null;

    public static CitizenBudgetSummary Of(IEnumerable<CitizenBudgetLine> lines) => new([.. lines.OrderBy(l => l.Position)]);

    public static decimal Percent(decimal part, decimal whole) => whole == 0 ? 0 : decimal.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    private static decimal Sum(IEnumerable<CitizenBudgetLine> lines, BudgetSide side) => lines.Where(l => l.Side == side).Sum(l => l.Amount);

    private static IReadOnlyList<BudgetShare> ByCategory(IEnumerable<CitizenBudgetLine> lines) =>
        [.. lines.GroupBy(l => (l.CategoryAr, l.CategoryFr)).Select(g => new BudgetShare(g.Key.CategoryAr, g.Key.CategoryFr, g.Sum(l => l.Amount)))
            .OrderByDescending(s => s.Amount).ThenBy(s => s.NameFr, StringComparer.Ordinal)];
}
