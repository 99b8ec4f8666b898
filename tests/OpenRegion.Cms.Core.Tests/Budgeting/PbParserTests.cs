using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Tests.Budgeting;

public sealed class PbParserTests
{
    [Fact]
    public void A_published_file_is_read_with_its_meta_projects_and_ballots()
    {
        var election = PbParser.ParseFile(SharedPabulib.File("Poland_Warszawa_2023_Ursus.pb"));

        election.Budget.ShouldBe(2427140m);
        election.VoteType.ShouldBe(PbVoteType.Approval);
        election.Rule.ShouldBe("greedy");
        election.Meta["currency"].ShouldBe("PLN");
        election.Meta.Keys.First().ShouldBe("description");
        election.Projects.Count.ShouldBe(72);
        election.Projects[0].ShouldSatisfyAllConditions(
            p => p.Id.ShouldBe("1003"),
            p => p.Cost.ShouldBe(40000m),
            p => p.Votes.ShouldBe(1853),
            p => p.Name.ShouldBe("Drzewa na Skoroszach"),
            p => p.Selected.ShouldBe(1),
            p => p.Score.ShouldBeNull(),
            p => p.Attributes["category"].ShouldBe("urban greenery"),
            p => p.Attributes.Keys.ShouldBe(["category", "beneficiaries", "latitude", "longitude"]));
        election.Voters.Count.ShouldBe(4519);
        election.Voters[0].Id.ShouldBe("27");
        election.Voters[0].Vote.Count.ShouldBe(15);
        election.Voters[0].Attributes["voting_method"].ShouldBe("internet");
    }

    [Fact]
    public void Quoted_fields_may_hold_semicolons_quotes_and_line_breaks()
    {
        var election = SharedPabulib.Election(
            "budget;100\ndescription;\"Rural envelope; Azilal\"",
            "project_id;cost;name\n1;40;\"Well; phase 2\"\n2;50;\"The \"\"green\"\" school\nand its garden\"\n3;10;Plain",
            "voter_id;vote\nv1;1,2\nv2;3");

        election.Meta["description"].ShouldBe("Rural envelope; Azilal");
        election.Projects.Select(p => p.Name).ShouldBe(["Well; phase 2", "The \"green\" school\nand its garden", "Plain"]);
        election.Voters[1].Vote.ShouldBe(["3"]);
    }

    [Fact]
    public void Costs_and_budget_take_a_decimal_point_or_a_decimal_comma()
    {
        var election = SharedPabulib.Election(
            "budget;1000,50",
            "project_id;cost;score\n1;250,75;3,5\n2;300.25;2.0",
            "voter_id;vote\nv1;1");

        election.Budget.ShouldBe(1000.50m);
        election.Projects[0].Cost.ShouldBe(250.75m);
        election.Projects[0].Score.ShouldBe(3.5m);
        election.Projects[1].Cost.ShouldBe(300.25m);
    }

    [Fact]
    public void Crlf_line_ends_a_byte_order_mark_and_blank_lines_are_accepted()
    {
        var election = PbParser.Parse("\uFEFFMETA\r\nkey;value\r\nbudget;10\r\n\r\nPROJECTS\r\nproject_id;cost\r\n1;5\r\nVOTES\r\nvoter_id;vote\r\nv;1\r\n\r\n");

        election.Budget.ShouldBe(10m);
        election.Voters.Single().Vote.ShouldBe(["1"]);
    }

    [Fact]
    public void Approval_ballots_are_sets_of_projects()
    {
        var election = SharedPabulib.Election("budget;10\nvote_type;approval", "project_id;cost\na;1\nb;2", "voter_id;vote\nv1;a,b\nv2;\nv3;b");

        election.VoteType.ShouldBe(PbVoteType.Approval);
        election.Voters.Select(v => v.Vote.Count).ShouldBe([2, 0, 1]);
        election.Voters[0].Points.ShouldBeNull();
    }

    [Fact]
    public void Cumulative_ballots_carry_points()
    {
        var election = SharedPabulib.Election("budget;10\nvote_type;cumulative\nmax_sum_points;10", "project_id;cost\na;1\nb;2", "voter_id;vote;points\nv1;a,b;7,3\nv2;b;10");

        election.VoteType.ShouldBe(PbVoteType.Cumulative);
        election.Voters[0].Points.ShouldBe([7m, 3m]);
    }

    [Fact]
    public void Ordinal_ballots_keep_the_voters_ranking()
    {
        var election = SharedPabulib.Election("budget;10\nvote_type;ordinal\nmax_length;3", "project_id;cost\na;1\nb;2\nc;3", "voter_id;vote\nv1;c,a,b");

        election.VoteType.ShouldBe(PbVoteType.Ordinal);
        election.MaxLength.ShouldBe(3);
        election.Voters[0].Vote.ShouldBe(["c", "a", "b"]);
    }

    [Fact]
    public void Scoring_ballots_carry_a_score_per_project()
    {
        var election = SharedPabulib.Election("budget;10\nvote_type;scoring", "project_id;cost\na;1\nb;2", "voter_id;vote;points\nv1;a,b;-1,2.5");

        election.VoteType.ShouldBe(PbVoteType.Scoring);
        election.Voters[0].Points.ShouldBe([-1m, 2.5m]);
    }

