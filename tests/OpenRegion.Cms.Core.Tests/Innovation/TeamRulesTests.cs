using OpenRegion.Cms.Core.Innovation;

namespace OpenRegion.Cms.Core.Tests.Innovation;

/// <summary>A team: one to ten people, each with a role, nobody twice.</summary>
public sealed class TeamRulesTests
{
    [Fact]
    public void A_team_of_named_people_with_roles_is_accepted() =>
        TeamRules.Check([new("Salma Aït Ouarab", "cheffe de projet", "salma@example.ma"), new("يوسف المرابط", "مطور", null), new("Hicham Bouzid", "agronome", "")]).ShouldBeNull();

    [Fact]
    public void The_same_person_cannot_be_added_twice()
    {
        TeamRules.Check([new("Salma Aït Ouarab", "cheffe de projet", null), new("  salma   ait ouarab ", "designer", null)]).ShouldBe((TeamProblem.DuplicateMember, 2));
        TeamRules.Check([new("Salma", "cheffe", "Salma@Example.ma"), new("S. Aït Ouarab", "designer", "salma@example.ma ")]).ShouldBe((TeamProblem.DuplicateMember, 2));
        TeamRules.Check([new("يُوسُف المرابط", "مطور", null), new("يوسف المرابط", "مصمم", null)]).ShouldBe((TeamProblem.DuplicateMember, 2));
    }

    [Fact]
    public void Missing_names_roles_and_oversized_teams_are_refused()
    {
        TeamRules.Check([]).ShouldBe((TeamProblem.NoMember, 0));
        TeamRules.Check([new("Salma", "cheffe", null), new(" ", "designer", null)]).ShouldBe((TeamProblem.NameNeeded, 2));
        TeamRules.Check([new("Salma", "", null)]).ShouldBe((TeamProblem.RoleNeeded, 1));
        TeamRules.Check([new(new string('x', TeamRules.MaxNameLength + 1), "r", null)]).ShouldBe((TeamProblem.TooLong, 1));
        TeamRules.Check([.. Enumerable.Range(1, TeamRules.MaxMembers + 1).Select(i => new TeamMember($"Membre {i}", "r", null))]).ShouldBe((TeamProblem.TooManyMembers, TeamRules.MaxMembers + 1));
        TeamRules.Check([.. Enumerable.Range(1, TeamRules.MaxMembers).Select(i => new TeamMember($"Membre {i}", "r", null))]).ShouldBeNull();
    }
}
