using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Domain;

/// <summary>One line of the public register of requests: no personal data, the subject only when the requester agreed.</summary>
public sealed record RegisterLine(long Id, string Number, DateTimeOffset ReceivedUtc, ReceiptChannel Channel, string? Subject, string Language, bool Urgent, InformationRequestFacts Facts, string Grounds);

/// <summary>One line of the public register of complaints: number, dates, category and outcome; never the complainant nor the text.</summary>
public sealed record ComplaintLine(long Id, string Number, DateTimeOffset ReceivedUtc, ReceiptChannel Channel, ComplaintFacts Facts);

/// <summary>The registers as the public pages and the open data read them, per year of receipt.</summary>
public static class Registers
{
    public static async Task<IReadOnlyList<RegisterLine>> RequestsAsync(ICmsDbContext db, int year, CancellationToken cancellationToken)
    {
        var (from, to) = Year(year);
        var rows = await db.Set<InformationRequest>().AsNoTracking()
            .Where(r => r.ReceivedUtc >= from && r.ReceivedUtc < to)
            .OrderByDescending(r => r.Id)
            .Select(r => new
            {
                r.Id, r.Number, r.ReceivedUtc, r.Channel, r.ShowInRegister, r.Subject, r.Language, r.Urgent, r.ExtendedOn, r.AnsweredOn, r.Outcome,
                r.ComplainedOn, r.ComplaintAnsweredOn, r.Grounds,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RegisterLine(r.Id, r.Number, r.ReceivedUtc, r.Channel, r.ShowInRegister ? r.Subject : null, r.Language, r.Urgent,
            new InformationRequestFacts(LocalTime.Date(r.ReceivedUtc), r.Urgent, r.ExtendedOn, r.AnsweredOn, r.Outcome, r.ComplainedOn, r.ComplaintAnsweredOn), r.Grounds))];
    }

    public static async Task<IReadOnlyList<ComplaintLine>> ComplaintsAsync(ICmsDbContext db, int year, CancellationToken cancellationToken)
    {
        var (from, to) = Year(year);
        var rows = await db.Set<Complaint>().AsNoTracking()
            .Where(c => c.ReceivedUtc >= from && c.ReceivedUtc < to)
            .OrderByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Number, c.ReceivedUtc, c.Channel, c.Category, c.ComplementAskedOn, c.ComplementReceivedOn, c.AnsweredOn, c.NotProcessed })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new ComplaintLine(c.Id, c.Number, c.ReceivedUtc, c.Channel,
            new ComplaintFacts(LocalTime.Date(c.ReceivedUtc), c.Category, c.ComplementAskedOn, c.ComplementReceivedOn, c.AnsweredOn, c.NotProcessed)))];
    }

    /// <summary>The years that have filings, newest first, with the current year always present.</summary>
    public static async Task<IReadOnlyList<int>> YearsAsync<T>(ICmsDbContext db, DateOnly today, CancellationToken cancellationToken)
        where T : class
    {
        var first = await db.Set<T>().AsNoTracking().OrderBy(e => EF.Property<DateTimeOffset>(e, "ReceivedUtc")).Select(e => (DateTimeOffset?)EF.Property<DateTimeOffset>(e, "ReceivedUtc")).FirstOrDefaultAsync(cancellationToken);
        var from = first is { } f ? Math.Min(LocalTime.Date(f).Year, today.Year) : today.Year;
        return [.. Enumerable.Range(from, today.Year - from + 1).Reverse()];
    }

    /// <summary>The instants a Moroccan calendar year starts and ends.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Year(int year) =>
        (LocalTime.At(new DateOnly(year, 1, 1), TimeOnly.MinValue), LocalTime.At(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue));
}
