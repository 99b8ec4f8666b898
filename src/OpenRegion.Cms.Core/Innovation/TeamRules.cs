namespace OpenRegion.Cms.Core.Innovation;

/// <summary>A member of a team as the form gives them: name, role in the team, and an e-mail if they have one.</summary>
public sealed record TeamMember(string Name, string Role, string? Email);

/// <summary>Why a team is refused; nothing is recorded.</summary>
public enum TeamProblem
{
    NoMember,
    TooManyMembers,
    NameNeeded,
    RoleNeeded,
    TooLong,
    DuplicateMember,
}

/// <summary>
/// A team that submits a solution: one to <see cref="MaxMembers"/> people, each named with a role; the same person
/// (the same name, whatever its case, accents or spacing — or the same e-mail) cannot be added twice.
/// </summary>
public static class TeamRules
{
    public const int MaxMembers = 10;
    public const int MaxNameLength = 120;
    public const int MaxRoleLength = 80;

    public static (TeamProblem Problem, int Member)? Check(IReadOnlyList<TeamMember> members)
    {
        if (members.Count == 0)
        {
            return (TeamProblem.NoMember, 0);
        }

        if (members.Count > MaxMembers)
        {
            return (TeamProblem.TooManyMembers, MaxMembers + 1);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var problem = string.IsNullOrWhiteSpace(member.Name) ? TeamProblem.NameNeeded
                : string.IsNullOrWhiteSpace(member.Role) ? TeamProblem.RoleNeeded
                : member.Name.Trim().Length > MaxNameLength || member.Role.Trim().Length > MaxRoleLength || member.Email?.Length > 256 ? TeamProblem.TooLong
                : !names.Add(Content.TextFold.Fold(member.Name)) || (!string.IsNullOrWhiteSpace(member.Email) && !emails.Add(member.Email.Trim())) ? TeamProblem.DuplicateMember
                : (TeamProblem?)null;
            if (problem is { } found)
            {
                return (found, i + 1);
            }
        }

        return null;
    }
}
