using OpenRegion.Cms.Core.Cluster;

namespace OpenRegion.Cms.Core.Tests.Cluster;

public sealed class ClusterChangeTests
{
    [Theory]
    [InlineData(ClusterChangeKind.Tenants, null, null)]
    [InlineData(ClusterChangeKind.Content, "beni-mellal", null)]
    [InlineData(ClusterChangeKind.Access, "azilal", "3f2a9c1e-1111-4c4c-9d9d-000000000001")]
    [InlineData(ClusterChangeKind.Everything, null, null)]
    public void A_change_reads_back_as_it_was_sent(ClusterChangeKind kind, string? tenant, string? user)
    {
        var change = new ClusterChange(kind, tenant, user);

        ClusterChange.Parse(change.Format()).ShouldBe(change);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1\tbeni-mellal")]
    [InlineData("x\tbeni-mellal\t")]
    [InlineData("99\tbeni-mellal\t")]
    [InlineData("1\ta\tb\tc")]
    public void A_message_that_is_not_a_change_is_ignored(string? text) => ClusterChange.Parse(text).ShouldBeNull();
}
