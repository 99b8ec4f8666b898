namespace OpenRegion.Cms.Core.Budgeting.Pabulib;

/// <summary>A row of the VOTES section: the voter's ballot as project ids (in the voter's order, which is the
/// ranking for ordinal ballots) and, for cumulative and scoring ballots, the points given to each of them.</summary>
public sealed record PbVoter(string Id, IReadOnlyList<string> Vote)
{
    /// <summary>Points per project of <see cref="Vote"/>, same order; null when the file has no <c>points</c> column.</summary>
    public IReadOnlyList<decimal>? Points { get; init; }

    /// <summary>Other columns (age, sex, voting_method…) in file order.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = PbElection.NoAttributes;
}
