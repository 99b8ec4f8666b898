using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Transparency;

/// <summary>
/// An open-government plan of the tenant: the OGP Local action plan (the region joined in May 2022, plan 2022-2027), or
/// a commune's open programme (Beni Mellal's, 2023: 10 projects on 4 axes). Its commitments are followed milestone by
/// milestone, with the evidence the public can check.
/// </summary>
public sealed class OpenGovPlan : ITenantOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 10_000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    public string DescriptionAr { get; set; } = "";

    public string DescriptionFr { get; set; } = "";

    public DateOnly? StartOn { get; set; }

    public DateOnly? EndOn { get; set; }

    /// <summary>The budget the plan's own text states, shown beside the sum of its commitments' costs.</summary>
    public decimal? StatedBudget { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public string Title(string culture) => culture == "fr" ? (TitleFr.Length > 0 ? TitleFr : TitleAr) : (TitleAr.Length > 0 ? TitleAr : TitleFr);

    public string Description(string culture) => culture == "fr" ? (DescriptionFr.Length > 0 ? DescriptionFr : DescriptionAr) : (DescriptionAr.Length > 0 ? DescriptionAr : DescriptionFr);
}

/// <summary>A commitment (OGP: id such as MABMK0008, title, problem, actions, responsible institutions, dates) or a project of a commune's programme.</summary>
public sealed class OpenGovCommitment : ITenantOwned
{
    public const int MaxCodeLength = 30;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long PlanId { get; set; }

    /// <summary>The commitment's identifier, e.g. "MABMK0008"; unique in the tenant.</summary>
    public string Code { get; set; } = "";

    public string AxisAr { get; set; } = "";

    public string AxisFr { get; set; } = "";

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    public string ProblemAr { get; set; } = "";

    public string ProblemFr { get; set; } = "";

    public string ActionsAr { get; set; } = "";

    public string ActionsFr { get; set; } = "";

    /// <summary>The responsible institutions and partners, as written.</summary>
    public string Institutions { get; set; } = "";

    public DateOnly? StartOn { get; set; }

    public DateOnly? EndOn { get; set; }

    /// <summary>Estimated cost in dirhams, if the plan gives one.</summary>
    public decimal? Cost { get; set; }

    public string Title(string culture) => Pick(culture, TitleAr, TitleFr);

    public string Axis(string culture) => Pick(culture, AxisAr, AxisFr);

    public string Problem(string culture) => Pick(culture, ProblemAr, ProblemFr);

    public string Actions(string culture) => Pick(culture, ActionsAr, ActionsFr);

    private static string Pick(string culture, string ar, string fr) => culture == "fr" ? (fr.Length > 0 ? fr : ar) : (ar.Length > 0 ? ar : fr);
}

/// <summary>A milestone of a commitment, its state as the responsible service reports it, and the public evidence for it.</summary>
public sealed class OpenGovMilestone : ITenantOwned
{
    public const int MaxUrlLength = 500;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long CommitmentId { get; set; }

    public int Position { get; set; }

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    public DateOnly? DueOn { get; set; }

    public MilestoneState State { get; set; }

    /// <summary>A public link that shows the milestone's progress (https, or a path of this site).</summary>
    public string? EvidenceUrl { get; set; }

    public DateTimeOffset? UpdatedUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public MilestoneProgress Progress => new(State, !string.IsNullOrWhiteSpace(EvidenceUrl));

    public string Title(string culture) => culture == "fr" ? (TitleFr.Length > 0 ? TitleFr : TitleAr) : (TitleAr.Length > 0 ? TitleAr : TitleFr);

    /// <summary>An evidence link the public may follow: https, or a path of this site (never javascript:, data: or plain http).</summary>
    public static bool IsEvidenceUrl(string url) =>
        url.Length <= MaxUrlLength
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\'))
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0));
}
