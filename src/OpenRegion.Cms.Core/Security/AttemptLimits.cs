using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace OpenRegion.Cms.Core.Security;

/// <summary>What a citizen (or a robot pretending to be many) does that is worth limiting.</summary>
public enum LimitedAction
{
    /// <summary>Signing in: guessing passwords. Failed attempts also lock the account (Identity's lockout).</summary>
    Login,

    /// <summary>Creating accounts: each sends an e-mail, so this also stops mail bombing.</summary>
    Register,

    /// <summary>Proving one's identity with a card number and birth date: guessing someone's birth date.</summary>
    Verify,

    /// <summary>Signing a petition, supporting an idea.</summary>
    Sign,

    /// <summary>Casting a ballot, answering a survey.</summary>
    Vote,

    /// <summary>Comments, ideas, proposals, reactions, reports, requests and complaints.</summary>
    Comment,
}

/// <summary>How many attempts of one action an account and an address may make in a window.</summary>
public sealed class AttemptLimit
{
    public int PerAccount { get; set; }

    /// <summary>
    /// Per network address (IPv4 address, IPv6 /64). Generous on purpose: a mobile operator's carrier-grade NAT puts
    /// a whole town behind a few addresses.
    /// </summary>
    public int PerAddress { get; set; }

    public int WindowMinutes { get; set; }

    public TimeSpan Window => TimeSpan.FromMinutes(Math.Max(1, WindowMinutes));
}

/// <summary>The "OpenRegion:Limits" configuration section. A limit of 0 or less means no limit.</summary>
public sealed class AttemptLimitOptions
{
    public const string Section = "OpenRegion:Limits";

    public bool Enabled { get; set; } = true;

    public AttemptLimit Login { get; set; } = new() { PerAccount = 10, PerAddress = 60, WindowMinutes = 15 };

    public AttemptLimit Register { get; set; } = new() { PerAccount = 3, PerAddress = 20, WindowMinutes = 60 };

    public AttemptLimit Verify { get; set; } = new() { PerAccount = 5, PerAddress = 30, WindowMinutes = 60 };

    public AttemptLimit Sign { get; set; } = new() { PerAccount = 30, PerAddress = 300, WindowMinutes = 60 };

    public AttemptLimit Vote { get; set; } = new() { PerAccount = 20, PerAddress = 300, WindowMinutes = 60 };

    public AttemptLimit Comment { get; set; } = new() { PerAccount = 30, PerAddress = 300, WindowMinutes = 10 };

    public AttemptLimit For(LimitedAction action) => action switch
    {
        LimitedAction.Login => Login,
        LimitedAction.Register => Register,
        LimitedAction.Verify => Verify,
        LimitedAction.Sign => Sign,
        LimitedAction.Vote => Vote,
        LimitedAction.Comment => Comment,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}

/// <summary>
/// Counts attempts in a sliding window, exactly: each key keeps the times of its attempts within the window. An
/// attempt is taken only when both the account and the address still have room; a refused attempt is not counted,
/// so someone who waits gets in again on time. Counts live in this node's memory (several nodes each count their
/// own), and keys idle for longer than the longest window are dropped.
/// </summary>
public sealed class AttemptCounter(TimeProvider clock)
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _attempts = new(StringComparer.Ordinal);

    private readonly object _sweepLock = new();

    private DateTimeOffset _nextSweep = clock.GetUtcNow() + SweepEvery;

    private TimeSpan _longestWindow = TimeSpan.FromHours(1);

    /// <summary>Keys currently held (for tests and metrics).</summary>
    public int Count => _attempts.Count;

    /// <summary>
    /// Takes one attempt of <paramref name="action"/> for the account and the address (either may be null: not
    /// counted on that side). Returns how long to wait when there is no room, or null when the attempt is taken.
    /// </summary>
    public TimeSpan? TryTake(LimitedAction action, AttemptLimit limit, string? account, string? address)
    {
        var now = clock.GetUtcNow();
        var window = limit.Window;
        if (window > _longestWindow)
        {
            _longestWindow = window;
        }

        Sweep(now);
        var sides = new List<(string Key, int Permits)>(2);
        if (account is { Length: > 0 } && limit.PerAccount > 0)
        {
            sides.Add(($"{action}|a|{account}", limit.PerAccount));
        }

        if (address is { Length: > 0 } && limit.PerAddress > 0)
        {
            sides.Add(($"{action}|n|{address}", limit.PerAddress));
        }

        while (true)
        {
            // Both queues are locked in a fixed order (account, then address), so two requests never wait on each other.
            var held = new List<Queue<DateTimeOffset>>(2);
            try
            {
                TimeSpan? wait = null;
                var orphaned = false;
                foreach (var (key, permits) in sides)
                {
                    var times = _attempts.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
                    Monitor.Enter(times);
                    held.Add(times);
                    if (!_attempts.TryGetValue(key, out var current) || !ReferenceEquals(current, times))
                    {
                        // The sweep dropped this queue between the lookup and the lock: look it up again.
                        orphaned = true;
                        break;
                    }

                    while (times.Count > 0 && times.Peek() <= now - window)
                    {
                        times.Dequeue();
                    }

                    if (times.Count >= permits)
                    {
                        // Room comes back when the oldest attempt that keeps the count at the limit leaves the window.
                        var side = times.ElementAt(times.Count - permits) + window - now;
                        wait = wait is { } other && other > side ? other : side;
                    }
                }

                if (orphaned)
                {
                    continue;
                }

                if (wait is { } refused)
                {
                    return refused < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : refused;
                }

                foreach (var times in held)
                {
                    times.Enqueue(now);
                }

                return null;
            }
            finally
            {
                foreach (var times in held)
                {
                    Monitor.Exit(times);
                }
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep || !Monitor.TryEnter(_sweepLock))
        {
            return;
        }

        try
        {
            _nextSweep = now + SweepEvery;
            foreach (var (key, times) in _attempts)
            {
                lock (times)
                {
                    if (times.Count == 0 || times.Last() <= now - _longestWindow)
                    {
                        times.Clear();
                        _attempts.TryRemove(new KeyValuePair<string, Queue<DateTimeOffset>>(key, times));
                    }
                }
            }
        }
        finally
        {
            Monitor.Exit(_sweepLock);
        }
    }

    /// <summary>
    /// The network a request comes from: an IPv4 address, or the /64 of an IPv6 address (one subscriber's line gets
    /// a whole /64, so counting single IPv6 addresses would count nothing).
    /// </summary>
    public static string? NetworkOf(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

/// <summary>
/// On a page handler (<c>OnPost…</c>): each call counts as an attempt of <paramref name="action"/>, for the signed-in
/// account (or, for sign-in and registration, the e-mail address typed) and for the address it comes from. Over the
/// limit, the handler does not run and the visitor gets a page that says when to try again, with what they typed.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LimitedAttribute(LimitedAction action) : Attribute
{
    public LimitedAction Action { get; } = action;
}
