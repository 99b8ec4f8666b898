using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Notifications;

namespace OpenRegion.Budgets.Domain;

/// <summary>A participatory-budget process as something to follow ("budget:12").</summary>
public sealed class BudgetFollowSubjects : IFollowSubjects
{
    public bool Owns(string subject) => subject.StartsWith("budget:", StringComparison.Ordinal);

    public async Task<FollowSubject?> DescribeAsync(ICmsDbContext db, string subject, string culture, CancellationToken cancellationToken)
    {
        if (!long.TryParse(subject.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var process = await db.Set<BudgetProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return process is null ? null : new FollowSubject(process.Title(culture), BudgetEvents.ProcessUrl(process));
    }
}
