using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Cms.Core.Tests.Transparency;

/// <summary>A commitment's OGP status from its milestones: only evidenced progress counts.</summary>
public sealed class OgpProgressTests
{
    private static MilestoneProgress M(MilestoneState state, bool evidence = true) => new(state, evidence);

    [Fact]
    public void A_commitment_without_milestones_has_no_evidence() =>
        OgpProgress.Of([]).ShouldBe(OgpStatus.NoEvidence);

    [Fact]
    public void Progress_claimed_without_any_evidence_is_no_evidence() =>
        OgpProgress.Of([M(MilestoneState.Done, false), M(MilestoneState.InProgress, false), M(MilestoneState.NotStarted)]).ShouldBe(OgpStatus.NoEvidence);

    [Fact]
    public void Nothing_started_is_not_started() =>
        OgpProgress.Of([M(MilestoneState.NotStarted, false), M(MilestoneState.NotStarted, false)]).ShouldBe(OgpStatus.NotStarted);

    [Theory]
    [InlineData(1, 0, 3, OgpStatus.Limited)]     // one in progress with evidence
    [InlineData(0, 1, 3, OgpStatus.Limited)]     // one of four done: under half
    [InlineData(0, 2, 2, OgpStatus.Substantial)] // half done
    [InlineData(1, 3, 0, OgpStatus.Substantial)]
    [InlineData(0, 4, 0, OgpStatus.Complete)]
    public void Evidenced_milestones_set_the_status(int inProgress, int done, int notStarted, OgpStatus expected)
    {
        var milestones = Enumerable.Repeat(M(MilestoneState.InProgress), inProgress)
            .Concat(Enumerable.Repeat(M(MilestoneState.Done), done))
            .Concat(Enumerable.Repeat(M(MilestoneState.NotStarted, false), notStarted)).ToList();
        OgpProgress.Of(milestones).ShouldBe(expected);
    }

    [Fact]
    public void A_milestone_done_without_evidence_does_not_complete_the_commitment() =>
        OgpProgress.Of([M(MilestoneState.Done), M(MilestoneState.Done), M(MilestoneState.Done, false)]).ShouldBe(OgpStatus.Substantial);

    [Fact]
    public void The_dashboard_counts_every_status_zeros_included()
    {
        var tally = OgpProgress.Tally([OgpStatus.Complete, OgpStatus.Limited, OgpStatus.Complete]);
        tally[OgpStatus.Complete].ShouldBe(2);
        tally[OgpStatus.Limited].ShouldBe(1);
        tally[OgpStatus.NoEvidence].ShouldBe(0);
        tally.Count.ShouldBe(5);
    }

    [Theory]
    [InlineData("https://www.beni-mellal.ma/budget-citoyen-2024.pdf", true)]
    [InlineData("/news/budget-citoyen", true)]
    [InlineData("http://example.org/report", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("/\\evil", false)]
    public void Evidence_is_an_https_link_or_a_path_of_the_site(string url, bool accepted) =>
        OpenGovMilestone.IsEvidenceUrl(url).ShouldBe(accepted);
}
