using System.Globalization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Transparency;

/// <summary>
/// A complaint under decree 2-17-265: acknowledged at once with its number, kept in the electronic register,
/// answered within 60 days — or, when it is incomplete or unclear, completed first on request — or not processed on a
/// ground of the decree. The complainant's identity is never public; the annual report counts complaints by category.
/// </summary>
public sealed class Complaint : ITenantOwned
{
    public const int MaxNameLength = 200;
    public const int MaxSubjectLength = 300;
    public const int MaxTextLength = 10_000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    /// <summary>The acknowledgement number, per tenant and year: "2026-0012".</summary>
    public string Number { get; set; } = "";

    public ReceiptChannel Channel { get; set; }

    public DateTimeOffset ReceivedUtc { get; set; }

    public string? ComplainantUserId { get; set; }

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    /// <summary>One of <see cref="ComplaintCategories.All"/>.</summary>
    public string Category { get; set; } = ComplaintCategories.Other;

    public string Subject { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>Where the problem is (a street, a douar, a service), if it has a place.</summary>
    public string? Place { get; set; }

    public string Language { get; set; } = "ar";

    public string? RecordedBy { get; set; }

    public DateOnly? ComplementAskedOn { get; set; }

    /// <summary>What is missing or unclear, as asked of the complainant.</summary>
    public string? ComplementWhat { get; set; }

    public DateOnly? ComplementReceivedOn { get; set; }

    public string? ComplementText { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    /// <summary>The answer; for a complaint not processed, the explanation that goes with the ground.</summary>
    public string? AnswerText { get; set; }

    public ComplaintGround? NotProcessed { get; set; }

    /// <summary>Where to turn instead, when the matter is outside the body's competence.</summary>
    public string? CompetentBody { get; set; }

    public string? AnsweredBy { get; set; }

    public int Revision { get; set; }

    public DateOnly ReceivedOn => LocalTime.Date(ReceivedUtc);

    public ComplaintFacts Facts => new(ReceivedOn, Category, ComplementAskedOn, ComplementReceivedOn, AnsweredOn, NotProcessed);

    public static string DeadlineKey(long id) => "complaint:" + id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The categories complaints are filed and reported under (the annual report's lines).</summary>
public static class ComplaintCategories
{
    public const string Roads = "roads";
    public const string Water = "water";
    public const string Waste = "waste";
    public const string Lighting = "lighting";
    public const string Urbanism = "urbanism";
    public const string Services = "services";
    public const string Economy = "economy";
    public const string Environment = "environment";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Roads, Water, Waste, Lighting, Urbanism, Services, Economy, Environment, Other];
}
