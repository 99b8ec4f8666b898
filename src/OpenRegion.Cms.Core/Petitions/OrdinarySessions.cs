using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Petitions;

/// <summary>
/// The months of a council's ordinary sessions — region March, July, October; province January, June, September;
/// commune February, May, October — and the session an accepted petition goes to: the first whose agenda can still
/// reach the wali or governor, 20 days before the session opens.
/// </summary>
public static class OrdinarySessions
{
    public const int AgendaNoticeDays = 20;

    public static IReadOnlyList<int> Months(TenantKind kind) => kind switch
    {
        TenantKind.Region => [3, 7, 10],
        TenantKind.Province => [1, 6, 9],
        _ => [2, 5, 10],
    };

    /// <summary>The first day of the month of the next ordinary session whose agenda can still be sent on <paramref name="decided"/>.</summary>
    public static DateOnly Next(TenantKind kind, DateOnly decided)
    {
        var months = Months(kind);
        for (var year = decided.Year; ; year++)
        {
            foreach (var month in months)
            {
                var opens = new DateOnly(year, month, 1);
                if (opens.AddDays(-AgendaNoticeDays) >= decided)
                {
                    return opens;
                }
            }
        }
    }
}
