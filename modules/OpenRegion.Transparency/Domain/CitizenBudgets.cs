using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Domain;

/// <summary>Why a step on a citizen budget is refused; nothing is stored.</summary>
public enum CitizenBudgetRefusal
{
    YearOutOfRange,
    YearExists,
    TitleNeeded,
    NoLines,
    NothingToPublish,
    NotPublished,
    AdoptedInFuture,
}

/// <summary>A citizen budget with its lines and what they add up to.</summary>
public sealed record CitizenBudgetView(CitizenBudget Budget, CitizenBudgetSummary Summary);

/// <summary>
/// The citizen budgets of the tenant, a financial year each: created by staff, their lines loaded (and reloaded) from
/// the finance service's spreadsheet as a whole, public once published. Every step is audited.
/// </summary>
public sealed class CitizenBudgets(ICmsDbContext db, TenantContext tenant, TenantRegistry registry, TimeProvider clock, IAuditLog audit)
{
    public static readonly IReadOnlyList<string> JsonHeader =
        ["position", "side", "section", "category_ar", "category_fr", "label_ar", "label_fr", "amount", "province", "commune", "area", "gender"];

    public DateOnly Today => LocalTime.Date(clock.GetUtcNow());

    public static string AdminUrl(int year) => "/admin/citizen-budget/" + year.ToString(CultureInfo.InvariantCulture);

    public static string PublicUrl(int year) => "/citizen-budget?year=" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tenant's population, for spending per inhabitant.</summary>
    public int? Population => tenant.Shell.Tenant.Population;

    /// <summary>A place as the lines give it: a tenant's id shown as its name in the reader's language, any other text as written.</summary>
    public string Place(string place, string culture) => registry.Find(place) is { } known ? known.DisplayName(culture) : place;

    public async Task<IReadOnlyList<CitizenBudget>> AllAsync(bool publishedOnly, CancellationToken cancellationToken)
    {
        var query = db.Set<CitizenBudget>().AsNoTracking();
        if (publishedOnly)
        {
            query = query.Where(b => b.PublishedUtc != null);
        }

        return await query.OrderByDescending(b => b.Year).ToListAsync(cancellationToken);
    }

    /// <summary>A year's budget with its lines; a draft only when <paramref name="drafts"/> (staff).</summary>
    public async Task<CitizenBudgetView?> FindAsync(int year, bool drafts, CancellationToken cancellationToken)
    {
        var budget = await db.Set<CitizenBudget>().AsNoTracking().FirstOrDefaultAsync(b => b.Year == year, cancellationToken);
        if (budget is null || (budget.PublishedUtc is null && !drafts))
        {
            return null;
        }

        var lines = await db.Set<CitizenBudgetLine>().AsNoTracking().Where(l => l.BudgetId == budget.Id).OrderBy(l => l.Position).ToListAsync(cancellationToken);
        foreach (var line in lines)
        {
            line.Amount = Money.Normal(line.Amount);
        }

        return new CitizenBudgetView(budget, CitizenBudgetSummary.Of(lines));
    }

    public async Task<CitizenBudgetRefusal?> CreateAsync(CitizenBudget budget, string by, CancellationToken cancellationToken)
    {
        if (Check(budget) is { } refusal)
        {
            return refusal;
        }

        if (await db.Set<CitizenBudget>().AnyAsync(b => b.Year == budget.Year, cancellationToken))
        {
            return CitizenBudgetRefusal.YearExists;
        }

        budget.CreatedUtc = clock.GetUtcNow();
        budget.CreatedBy = by;
        db.Set<CitizenBudget>().Add(budget);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two clerks creating the same year at once: the unique index keeps one.
            db.Set<CitizenBudget>().Entry(budget).State = EntityState.Detached;
            return CitizenBudgetRefusal.YearExists;
        }

        audit.Record("citizen-budget.created", Target(budget), new { budget.Year });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Saves corrected titles, introductions and adoption day (tracked entity changed by the caller).</summary>
    public async Task<CitizenBudgetRefusal?> DescribeAsync(CitizenBudget budget, CancellationToken cancellationToken)
    {
        if (Check(budget) is { } refusal)
        {
            return refusal;
        }

        budget.Revision++;
        audit.Record("citizen-budget.described", Target(budget), new { budget.Year });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Replaces every line of the budget with those of a file read without a problem, in one transaction.</summary>
    public async Task<CitizenBudgetRefusal?> ReplaceLinesAsync(CitizenBudget budget, IReadOnlyList<CitizenBudgetLine> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return CitizenBudgetRefusal.NoLines;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<CitizenBudgetLine>().Where(l => l.BudgetId == budget.Id).ExecuteDeleteAsync(cancellationToken);
        foreach (var line in lines)
        {
            line.BudgetId = budget.Id;
            line.TenantId = budget.TenantId;
        }

        db.Set<CitizenBudgetLine>().AddRange(lines);
        budget.LinesUpdatedUtc = clock.GetUtcNow();
        budget.Revision++;
        var summary = CitizenBudgetSummary.Of(lines);
        audit.Record("citizen-budget.lines", Target(budget), new { budget.Year, lines = lines.Count, revenue = summary.Revenue, spending = summary.Spending });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<CitizenBudgetRefusal?> PublishAsync(CitizenBudget budget, bool publish, CancellationToken cancellationToken)
    {
        if (publish)
        {
            var summary = CitizenBudgetSummary.Of(await db.Set<CitizenBudgetLine>().AsNoTracking().Where(l => l.BudgetId == budget.Id).ToListAsync(cancellationToken));
            if (summary.Revenue == 0 || summary.Spending == 0)
            {
                return CitizenBudgetRefusal.NothingToPublish;
            }

            budget.PublishedUtc = clock.GetUtcNow();
        }
        else
        {
            if (budget.PublishedUtc is null)
            {
                return CitizenBudgetRefusal.NotPublished;
            }

            budget.PublishedUtc = null;
        }

        budget.Revision++;
        audit.Record(publish ? "citizen-budget.published" : "citizen-budget.unpublished", Target(budget), new { budget.Year });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public static IReadOnlyList<object?> Row(CitizenBudgetLine l) =>
    [
        l.Position, l.Side == BudgetSide.Revenue ? "revenue" : "spending", l.Section == BudgetSection.Operating ? "operating" : "investment",
        l.CategoryAr, l.CategoryFr, l.LabelAr, l.LabelFr, l.Amount, l.Province, l.Commune,
        l.Area switch { BudgetArea.Rural => "rural", BudgetArea.Urban => "urban", _ => null },
        l.Gender switch { GenderTag.Targeted => "targeted", GenderTag.Sensitive => "sensitive", _ => null },
    ];

    private CitizenBudgetRefusal? Check(CitizenBudget budget) =>
        budget.Year is < 2000 or > 2100 ? CitizenBudgetRefusal.YearOutOfRange
        : budget.TitleAr.Length == 0 && budget.TitleFr.Length == 0 ? CitizenBudgetRefusal.TitleNeeded
        : budget.AdoptedOn > Today ? CitizenBudgetRefusal.AdoptedInFuture
        : null;

    private static string Target(CitizenBudget budget) => "CitizenBudget:" + budget.Year.ToString(CultureInfo.InvariantCulture);
}
