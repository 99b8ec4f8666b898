using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Domain;

/// <summary>What a reader asks of the catalogue: a category, a year the period covers, a language, words; a page.</summary>
public sealed record CatalogueFilter(PublicationCategory? Category = null, int? Year = null, PublicationLanguage? Language = null, string? Words = null, int Page = 1)
{
    public const int MaxWordsLength = 100;

    /// <summary>Reads the filter from a query string (?category=Budget&amp;year=2026&amp;language=French&amp;q=…&amp;page=2); anything unreadable is ignored.</summary>
    public static CatalogueFilter From(IQueryCollection query)
    {
        var words = query["q"].ToString().Trim();
        return new CatalogueFilter(
            Enum.TryParse<PublicationCategory>(query["category"], ignoreCase: true, out var category) && Enum.IsDefined(category) ? category : null,
            int.TryParse(query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100 ? year : null,
            Enum.TryParse<PublicationLanguage>(query["language"], ignoreCase: true, out var language) && Enum.IsDefined(language) ? language : null,
            words.Length == 0 ? null : words.Length > MaxWordsLength ? words[..MaxWordsLength] : words,
            int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= 10_000 ? page : 1);
    }

    /// <summary>The same filter as a query string, for links (page excluded).</summary>
    public string QueryString(int? page = null)
    {
        var parts = new List<string>();
        if (Category is { } category)
        {
            parts.Add("category=" + category);
        }

        if (Year is { } year)
        {
            parts.Add("year=" + year.ToString(CultureInfo.InvariantCulture));
        }

        if (Language is { } language)
        {
            parts.Add("language=" + language);
        }

        if (Words is { } words)
        {
            parts.Add("q=" + Uri.EscapeDataString(words));
        }

        if (page is > 1)
        {
            parts.Add("page=" + page.Value.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}

/// <summary>A publication with its file, as every list and export shows it.</summary>
public sealed record CatalogueEntry(Publication Publication, MediaItem? File)
{
    /// <summary>Where the document is read: the file of the media library, or the official site's address.</summary>
    public string Href => File?.Url ?? Publication.Url ?? "";

    public long? Size => File?.Size;
}

/// <summary>
/// The publication catalogue (law 31-13 art 10): the tenant's proactive publications with their filters and search,
/// the same rows for the page, the Atom feed, CSV, JSON and the API; and the state of each year's financial statements.
/// </summary>
public static class Catalogue
{
    public const int PageSize = 20;

    public static readonly IReadOnlyList<string> Header =
    [
        "id", "category", "table", "title_ar", "title_fr", "summary_ar", "summary_fr", "period_from", "period_to", "act_on", "published_on",
        "language", "format", "url", "size",
    ];

    public static string PublicUrl(long id) => "/publications/" + id.ToString(CultureInfo.InvariantCulture);

    public static string AdminUrl(long id) => "/admin/publications/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The live publications the filter asks for, newest first.</summary>
    public static IQueryable<Publication> Query(ICmsDbContext db, CatalogueFilter filter)
    {
        var query = db.Set<Publication>().AsNoTracking().Where(p => p.WithdrawnUtc == null);
        if (filter.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        if (filter.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            query = query.Where(p => p.PeriodFrom <= last && p.PeriodTo >= first);
        }

        if (filter.Language is { } language)
        {
            query = language is PublicationLanguage.Arabic or PublicationLanguage.French
                ? query.Where(p => p.Language == language || p.Language == PublicationLanguage.ArabicAndFrench)
                : query.Where(p => p.Language == language);
        }

        foreach (var word in Cms.Core.Content.TextFold.Fold(filter.Words).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
        {
            query = query.Where(p => p.SearchText.Contains(word));
        }

        return query.OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id);
    }

    public static async Task<(IReadOnlyList<CatalogueEntry> Entries, int Total)> PageAsync(ICmsDbContext db, CatalogueFilter filter, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        var query = Query(db, filter);
        var total = await query.CountAsync(cancellationToken);
        var publications = await query.Skip((filter.Page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (await WithFilesAsync(db, publications, cancellationToken), total);
    }

    public static async Task<IReadOnlyList<CatalogueEntry>> WithFilesAsync(ICmsDbContext db, IReadOnlyList<Publication> publications, CancellationToken cancellationToken)
    {
        var ids = publications.Where(p => p.MediaId is not null).Select(p => p.MediaId!.Value).Distinct().ToList();
        var files = ids.Count == 0 ? [] : await db.Set<MediaItem>().AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        return [.. publications.Select(p => new CatalogueEntry(p, p.MediaId is { } id ? files.GetValueOrDefault(id) : null))];
    }

    /// <summary>The years the catalogue's periods cover, latest first (for the year filter).</summary>
    public static async Task<IReadOnlyList<int>> YearsAsync(ICmsDbContext db, CancellationToken cancellationToken)
    {
        var periods = await db.Set<Publication>().AsNoTracking().Where(p => p.WithdrawnUtc == null).Select(p => new { p.PeriodFrom, p.PeriodTo }).ToListAsync(cancellationToken);
        return [.. periods.SelectMany(p => Enumerable.Range(p.PeriodFrom.Year, Math.Min(p.PeriodTo.Year - p.PeriodFrom.Year + 1, 20))).Distinct().OrderDescending()];
    }

    /// <summary>The financial statements of a year and of the years around it that have any, latest first.</summary>
    public static async Task<IReadOnlyList<StatementsStatus>> StatementsAsync(ICmsDbContext db, int months, CancellationToken cancellationToken)
    {
        var relevant = await db.Set<Publication>().AsNoTracking()
            .Where(p => p.WithdrawnUtc == null && (p.Category == PublicationCategory.FinancialStatements || p.Category == PublicationCategory.Budget)).ToListAsync(cancellationToken);
        return [.. relevant.Where(p => p.Category == PublicationCategory.FinancialStatements || p.ActOn is not null).Select(p => p.Year).Distinct().OrderDescending()
            .Select(year => PublicationRules.Statements(year, relevant, months))];
    }

    public static IReadOnlyList<object?> Row(CatalogueEntry entry, string root)
    {
        var p = entry.Publication;
        var href = entry.Href;
        return
        [
            p.Id, p.Category.ToString(), p.Table?.ToString(), p.TitleAr, p.TitleFr, p.SummaryAr, p.SummaryFr, p.PeriodFrom, p.PeriodTo, p.ActOn, p.PublishedOn,
            Publication.LanguageCode(p.Language), p.Format, href.StartsWith('/') ? root + href : href, entry.Size,
        ];
    }

    /// <summary>The format a reader sees for a file: its extension in capitals ("PDF", "XLSX").</summary>
    public static string FormatOf(string fileName)
    {
        var extension = Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant();
        return extension.Length is > 0 and <= 10 ? extension : "FILE";
    }
}

/// <summary>
/// Records, corrects and withdraws publications on <see cref="PublicationRules"/>. A budget approved (its act day given)
/// puts the financial statements' deadline on the staff dashboard — a month by default, the tenant's
/// <c>financial-statements</c> setting —; the seventh table published closes it.
/// </summary>
public sealed class PublicationDesk(ICmsDbContext db, TenantContext tenant, TimeProvider clock, IAuditLog audit)
{
    public DateOnly Today => LocalTime.Date(clock.GetUtcNow());

    public int StatementMonths => LegalDeadlines.Find(LegalDeadlines.FinancialStatements)!.AmountFor(tenant.Shell);

    /// <summary>Records a publication (its file already stored in the media library, unsaved); null when done.</summary>
    public async Task<PublicationRefusal?> PublishAsync(Publication publication, MediaItem? file, string by, CancellationToken cancellationToken)
    {
        if (PublicationRules.Check(publication, file is not null, Today) is { } refusal)
        {
            return refusal;
        }

        publication.Format = file is not null ? Catalogue.FormatOf(file.FileName) : "HTML";
        publication.MediaId = file?.Id;
        publication.CreatedUtc = clock.GetUtcNow();
        publication.CreatedBy = by;
        publication.Index();
        db.Set<Publication>().Add(publication);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("publication.published", Target(publication), new { category = publication.Category.ToString(), table = publication.Table?.ToString(), publication.PublishedOn });
        await FollowStatementsAsync(publication.Year, by, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Cms.Core.Workflows.OutboxSignal.Pulse();
        return null;
    }

    /// <summary>Saves corrected details (tracked entity, already changed by the caller).</summary>
    public async Task<PublicationRefusal?> CorrectAsync(Publication publication, string by, CancellationToken cancellationToken)
    {
        if (publication.WithdrawnUtc is not null)
        {
            return PublicationRefusal.AlreadyWithdrawn;
        }

        if (PublicationRules.Check(publication, publication.MediaId is not null, Today) is { } refusal)
        {
            return refusal;
        }

        publication.Index();
        publication.Revision++;
        audit.Record("publication.corrected", Target(publication), new { category = publication.Category.ToString(), by });
        await db.SaveChangesAsync(cancellationToken);
        await FollowStatementsAsync(publication.Year, by, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<PublicationRefusal?> WithdrawAsync(Publication publication, string? reason, string by, CancellationToken cancellationToken)
    {
        if (publication.WithdrawnUtc is not null)
        {
            return PublicationRefusal.AlreadyWithdrawn;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return PublicationRefusal.ReasonNeeded;
        }

        publication.WithdrawnUtc = clock.GetUtcNow();
        publication.WithdrawnReason = reason.Trim();
        publication.Revision++;
        audit.Record("publication.withdrawn", Target(publication), new { reason = publication.WithdrawnReason });
        await db.SaveChangesAsync(cancellationToken);
        await FollowStatementsAsync(publication.Year, by, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private Task FollowStatementsAsync(int year, string by, CancellationToken cancellationToken) =>
        FollowStatementsAsync(db, tenant.Shell, year, by, clock, cancellationToken);

    /// <summary>
    /// Opens, moves or closes the deadline of a year's financial statements as the catalogue now stands (with the
    /// publications saved so far); a deadline more than three months past is not opened any more.
    /// </summary>
    public static async Task FollowStatementsAsync(ICmsDbContext db, TenantShell shell, int year, string by, TimeProvider clock, CancellationToken cancellationToken)
    {
        var months = LegalDeadlines.Find(LegalDeadlines.FinancialStatements)!.AmountFor(shell);
        var relevant = await db.Set<Publication>().AsNoTracking()
            .Where(p => p.WithdrawnUtc == null && (p.Category == PublicationCategory.FinancialStatements || p.Category == PublicationCategory.Budget)).ToListAsync(cancellationToken);
        var status = PublicationRules.Statements(year, relevant, months);
        var key = Publication.StatementsDeadlineKey(year);
        if (status.Complete)
        {
            await StaffDeadlines.CompleteAsync(db, key, by, clock, cancellationToken);
        }
        else if (status.Due is { } due && due >= LocalTime.Date(clock.GetUtcNow()).AddMonths(-3))
        {
            await StaffDeadlines.ReopenAsync(db, shell, key, clock, cancellationToken);
            await StaffDeadlines.SetAsync(db, shell, new DeadlineRequest(
                key, LegalDeadlines.Custom, "القوائم المالية · États financiers — " + year.ToString(CultureInfo.InvariantCulture), clock.GetUtcNow(),
                Reference: year.ToString(CultureInfo.InvariantCulture), Url: "/admin/publications", DueDate: due), by, clock, cancellationToken);
        }
    }

    private static string Target(Publication publication) => "Publication:" + publication.Id.ToString(CultureInfo.InvariantCulture);
}
