using System.Text.Json;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Petitions.Domain;

/// <summary>One legal condition the bureau checks; <see cref="Label"/> is the msgid shown to staff.</summary>
public sealed record AdmissibilityCondition(string Key, string Label);

/// <summary>
/// The bureau's admissibility checklist, one line per legal condition of the organic laws for the petition's filer
/// and the council's level. A petition is accepted only when every line is checked; a rejection names the lines that
/// are not and gives its reasons.
/// </summary>
public static class Admissibility
{
    public static IReadOnlyList<AdmissibilityCondition> Conditions(PetitionFiler filer, TenantKind kind)
    {
        var list = new List<AdmissibilityCondition>
        {
            new("competence", "The subject is within the council's powers."),
            new("constants", "It does not touch the constants of article 1 of the Constitution."),
            new("form", "The form is complete: council addressed, date, subject, reasons and objectives."),
        };
        if (filer == PetitionFiler.Citizens)
        {
            list.Add(new("proxy", "A proxy is named to follow the procedure."));
            list.Add(new("signers", kind == TenantKind.Region
                ? "The signers live or work in the territory and share a direct interest in the subject."
                : "The signers live or work in the territory, share a direct interest and meet the conditions of the electoral lists."));
            list.Add(new("threshold", "The required number of valid signatures is reached."));
        }
        else
        {
            list.Add(new("association-age", "The association was founded in Morocco more than three years ago."));
            list.Add(new("association-standing", "It is in good standing and run democratically under its statutes."));
            list.Add(new("association-seat", "Its seat or a branch is in the territory, and its activity is linked to the subject."));
            if (kind == TenantKind.Province)
            {
                list.Add(new("association-members", "It has more than 100 members."));
            }

            list.Add(new("association-documents", "The final receipt of declaration, the statutes and the mandate of the person following the file are attached."));
        }

        return list;
    }

    public static IReadOnlyDictionary<string, bool> Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, bool>>(json) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, bool>();
        }
    }

    public static bool AllMet(IReadOnlyList<AdmissibilityCondition> conditions, IReadOnlyDictionary<string, bool> checks) =>
        conditions.All(c => checks.GetValueOrDefault(c.Key));
}
