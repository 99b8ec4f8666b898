namespace OpenRegion.Cms.Core.Budgeting.Pabulib;

/// <summary>A pabulib file (or an election built in code) that breaks the format; the message starts with the line
/// number when there is one, e.g. <c>line 27: cost '12,a' is not a number</c>.</summary>
public sealed class PbFormatException(int? line, string problem)
    : Exception(line is null ? problem : $"line {line}: {problem}")
{
    /// <summary>The 1-based line of the file where the problem is, or null for an election built in code.</summary>
    public int? Line { get; } = line;

    /// <summary>What is wrong, without the line number.</summary>
    public string Problem { get; } = problem;
}
