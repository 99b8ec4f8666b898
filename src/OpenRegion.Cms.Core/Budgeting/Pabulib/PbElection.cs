using System.Collections.ObjectModel;

namespace OpenRegion.Cms.Core.Budgeting.Pabulib;

/// <summary>
/// A participatory-budgeting election in the pabulib model: META key/values (in file order), the projects in PROJECTS
/// row order and the voters with their ballots. Built by <see cref="PbParser"/> or in code (to publish our own
/// ballots with <see cref="PbWriter"/>); either way it is checked here, once: a budget, known vote type, unique ids,
/// no negative cost, ballots that name known projects once each, points where the ballot type needs them.
/// </summary>
public sealed class PbElection
{
    internal static readonly IReadOnlyDictionary<string, string> NoAttributes = ReadOnlyDictionary<string, string>.Empty;

    private readonly Dictionary<string, int> _projectIndex;
    private readonly int[][] _ballots;

    public PbElection(IReadOnlyDictionary<string, string> meta, IReadOnlyList<PbProject> projects, IReadOnlyList<PbVoter> voters)
        : this(meta, projects, voters, lines: null)
    {
    }

    internal PbElection(IReadOnlyDictionary<string, string> meta, IReadOnlyList<PbProject> projects, IReadOnlyList<PbVoter> voters, SourceLines? lines)
    {
        Meta = meta;
        Projects = projects;
        Voters = voters;
        int? MetaLine(string key) => lines?.Meta.GetValueOrDefault(key);

        Budget = meta.TryGetValue("budget", out var budget)
            ? PbNumbers.TryParseDecimal(budget, out var b) && b >= 0 ? b : throw new PbFormatException(MetaLine("budget"), $"budget '{budget}' is not a number of at least 0")
            : throw new PbFormatException(lines?.MetaSection, "META has no budget");
        VoteType = meta.TryGetValue("vote_type", out var voteType)
            ? ParseVoteType(voteType) ?? throw new PbFormatException(MetaLine("vote_type"), $"vote_type '{voteType}' is not approval, cumulative, ordinal, scoring or choose-1")
            : PbVoteType.Approval;
        if (meta.TryGetValue("min_project_score_threshold", out var threshold))
        {
            MinProjectScoreThreshold = PbNumbers.TryParseDecimal(threshold, out var t) ? t : throw new PbFormatException(MetaLine("min_project_score_threshold"), $"min_project_score_threshold '{threshold}' is not a number");
        }

        if (meta.TryGetValue("max_length", out var maxLength) && maxLength.Trim().Length > 0)
        {
            MaxLength = PbNumbers.TryParseWhole(maxLength, out var m) && m is >= 0 and <= int.MaxValue ? (int)m : throw new PbFormatException(MetaLine("max_length"), $"max_length '{maxLength}' is not a whole number");
        }

        _projectIndex = new Dictionary<string, int>(projects.Count, StringComparer.Ordinal);
        for (var p = 0; p < projects.Count; p++)
        {
            var project = projects[p];
            var line = lines?.Projects[p];
            if (string.IsNullOrWhiteSpace(project.Id))
            {
                throw new PbFormatException(line, "a project has no project_id");
            }

            if (!_projectIndex.TryAdd(project.Id, p))
            {
                throw new PbFormatException(line, $"project '{project.Id}' appears twice in PROJECTS");
            }

            if (project.Cost < 0)
            {
                throw new PbFormatException(line, $"project '{project.Id}' has a negative cost ({PbNumbers.Format(project.Cost)})");
            }
        }

        _ballots = new int[voters.Count][];
        var voterIds = new HashSet<string>(voters.Count, StringComparer.Ordinal);
        var needsPoints = VoteType is PbVoteType.Cumulative or PbVoteType.Scoring;
        var seenBy = new int[projects.Count]; // voter number + 1 that last named each project: duplicates in O(1)
        for (var v = 0; v < voters.Count; v++)
        {
            var voter = voters[v];
            var line = lines?.Voters[v];
            if (!voterIds.Add(voter.Id))
            {
                throw new PbFormatException(line, $"voter '{voter.Id}' appears twice in VOTES");
            }

            var ballot = new int[voter.Vote.Count];
            for (var i = 0; i < ballot.Length; i++)
            {
                var id = voter.Vote[i];
                ballot[i] = _projectIndex.TryGetValue(id, out var p) ? p : throw new PbFormatException(line, $"voter '{voter.Id}' votes for project '{id}', which is not in PROJECTS");
                if (seenBy[ballot[i]] == v + 1)
                {
                    throw new PbFormatException(line, $"voter '{voter.Id}' names project '{id}' twice");
                }

                seenBy[ballot[i]] = v + 1;
            }

            if (voter.Points is { } points && points.Count != ballot.Length)
            {
                throw new PbFormatException(line, $"voter '{voter.Id}' gives {points.Count} point value(s) for {ballot.Length} project(s)");
            }

            if (needsPoints && voter.Points is null)
            {
                throw new PbFormatException(line, $"voter '{voter.Id}' has no points, which {meta["vote_type"]} ballots need");
            }

            if (VoteType == PbVoteType.ChooseOne && ballot.Length > 1)
            {
                throw new PbFormatException(line, $"voter '{voter.Id}' chooses {ballot.Length} projects on a choose-1 ballot");
            }

            _ballots[v] = ballot;
        }
    }

    /// <summary>META key/values in file order (values as written).</summary>
    public IReadOnlyDictionary<string, string> Meta { get; }

    /// <summary>Projects in PROJECTS row order, which breaks ties in counting.</summary>
    public IReadOnlyList<PbProject> Projects { get; }

    public IReadOnlyList<PbVoter> Voters { get; }

    /// <summary>META <c>budget</c>.</summary>
    public decimal Budget { get; }

    /// <summary>META <c>vote_type</c>; approval when absent.</summary>
    public PbVoteType VoteType { get; }

    /// <summary>META <c>rule</c> as written (<c>greedy</c>, <c>equalshares/add1</c>…), or null.</summary>
    public string? Rule => Meta.GetValueOrDefault("rule");

    /// <summary>META <c>min_project_score_threshold</c>: under greedy rules a project scoring less is not funded.</summary>
    public decimal? MinProjectScoreThreshold { get; }

    /// <summary>META <c>max_length</c>: the longest ballot allowed (the points of a first rank on ordinal ballots).</summary>
    public int? MaxLength { get; }

    /// <summary>The position of a project in <see cref="Projects"/>, or -1.</summary>
    public int IndexOf(string projectId) => _projectIndex.GetValueOrDefault(projectId, -1);

    /// <summary>A voter's ballot as positions in <see cref="Projects"/>, in the voter's order.</summary>
    internal int[] Ballot(int voter) => _ballots[voter];

    private static PbVoteType? ParseVoteType(string text) => text.Trim().ToLowerInvariant() switch
    {
        "approval" => PbVoteType.Approval,
        "cumulative" => PbVoteType.Cumulative,
        "ordinal" => PbVoteType.Ordinal,
        "scoring" => PbVoteType.Scoring,
        "choose-1" or "choose_1" => PbVoteType.ChooseOne,
        _ => null,
    };

    /// <summary>Where each part came from in a parsed file, so that errors found here name the line.</summary>
    internal sealed record SourceLines(int MetaSection, IReadOnlyDictionary<string, int> Meta, int[] Projects, int[] Voters);
}
