using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>The funded projects in the order the rule chose them, and what they cost together.</summary>
/// <param name="VoterMoneyIncrease">Equal Shares with add-one: the currency units added to every voter's starting
/// money (budget / voters) for the outcome kept; 0 otherwise.</param>
public sealed record CountingResult(CountingRule Rule, IReadOnlyList<PbProject> Selected, decimal TotalCost, int VoterMoneyIncrease = 0);
