namespace OpenRegion.Transparency;

public static class TransparencyPermissions
{
    /// <summary>Handle requests for information: see the requesters' details, extend, answer, answer complaints to the head of the body.</summary>
    public const string Information = "Transparency.Information";

    /// <summary>Handle complaints: see the complainants' details, ask for what is missing, answer, decline on a ground of the decree.</summary>
    public const string Complaints = "Transparency.Complaints";

    /// <summary>Record council sessions, their agendas and documents, the decisions and their votes; post the decisions.</summary>
    public const string Sessions = "Transparency.Sessions";

    /// <summary>Keep the open-government plans: commitments, milestones, their state and evidence.</summary>
    public const string OpenGovernment = "Transparency.OpenGovernment";

    /// <summary>Publish documents in the catalogue (law 31-13 art 10), correct or withdraw them; keep the citizen budget.</summary>
    public const string Publications = "Transparency.Publications";
}
