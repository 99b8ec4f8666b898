using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>A citizen budget's year, titles, introductions and adoption day as staff type them.</summary>
public sealed class CitizenBudgetInput
{
    public int? Year { get; set; }

    public string? TitleAr { get; set; }

    public string? TitleFr { get; set; }

    public string? IntroAr { get; set; }

    public string? IntroFr { get; set; }

    public string? AdoptedOn { get; set; }

    public static CitizenBudgetInput Of(CitizenBudget b) => new()
    {
        Year = b.Year, TitleAr = b.TitleAr, TitleFr = b.TitleFr, IntroAr = b.IntroAr, IntroFr = b.IntroFr,
        AdoptedOn = b.AdoptedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public void ApplyTo(CitizenBudget budget, IStringLocalizer T, List<string> errors)
    {
        budget.TitleAr = TransparencyPageModel.Optional(TitleAr, CitizenBudget.MaxTitleLength, T["Title (Arabic)"], T, errors) ?? "";
        budget.TitleFr = TransparencyPageModel.Optional(TitleFr, CitizenBudget.MaxTitleLength, T["Title (French)"], T, errors) ?? "";
        budget.IntroAr = TransparencyPageModel.Optional(IntroAr, CitizenBudget.MaxTextLength, T["Introduction (Arabic)"], T, errors) ?? "";
        budget.IntroFr = TransparencyPageModel.Optional(IntroFr, CitizenBudget.MaxTextLength, T["Introduction (French)"], T, errors) ?? "";
        budget.AdoptedOn = TransparencyPageModel.Date(AdoptedOn, T["Adopted on"], T, errors);
    }
}
