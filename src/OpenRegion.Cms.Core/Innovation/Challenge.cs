using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Innovation;

/// <summary>A challenge of the innovation lab, or a contest of a commune (cleanest neighbourhood, most beautiful school surroundings) run the same way.</summary>
public enum ChallengeKind
{
    Challenge,
    Contest,
}

/// <summary>
/// A challenge of the public innovation lab: its thematic (the pilot had two, agro-food industry and sustainable
/// eco-tourism), the public problem and its context, who may take part, what the lab offers (prizes, support,
/// prototyping), its calendar (<see cref="ChallengeCalendar"/>), the jury's criteria with their weights
/// (<see cref="ChallengeCriterion"/>) and how many solutions it will select. Public once published.
/// </summary>
public sealed class Challenge : ITenantOwned
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 10_000;
    public const int MaxCriteria = 8;
    public const int MaxSeats = 50;
    public const int MaxNotesLength = 20_000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public ChallengeKind Kind { get; set; }

    public string ThematicAr { get; set; } = "";

    public string ThematicFr { get; set; } = "";

    public string TitleAr { get; set; } = "";

    public string TitleFr { get; set; } = "";

    public string ProblemAr { get; set; } = "";

    public string ProblemFr { get; set; } = "";

    /// <summary>Context data: figures, places, what has been tried.</summary>
    public string ContextAr { get; set; } = "";

    public string ContextFr { get; set; } = "";

    /// <summary>Who may take part: citizens, students, start-ups, associations; residence; team size.</summary>
    public string EligibilityAr { get; set; } = "";

    public string EligibilityFr { get; set; } = "";

    /// <summary>The prizes or support offered (prototyping budget, mentoring, a pilot with the council's services).</summary>
    public string SupportAr { get; set; } = "";

    public string SupportFr { get; set; } = "";

    public DateOnly IdentificationFrom { get; set; }

    public DateOnly CallOpens { get; set; }

    public DateOnly CallCloses { get; set; }

    public DateOnly SelectionEnds { get; set; }

    public DateOnly PrototypingEnds { get; set; }

    public DateOnly EvaluationEnds { get; set; }

    /// <summary>How many solutions the jury will select.</summary>
    public int Seats { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? PublishedUtc { get; set; }

    public int Revision { get; set; }

    /// <summary>The jury's deliberation: how it weighed the ranking, broke ties, departed from it (seen by staff and jurors).</summary>
    public string DeliberationNotes { get; set; } = "";

    /// <summary>
    /// The equality body's file on the challenge's conditions and criteria (an opinion of the advisory bodies' module): a
    /// contest sets them with the parity, equal-opportunity and gender-approach body and is published once it has given its opinion.
    /// </summary>
    public long? CriteriaOpinionId { get; set; }

    /// <summary>When the selection was published with its reasons; from then on the jury's work is closed.</summary>
    public DateTimeOffset? SelectionPublishedUtc { get; set; }

    public ChallengeCalendar Calendar => new(IdentificationFrom, CallOpens, CallCloses, SelectionEnds, PrototypingEnds, EvaluationEnds);

    public string Title(string culture) => Pick(culture, TitleAr, TitleFr);

    public string Thematic(string culture) => Pick(culture, ThematicAr, ThematicFr);

    public string Problem(string culture) => Pick(culture, ProblemAr, ProblemFr);

    public string Context(string culture) => Pick(culture, ContextAr, ContextFr);

    public string Eligibility(string culture) => Pick(culture, EligibilityAr, EligibilityFr);

    public string Support(string culture) => Pick(culture, SupportAr, SupportFr);

    internal static string Pick(string culture, string ar, string fr) => Budgeting.Model.Bilingual.Pick(culture, ar, fr);
}

/// <summary>A criterion the jury scores every solution on (0–10), with its weight in the total.</summary>
public sealed class ChallengeCriterion : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ChallengeId { get; set; }

    public int Position { get; set; }

    public string NameAr { get; set; } = "";

    public string NameFr { get; set; } = "";

    public int Weight { get; set; }

    public string Name(string culture) => Challenge.Pick(culture, NameAr, NameFr);
}
