namespace OpenRegion.Cms.Core.Petitions;

/// <summary>
/// Where a petition stands in the procedure of the organic laws (111-14 arts 118-122, 112-14 arts 112-116, 113-14
/// arts 121-125). <see cref="PetitionStateMachine"/> says which moves are allowed.
/// </summary>
public enum PetitionState
{
    /// <summary>Being written by its filer; not public.</summary>
    Draft,

    /// <summary>Public, collecting signatures online and on paper.</summary>
    Collecting,

    /// <summary>Deposited with the council's president (receipt number and date given); the bureau checks admissibility.</summary>
    Deposited,

    /// <summary>Admissible: on the agenda of the next ordinary session.</summary>
    Accepted,

    /// <summary>Referred to the competent standing committee.</summary>
    InCommittee,

    /// <summary>The council deliberated; the outcome is recorded.</summary>
    Deliberated,

    /// <summary>Inadmissible: a reasoned notice goes to the proxy.</summary>
    Rejected,

    /// <summary>Withdrawn by its filer before deposit.</summary>
    Withdrawn,
}
