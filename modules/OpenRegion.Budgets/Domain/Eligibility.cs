using System.Globalization;
using System.Text.Json;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Budgets.Domain;

/// <summary>The communes whose residents may vote in a budget, as a list to choose from (online with the card, at a counter).</summary>
public static class Eligibility
{
    public static IReadOnlyList<Tenant> Communes(TenantRegistry registry, IReadOnlySet<string> territory, Budget budget, string culture)
    {
        var named = JsonSerializer.Deserialize<List<string>>(budget.EligibleCommunesJson) ?? [];
        return [.. registry.All.Where(t => t.Kind == TenantKind.Commune && (named.Count > 0 ? named.Contains(t.Id) : territory.Contains(t.Id)))
            .OrderBy(t => t.DisplayName(culture), StringComparer.Create(CultureInfo.CurrentCulture, true))];
    }
}
