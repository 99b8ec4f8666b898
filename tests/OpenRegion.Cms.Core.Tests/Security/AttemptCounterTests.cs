using System.Net;
using Microsoft.Extensions.Time.Testing;
using OpenRegion.Cms.Core.Security;
using Shouldly;

namespace OpenRegion.Cms.Core.Tests.Security;

public sealed class AttemptCounterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    private static readonly AttemptLimit ThreeAnHour = new() { PerAccount = 3, PerAddress = 5, WindowMinutes = 60 };

    [Fact]
    public void AnAccountGetsItsPermits_ThenWaitsUntilTheOldestAttemptLeavesTheWindow()
    {
        var counter = new AttemptCounter(_clock);
        counter.TryTake(LimitedAction.Vote, ThreeAnHour, "u:1", "10.0.0.1").ShouldBeNull();
        _clock.Advance(TimeSpan.FromMinutes(10));
        counter.TryTake(LimitedAction.Vote, ThreeAnHour, "u:1", "10.0.0.1").ShouldBeNull();
        counter.TryTake(LimitedAction.Vote, ThreeAnHour, "u:1", "10.0.0.1").ShouldBeNull();

        counter.TryTake(LimitedAction.Vote, ThreeAnHour, "u:1", "10.0.0.1").ShouldBe(TimeSpan.FromMinutes(50));
        _clock.Advance(TimeSpan.FromMinutes(49));
        counter.TryTake(LimitedAction.Vote, ThreeAnHour, "u:1", "10.0.0.1").ShouldBe(TimeSpan.FromMinutes(1));

        // Refused attempts were not counted: once the first attempt is an hour old, one more is allowed, not zero.
        _clock.Advance(TimeSpan.FromMinutes(1));
        counter.TryTake(LimitedAction.Vote, ThreeAnHour, "u:1", "10.0.0.1").ShouldBeNull();
        counter.TryTake(LimitedAction.Vote, ThreeAnHour, "u:1", "10.0.0.1").ShouldNotBeNull();
    }

    [Fact]
    public void TheAddressIsCountedAcrossAccounts_AndEachActionApart()
    {
        var counter = new AttemptCounter(_clock);
        for (var i = 0; i < 5; i++)
        {
            counter.TryTake(LimitedAction.Sign, ThreeAnHour, $"u:{i}", "10.0.0.1").ShouldBeNull();
        }

        counter.TryTake(LimitedAction.Sign, ThreeAnHour, "u:new", "10.0.0.1").ShouldNotBeNull();
        counter.TryTake(LimitedAction.Sign, ThreeAnHour, "u:new", "10.0.0.2").ShouldBeNull();
        counter.TryTake(LimitedAction.Vote, ThreeAnHour, "u:0", "10.0.0.1").ShouldBeNull();
    }

    [Fact]
    public void ARefusalOnOneSideTakesNothingFromTheOther()
    {
        var counter = new AttemptCounter(_clock);
        for (var i = 0; i < 3; i++)
        {
            counter.TryTake(LimitedAction.Comment, ThreeAnHour, "u:1", $"10.0.0.{i}").ShouldBeNull();
        }

        // The account is full: its fourth attempt from a fresh address is refused and the address keeps all its room.
        counter.TryTake(LimitedAction.Comment, ThreeAnHour, "u:1", "10.0.9.9").ShouldNotBeNull();
        for (var i = 0; i < 5; i++)
        {
            counter.TryTake(LimitedAction.Comment, ThreeAnHour, $"u:other{i}", "10.0.9.9").ShouldBeNull();
        }
    }

    [Fact]
    public void ZeroMeansNoLimit_AndUnknownSidesAreNotCounted()
    {
        var counter = new AttemptCounter(_clock);
        var none = new AttemptLimit { PerAccount = 0, PerAddress = 0, WindowMinutes = 60 };
        for (var i = 0; i < 100; i++)
        {
            counter.TryTake(LimitedAction.Login, none, "e:A@B.MA", "10.0.0.1").ShouldBeNull();
            counter.TryTake(LimitedAction.Login, ThreeAnHour, null, null).ShouldBeNull();
        }
    }

    [Fact]
    public void IdleKeysAreForgotten()
    {
        var counter = new AttemptCounter(_clock);
        for (var i = 0; i < 1000; i++)
        {
            counter.TryTake(LimitedAction.Vote, ThreeAnHour, $"u:{i}", $"10.0.{i / 250}.{i % 250}");
        }

        counter.Count.ShouldBe(2000);
        _clock.Advance(TimeSpan.FromHours(2));
        counter.TryTake(LimitedAction.Vote, ThreeAnHour, "u:late", null).ShouldBeNull();
        counter.Count.ShouldBe(1);
    }

    [Fact]
    public void ConcurrentAttemptsNeverExceedTheLimit()
    {
        var counter = new AttemptCounter(_clock);
        var limit = new AttemptLimit { PerAccount = 50, PerAddress = 1000, WindowMinutes = 60 };
        var taken = 0;
        Parallel.For(0, 400, _ =>
        {
            if (counter.TryTake(LimitedAction.Vote, limit, "u:1", "10.0.0.1") is null)
            {
                Interlocked.Increment(ref taken);
            }
        });

        taken.ShouldBe(50);
    }

    [Theory]
    [InlineData("192.0.2.7", "192.0.2.7")]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void AddressesAreCountedByNetwork(string address, string network) =>
        AttemptCounter.NetworkOf(IPAddress.Parse(address)).ShouldBe(network);
}
