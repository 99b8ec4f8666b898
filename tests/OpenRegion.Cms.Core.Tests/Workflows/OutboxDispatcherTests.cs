using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Core.Tests.Workflows;

public sealed class OutboxDispatcherTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(7, 640)]
    [InlineData(9, 2560)]
    [InlineData(10, 3600)] // capped at one hour
    [InlineData(50, 3600)]
    public void Retries_BackOffExponentially_UpToAnHour(int failures, int seconds) =>
        OutboxDispatcher.Backoff(failures, TimeSpan.FromSeconds(10)).ShouldBe(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void EightAttempts_SpanAboutTwentyMinutesWithTheDefaultBase()
    {
        var total = Enumerable.Range(1, OutboxDispatcher.MaxAttempts - 1).Sum(n => OutboxDispatcher.Backoff(n, new OutboxDispatcherOptions().RetryBase).TotalSeconds);
        total.ShouldBe(1270); // 10 + 20 + … + 640 s: a provider's outage of twenty minutes loses nothing
    }

    [Fact]
    public void APayload_IsReadBackAsItWasRaised()
    {
        var domainEvent = new DomainEvent(1, "azilal", "petition.deposited", """{"petition":42,"title":"تهيئة حديقة الحي"}""", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1, null);

        var payload = domainEvent.Payload<Deposited>();

        payload.ShouldBe(new Deposited(42, "تهيئة حديقة الحي"));
    }

    private sealed record Deposited(int Petition, string Title);
}
