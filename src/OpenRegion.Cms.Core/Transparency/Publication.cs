using System.Globalization;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Transparency;

/// <summary>
/// What law 31-13 (art 10) and the organic laws oblige a council to publish on its own initiative, in the order a reader
/// looks for it.
/// </summary>
public enum PublicationCategory
{
    Budget,
    FinancialStatements,
    ProcurementProgramme,
    ProcurementResults,
    Partnerships,
    Grants,
    Recruitment,
    Reports,
    Statistics,
    Planning,
    Organisation,
    Services,
    Licences,
    Elections,
}

/// <summary>The seven tables of a council's financial statements (decrees 2-17-288/289 and the commune decree, 2017).</summary>
public enum FinancialTable
{
    Resources = 1,
    Loans = 2,
    GrantsToAssociations = 3,
    OperatingExpenditure = 4,
    CapitalExpenditure = 5,
    SpecialAccounts = 6,
    AnnexedBudgets = 7,
}

/// <summary>The language(s) a document is written in.</summary>
public enum PublicationLanguage
{
    Arabic,
    French,
    ArabicAndFrench,
    Tamazight,
}

/// <summary>
/// A document the council publishes proactively: its category (and, for the financial statements, which of the seven
/// tables), the period it covers, the day of the act it reports (a budget's approval, a contract's signature) and the
/// day it was published, its language and format, and the file itself (media library) or its address on an official
/// site. A withdrawn document leaves the catalogue but its record stays.
/// </summary>
public sealed class Publication : ITenantOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxSummaryLength = 2_000;
    public const int MaxUrlLength = 500;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public PublicationCategory Category { get; set; }

    /// <summary>Which of the seven tables, for the financial statements only.</summary>
    public FinancialTable? Table { get; set; }

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    public string SummaryAr { get; set; } = "";

    public string SummaryFr { get; set; } = "";

    /// <summary>First day of the period the document covers (a budget's year, a plan's years).</summary>
    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    /// <summary>The day of the act: a budget approved or closed, a convention signed, a report adopted.</summary>
    public DateOnly? ActOn { get; set; }

    /// <summary>The day the document was made public (today when recorded, or an earlier day for past publications).</summary>
    public DateOnly PublishedOn { get; set; }

    public PublicationLanguage Language { get; set; }

    /// <summary>"PDF", "XLSX", "CSV"… from the file; "HTML" for a page on an official site.</summary>
    public string Format { get; set; } = "";

    /// <summary>The file in the media library (public), or null when the document is a link.</summary>
    public long? MediaId { get; set; }

    /// <summary>The document's address on an official site (https) when it is not a file of this site.</summary>
    public string? Url { get; set; }

    /// <summary>Titles and summaries folded for search (lower case, no accents or Arabic diacritics).</summary>
    public string SearchText { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? WithdrawnUtc { get; set; }

    public string? WithdrawnReason { get; set; }

    public int Revision { get; set; }

    public string Title(string culture) => culture == "fr" ? (TitleFr.Length > 0 ? TitleFr : TitleAr) : (TitleAr.Length > 0 ? TitleAr : TitleFr);

    public string Summary(string culture) => culture == "fr" ? (SummaryFr.Length > 0 ? SummaryFr : SummaryAr) : (SummaryAr.Length > 0 ? SummaryAr : SummaryFr);

    /// <summary>The financial year a statement belongs to: the period's last year.</summary>
    public int Year => PeriodTo.Year;

    public static string StatementsDeadlineKey(int year) => "financial-statements:" + year.ToString(CultureInfo.InvariantCulture);

    public static string LanguageCode(PublicationLanguage language) => language switch
    {
        PublicationLanguage.Arabic => "ar",
        PublicationLanguage.French => "fr",
        PublicationLanguage.ArabicAndFrench => "ar,fr",
        _ => "zgh",
    };

    public void Index() => SearchText = Content.TextFold.Fold(string.Join(' ', TitleAr, TitleFr, SummaryAr, SummaryFr));
}

