using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>
/// The citizen budget of a year (?year=, the latest published by default): where the money comes from and where it
/// goes, investment by province and commune, the rural share, the spending that serves equality between women and men,
/// every line, and the open data.
/// </summary>
[AllowAnonymous]
public sealed class CitizenBudgetModel(CitizenBudgets budgets) : TransparencyPageModel
{
    public IReadOnlyList<CitizenBudget> Published { get; private set; } = [];

    public CitizenBudgetView? View { get; private set; }

    public int? Population => budgets.Population;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Published = await budgets.AllAsync(publishedOnly: true, cancellationToken);
        var asked = int.TryParse(Request.Query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (int?)null;
        if (asked is { } wanted && Published.All(b => b.Year != wanted))
        {
            return NotFound();
        }

        if ((asked ?? Published.FirstOrDefault()?.Year) is { } shown)
        {
            View = await budgets.FindAsync(shown, drafts: false, cancellationToken);
        }

        return Page();
    }

    public string Place(string place) => budgets.Place(place, Culture);

    public static string Money(decimal amount) => Cms.Core.Content.Money.InText(amount);

    /// <summary>A percentage with one decimal at most, written as the reader's language writes decimals (66,7 in French).</summary>
    public string Percent(decimal part, decimal whole) => Number(CitizenBudgetSummary.Percent(part, whole));

    public string Number(decimal value) => value.ToString("0.#", Culture == "fr" ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture);

    public static string Width(decimal part, decimal max) => max == 0 ? "0" : (100m * part / max).ToString("0.#", CultureInfo.InvariantCulture);
}
