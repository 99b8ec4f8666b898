using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Transparency;

public enum BudgetSide
{
    Revenue,
    Spending,
}

/// <summary>The budget's two parts: operating (the first part) and capital/investment (the second part).</summary>
public enum BudgetSection
{
    Operating,
    Investment,
}

/// <summary>Where an investment goes: a rural or an urban commune, or nowhere in particular (region-wide, studies).</summary>
public enum BudgetArea
{
    Unspecified,
    Rural,
    Urban,
}

/// <summary>
/// Gender-responsive budgeting: a line aimed at women and girls (a women's cooperative, girls' boarding), or one meant
/// to narrow a gap between women and men (school transport that keeps rural girls at school); most lines are neither.
/// </summary>
public enum GenderTag
{
    None,
    Targeted,
    Sensitive,
}

/// <summary>
/// The citizen budget of a financial year: the council's budget told as structured data a citizen can read — revenue
/// and spending by category, where investment goes (province, commune, rural or urban), which lines serve equality
/// between women and men. Staff load its lines from a spreadsheet; it is public once published.
/// </summary>
public sealed class CitizenBudget : ITenantOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 4_000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public int Year { get; set; }

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    /// <summary>What the budget is about, in plain words.</summary>
    public string IntroAr { get; set; } = "";

    public string IntroFr { get; set; } = "";

    /// <summary>The day the council adopted the budget (and the ministry approved it), if known.</summary>
    public DateOnly? AdoptedOn { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? LinesUpdatedUtc { get; set; }

    public DateTimeOffset? PublishedUtc { get; set; }

    public int Revision { get; set; }

    public string Title(string culture) => culture == "fr" ? (TitleFr.Length > 0 ? TitleFr : TitleAr) : (TitleAr.Length > 0 ? TitleAr : TitleFr);

    public string Intro(string culture) => culture == "fr" ? (IntroFr.Length > 0 ? IntroFr : IntroAr) : (IntroAr.Length > 0 ? IntroAr : IntroFr);
}

/// <summary>One line of a citizen budget, as the spreadsheet gives it.</summary>
public sealed class CitizenBudgetLine : ITenantOwned
{
    public const int MaxLabelLength = 300;
    public const int MaxPlaceLength = 120;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long BudgetId { get; set; }

    /// <summary>The line's number in the file (1 is the first line after the header).</summary>
    public int Position { get; set; }

    public BudgetSide Side { get; set; }

    public BudgetSection Section { get; set; }

    public string CategoryAr { get; set; } = "";

    public string CategoryFr { get; set; } = "";

    public string LabelAr { get; set; } = "";

    public string LabelFr { get; set; } = "";

    public decimal Amount { get; set; }

    /// <summary>The province the spending goes to: a tenant id (e.g. "province-azilal") or a name as written.</summary>
    public string Province { get; set; } = "";

    /// <summary>The commune: a tenant id (e.g. "azilal") or a name as written.</summary>
    public string Commune { get; set; } = "";

    public BudgetArea Area { get; set; }

    public GenderTag Gender { get; set; }

    public string Category(string culture) => culture == "fr" ? (CategoryFr.Length > 0 ? CategoryFr : CategoryAr) : (CategoryAr.Length > 0 ? CategoryAr : CategoryFr);

    public string Label(string culture) => culture == "fr" ? (LabelFr.Length > 0 ? LabelFr : LabelAr) : (LabelAr.Length > 0 ? LabelAr : LabelFr);
}