/// <summary>Why a publication is refused; nothing is recorded.</summary>
public enum PublicationRefusal
{
    TitleNeeded,
    PeriodReversed,
    TableNeeded,
    TableOnlyForStatements,
    PublishedInFuture,
    ActAfterPublication,
    FileOrLinkNeeded,
    FileAndLink,
    LinkNotHttps,
    AlreadyWithdrawn,
    ReasonNeeded,
}

/// <summary>
/// The catalogue's rules: a financial statement names its table; the period runs forward; a document is not published
/// in the future nor before its act; it is a file or an https address, not both. The financial statements are due
/// within the tenant's <c>financial-statements</c> setting (one month by default) after the budget is approved or closed.
/// </summary>
public static class PublicationRules
{
    public static PublicationRefusal? Check(Publication publication, bool hasFile, DateOnly today) =>
        publication.TitleAr.Length == 0 && publication.TitleFr.Length == 0 ? PublicationRefusal.TitleNeeded
        : publication.PeriodTo < publication.PeriodFrom ? PublicationRefusal.PeriodReversed
        : publication.Category == PublicationCategory.FinancialStatements && publication.Table is null ? PublicationRefusal.TableNeeded
        : publication.Category != PublicationCategory.FinancialStatements && publication.Table is not null ? PublicationRefusal.TableOnlyForStatements
        : publication.Table is { } table && !Enum.IsDefined(table) ? PublicationRefusal.TableNeeded
        : publication.PublishedOn > today ? PublicationRefusal.PublishedInFuture
        : publication.ActOn > publication.PublishedOn ? PublicationRefusal.ActAfterPublication
        : !hasFile && string.IsNullOrEmpty(publication.Url) ? PublicationRefusal.FileOrLinkNeeded
        : hasFile && !string.IsNullOrEmpty(publication.Url) ? PublicationRefusal.FileAndLink
        : !string.IsNullOrEmpty(publication.Url) && !IsHttps(publication.Url) ? PublicationRefusal.LinkNotHttps
        : null;

    public static bool IsHttps(string url) =>
        url.Length <= Publication.MaxUrlLength && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && string.IsNullOrEmpty(uri.UserInfo);

    /// <summary>The last day to publish the financial statements of a budget approved or closed on <paramref name="actOn"/>.</summary>
    public static DateOnly StatementsDue(DateOnly actOn, int months) => actOn.AddMonths(months);

    public static bool PublishedLate(Publication publication, int months) =>
        publication.Category == PublicationCategory.FinancialStatements && publication.ActOn is { } act && publication.PublishedOn > StatementsDue(act, months);

    /// <summary>
    /// The seven tables of one financial year: which are published (the latest of each), the day they are due (a month
    /// after the year's budget was approved), and whether every one is there.
    /// </summary>
    public static StatementsStatus Statements(int year, IEnumerable<Publication> publications, int months)
    {
        var live = publications.Where(p => p.WithdrawnUtc is null && p.Year == year).ToList();
        var ofYear = live.Where(p => p.Category == PublicationCategory.FinancialStatements && p.Table is not null).ToList();
        var tables = Enum.GetValues<FinancialTable>().ToDictionary(t => t, t => ofYear.Where(p => p.Table == t).OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id).FirstOrDefault());
        // The budget's approval starts the month; without a budget of that year on the catalogue, the day the statements name.
        var acts = live.Where(p => p.Category == PublicationCategory.Budget && p.ActOn is not null).Select(p => p.ActOn!.Value).ToList();
        var act = (acts.Count > 0 ? acts : ofYear.Where(p => p.ActOn is not null).Select(p => p.ActOn!.Value)).DefaultIfEmpty().Min();
        DateOnly? due = act == default ? null : StatementsDue(act, months);
        return new StatementsStatus(year, tables, due, tables.Values.All(p => p is not null));
    }
}

public sealed record StatementsStatus(int Year, IReadOnlyDictionary<FinancialTable, Publication?> Tables, DateOnly? Due, bool Complete)
{
    public int Published => Tables.Values.Count(p => p is not null);

    public bool Late(Publication publication) => Due is { } due && publication.PublishedOn > due;

    public bool Overdue(DateOnly today) => !Complete && Due is { } due && today > due;
}
