namespace OpenRegion.Cms.Core.Budgeting.Counting;

/// <summary>An election that a rule cannot count as asked (a rule name we do not apply, Equal Shares on ballots that
/// are not approvals…).</summary>
public sealed class CountingException(string message) : Exception(message);
