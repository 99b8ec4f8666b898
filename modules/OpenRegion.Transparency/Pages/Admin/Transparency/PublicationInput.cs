using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>The fields of a publication as staff fill them in, and their reading into a <see cref="Publication"/>.</summary>
public sealed class PublicationInput
{
    public PublicationCategory? Category { get; set; }

    public FinancialTable? Table { get; set; }

    public string? TitleAr { get; set; }

    public string? TitleFr { get; set; }

    public string? SummaryAr { get; set; }

    public string? SummaryFr { get; set; }

    public string? PeriodFrom { get; set; }

    public string? PeriodTo { get; set; }

    public string? ActOn { get; set; }

    public string? PublishedOn { get; set; }

    public PublicationLanguage? Language { get; set; }

    public string? Url { get; set; }

    public static PublicationInput Of(Publication p) => new()
    {
        Category = p.Category, Table = p.Table, TitleAr = p.TitleAr, TitleFr = p.TitleFr, SummaryAr = p.SummaryAr, SummaryFr = p.SummaryFr,
        PeriodFrom = Iso(p.PeriodFrom), PeriodTo = Iso(p.PeriodTo), ActOn = p.ActOn is { } act ? Iso(act) : null, PublishedOn = Iso(p.PublishedOn),
        Language = p.Language, Url = p.Url,
    };

    /// <summary>Writes the fields into <paramref name="publication"/>; every missing or unreadable field adds an error.</summary>
    public void ApplyTo(Publication publication, DateOnly today, IStringLocalizer T, List<string> errors)
    {
        if (Category is not { } category || !Enum.IsDefined(category))
        {
            errors.Add(T["Choose the category."]);
        }
        else
        {
            publication.Category = category;
        }

        publication.Table = Table is { } table && Enum.IsDefined(table) ? table : null;
        publication.TitleAr = TransparencyPageModel.Optional(TitleAr, Publication.MaxTitleLength, T["Title (Arabic)"], T, errors) ?? "";
        publication.TitleFr = TransparencyPageModel.Optional(TitleFr, Publication.MaxTitleLength, T["Title (French)"], T, errors) ?? "";
        publication.SummaryAr = TransparencyPageModel.Optional(SummaryAr, Publication.MaxSummaryLength, T["Summary (Arabic)"], T, errors) ?? "";
        publication.SummaryFr = TransparencyPageModel.Optional(SummaryFr, Publication.MaxSummaryLength, T["Summary (French)"], T, errors) ?? "";
        var from = TransparencyPageModel.Date(PeriodFrom, T["Period from"], T, errors, required: true);
        var to = TransparencyPageModel.Date(PeriodTo, T["Period to"], T, errors, required: true);
        (publication.PeriodFrom, publication.PeriodTo) = (from ?? default, to ?? default);
        publication.ActOn = TransparencyPageModel.Date(ActOn, T["Date of the act"], T, errors);
        publication.PublishedOn = string.IsNullOrWhiteSpace(PublishedOn) ? today : TransparencyPageModel.Date(PublishedOn, T["Published on"], T, errors) ?? today;
        if (Language is not { } language || !Enum.IsDefined(language))
        {
            errors.Add(T["Choose the document's language."]);
        }
        else
        {
            publication.Language = language;
        }

        publication.Url = TransparencyPageModel.Optional(Url, Publication.MaxUrlLength, T["Address on an official site"], T, errors);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
