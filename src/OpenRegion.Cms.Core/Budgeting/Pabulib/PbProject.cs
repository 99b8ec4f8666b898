namespace OpenRegion.Cms.Core.Budgeting.Pabulib;

/// <summary>A row of the PROJECTS section. <see cref="Votes"/>, <see cref="Score"/> and <see cref="Selected"/> are
/// null when the file has no such column (or leaves the cell empty); other columns are kept in
/// <see cref="Attributes"/> in file order.</summary>
public sealed record PbProject(string Id, decimal Cost)
{
    public string? Name { get; init; }

    public long? Votes { get; init; }

    public decimal? Score { get; init; }

    /// <summary>1 funded by the rule, 0 not funded; 2 and 3 funded outside the budget (ignored by counting).</summary>
    public int? Selected { get; init; }

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = PbElection.NoAttributes;
}
