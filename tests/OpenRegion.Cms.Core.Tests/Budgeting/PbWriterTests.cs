using OpenRegion.Cms.Core.Budgeting.Pabulib;

namespace OpenRegion.Cms.Core.Tests.Budgeting;

public sealed class PbWriterTests
{
    public static TheoryData<string> AllFiles() => [.. SharedPabulib.Files.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void A_published_election_survives_writing_and_reading_back(string file)
    {
        var original = PbParser.ParseFile(SharedPabulib.File(file));

        var text = PbWriter.Write(original);
        var again = PbParser.Parse(text);

        again.Meta.ShouldBe(original.Meta);
        again.Projects.Count.ShouldBe(original.Projects.Count);
        for (var p = 0; p < original.Projects.Count; p++)
        {
            var (a, b) = (again.Projects[p], original.Projects[p]);
            (a with { Attributes = b.Attributes }).ShouldBe(b);
            a.Attributes.ShouldBe(b.Attributes);
        }

        again.Voters.Count.ShouldBe(original.Voters.Count);
        for (var v = 0; v < original.Voters.Count; v++)
        {
            var (a, b) = (again.Voters[v], original.Voters[v]);
            a.Id.ShouldBe(b.Id);
            a.Vote.ShouldBe(b.Vote);
            (a.Points ?? []).ShouldBe(b.Points ?? []);
            a.Attributes.ShouldBe(b.Attributes);
        }

        PbWriter.Write(again).ShouldBe(text);
    }

    [Fact]
    public void An_election_built_in_code_is_written_with_quotes_only_where_needed()
    {
        var meta = new OrderedDictionary<string, string> { ["budget"] = "1500.5", ["vote_type"] = "cumulative", ["description"] = "Azilal; rural" };
        PbProject[] projects =
        [
            new("p1", 1000.50m) { Name = "Well \"Tizi\"", Votes = 2, Selected = 1 },
            new("p2", 500m) { Name = "School garden", Votes = 1, Selected = 0 },
        ];
        PbVoter[] voters =
        [
            new("r-1", ["p1", "p2"]) { Points = [3m, 2m] },
            new("r-2", ["p1"]) { Points = [5m] },
        ];

        var text = PbWriter.Write(new PbElection(meta, projects, voters));

        text.ShouldBe(""""
            META
            key;value
            budget;1500.5
            vote_type;cumulative
            description;"Azilal; rural"
            PROJECTS
            project_id;cost;votes;name;selected
            p1;1000.5;2;"Well ""Tizi""";1
            p2;500;1;School garden;0
            VOTES
            voter_id;vote;points
            r-1;p1,p2;3,2
            r-2;p1;5

            """".ReplaceLineEndings("\n"));
        PbParser.Parse(text).Projects[0].Name.ShouldBe("Well \"Tizi\"");
    }

    [Fact]
    public void An_election_built_in_code_is_checked_like_a_file() =>
        Should.Throw<PbFormatException>(() => new PbElection(
                new Dictionary<string, string> { ["budget"] = "10" },
                [new PbProject("p1", 5)],
                [new PbVoter("r-1", ["p9"])]))
            .Message.ShouldBe("voter 'r-1' votes for project 'p9', which is not in PROJECTS");
}