    [Fact]
    public void Choose_one_ballots_name_one_project()
    {
        var election = SharedPabulib.Election("budget;10\nvote_type;choose-1", "project_id;cost\na;1\nb;2", "voter_id;vote\nv1;b");

        election.VoteType.ShouldBe(PbVoteType.ChooseOne);
        Should.Throw<PbFormatException>(() => SharedPabulib.Election("budget;10\nvote_type;choose-1", "project_id;cost\na;1\nb;2", "voter_id;vote\nv1;a,b"))
            .Message.ShouldBe("line 11: voter 'v1' chooses 2 projects on a choose-1 ballot");
    }

    // Lines: 1 META, 2 key;value, 3 budget, 4 PROJECTS, 5 header, 6 and 7 projects, 8 VOTES, 9 header, 10 and 11 ballots.
    [Theory]
    [InlineData("budget;100", "project_id;cost;name\n1;40;A\n2;50", "voter_id;vote\nv1;1\nv2;2", 7, "2 field(s) where the PROJECTS header has 3")]
    [InlineData("budget;100", "project_id;cost\n1;40\n2;4O", "voter_id;vote\nv1;1\nv2;2", 7, "cost '4O' is not a number")]
    [InlineData("budget;100", "project_id;cost\n1;40\n2;-5", "voter_id;vote\nv1;1\nv2;2", 7, "project '2' has a negative cost (-5)")]
    [InlineData("budget;100", "project_id;cost\n1;40\n1;50", "voter_id;vote\nv1;1\nv2;2", 7, "project '1' appears twice in PROJECTS")]
    [InlineData("budget;100", "project_id;cost\n1;40\n2;50", "voter_id;vote\nv1;1\nv2;2,9", 11, "voter 'v2' votes for project '9', which is not in PROJECTS")]
    [InlineData("budget;100", "project_id;cost\n1;40\n2;50", "voter_id;vote\nv1;1\nv1;2", 11, "voter 'v1' appears twice in VOTES")]
    [InlineData("budget;100", "project_id;cost\n1;40\n2;50", "voter_id;vote\nv1;1,1\nv2;2", 10, "voter 'v1' names project '1' twice")]
    [InlineData("budget;100", "project_id;cost;votes\n1;40;3\n2;50;many", "voter_id;vote\nv1;1\nv2;2", 7, "votes 'many' is not a whole number")]
    [InlineData("budget;lots", "project_id;cost\n1;40\n2;50", "voter_id;vote\nv1;1\nv2;2", 3, "budget 'lots' is not a number of at least 0")]
    [InlineData("budget;100", "project_id;cost\n1;40\n2;50", "voter_id;ballot\nv1;1\nv2;2", 9, "the VOTES header has no 'vote' column (found 'voter_id;ballot')")]
    [InlineData("budget;100", "project_id;cost\n1;40\nRESULTS", "voter_id;vote\nv1;1\nv2;2", 7, "unknown section 'RESULTS' (expected META, PROJECTS or VOTES)")]
    public void A_malformed_file_is_refused_with_the_line_and_the_problem(string meta, string projects, string votes, int line, string problem)
    {
        var error = Should.Throw<PbFormatException>(() => SharedPabulib.Election(meta, projects, votes));

        error.Line.ShouldBe(line);
        error.Problem.ShouldBe(problem);
        error.Message.ShouldBe($"line {line}: {problem}");
    }

    [Fact]
    public void Points_must_match_the_projects_of_a_cumulative_ballot()
    {
        var error = Should.Throw<PbFormatException>(() => SharedPabulib.Election(
            "budget;10\nvote_type;cumulative", "project_id;cost\na;1", "voter_id;vote;points\nv1;a;1\nv2;a;2,3"));

        error.Message.ShouldBe("line 11: voter 'v2' gives 2 point value(s) for 1 project(s)");
    }

    [Theory]
    [InlineData("budget;10\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\nv;1\n", 1, "expected a section name (META, PROJECTS or VOTES), found 'budget;10'")]
    [InlineData("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\n", 6, "the file ends without a VOTES section")]
    [InlineData("META\nkey;value\nrule;greedy\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\nv;1\n", 1, "META has no budget")]
    [InlineData("META\nkey;value\nbudget;10\nbudget;20\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\nv;1\n", 4, "META key 'budget' appears a second time (first at line 3)")]
    [InlineData("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;\"5\nVOTES\nvoter_id;vote\nv;1\n", 6, "a quoted field is not closed before the end of the file")]
    [InlineData("META\nkey;value\nbudget;10\nvote_type;borda\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\nv;1\n", 4, "vote_type 'borda' is not approval, cumulative, ordinal, scoring or choose-1")]
    public void A_file_without_its_structure_is_refused_with_the_line(string text, int line, string problem) =>
        Should.Throw<PbFormatException>(() => PbParser.Parse(text)).Message.ShouldBe($"line {line}: {problem}");
}
