namespace OpenRegion.Cms.Core.Budgeting.Pabulib;

/// <summary>The ballot kinds of the pabulib format (META <c>vote_type</c>).</summary>
public enum PbVoteType
{
    /// <summary><c>approval</c>: a set of projects.</summary>
    Approval,

    /// <summary><c>cumulative</c>: points spread over projects (the <c>points</c> column).</summary>
    Cumulative,

    /// <summary><c>ordinal</c>: projects ranked, the first the preferred one.</summary>
    Ordinal,

    /// <summary><c>scoring</c>: a score per project (the <c>points</c> column).</summary>
    Scoring,

    /// <summary><c>choose-1</c>: one project at most.</summary>
    ChooseOne,
}
