namespace OpenRegion.Cms.Core.Transparency;

/// <summary>The Open Government Partnership's scale of completion for a commitment.</summary>
public enum OgpStatus
{
    NoEvidence,
    NotStarted,
    Limited,
    Substantial,
    Complete,
}

/// <summary>What the responsible service says of a milestone.</summary>
public enum MilestoneState
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>A milestone as the aggregation sees it: its state and whether a public evidence link backs it.</summary>
public readonly record struct MilestoneProgress(MilestoneState State, bool HasEvidence);

/// <summary>
/// A commitment's status on the OGP scale, from its milestones: only progress backed by evidence counts, as the
/// OGP's independent reviewers count it. No milestone, or progress claimed with no evidence at all: no evidence
/// available. Every milestone done with evidence: complete. At least half done with evidence: substantial. Some
/// evidenced progress: limited. Otherwise not started.
/// </summary>
public static class OgpProgress
{
    public static OgpStatus Of(IReadOnlyCollection<MilestoneProgress> milestones)
    {
        if (milestones.Count == 0)
        {
            return OgpStatus.NoEvidence;
        }

        var claimed = milestones.Count(m => m.State != MilestoneState.NotStarted);
        var evidenced = milestones.Count(m => m.State != MilestoneState.NotStarted && m.HasEvidence);
        var done = milestones.Count(m => m.State == MilestoneState.Done && m.HasEvidence);
        return claimed > 0 && evidenced == 0 ? OgpStatus.NoEvidence
            : done == milestones.Count ? OgpStatus.Complete
            : done * 2 >= milestones.Count ? OgpStatus.Substantial
            : evidenced > 0 ? OgpStatus.Limited
            : OgpStatus.NotStarted;
    }

    /// <summary>A plan's dashboard: how many commitments stand at each status (every status present, zeros included).</summary>
    public static IReadOnlyDictionary<OgpStatus, int> Tally(IEnumerable<OgpStatus> commitments)
    {
        var tally = Enum.GetValues<OgpStatus>().ToDictionary(s => s, _ => 0);
        foreach (var status in commitments)
        {
            tally[status]++;
        }

        return tally;
    }
}
