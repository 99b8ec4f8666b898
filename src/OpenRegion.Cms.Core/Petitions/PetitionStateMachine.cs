namespace OpenRegion.Cms.Core.Petitions;

/// <summary>The moves the procedure allows, and who makes them; every other move is refused.</summary>
public static class PetitionStateMachine
{
    private static readonly IReadOnlyDictionary<PetitionState, PetitionState[]> Moves = new Dictionary<PetitionState, PetitionState[]>
    {
        [PetitionState.Draft] = [PetitionState.Collecting, PetitionState.Withdrawn],
        [PetitionState.Collecting] = [PetitionState.Deposited, PetitionState.Withdrawn],
        [PetitionState.Deposited] = [PetitionState.Accepted, PetitionState.Rejected],
        [PetitionState.Accepted] = [PetitionState.InCommittee],
        [PetitionState.InCommittee] = [PetitionState.Deliberated],
        [PetitionState.Deliberated] = [],
        [PetitionState.Rejected] = [],
        [PetitionState.Withdrawn] = [],
    };

    public static bool CanMove(PetitionState from, PetitionState to) => Moves.TryGetValue(from, out var next) && next.Contains(to);

    public static IReadOnlyList<PetitionState> Next(PetitionState from) => Moves.TryGetValue(from, out var next) ? next : [];

    /// <summary>Moves made by the filer (the proxy or the association's representative); the others are the bureau's.</summary>
    public static bool IsFilersMove(PetitionState to) => to is PetitionState.Collecting or PetitionState.Deposited or PetitionState.Withdrawn;

    /// <summary>Whether the public register shows the petition (drafts are the filer's own).</summary>
    public static bool IsPublic(PetitionState state) => state != PetitionState.Draft;

    /// <summary>Whether signatures can still be added.</summary>
    public static bool IsCollecting(PetitionState state) => state == PetitionState.Collecting;
}
