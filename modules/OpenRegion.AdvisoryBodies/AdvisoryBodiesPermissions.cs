namespace OpenRegion.AdvisoryBodies;

public static class AdvisoryBodiesPermissions
{
    /// <summary>The council's side: appoint members, refer subjects to a body, record the council's response.</summary>
    public const string Manage = "AdvisoryBodies.Manage";
}
