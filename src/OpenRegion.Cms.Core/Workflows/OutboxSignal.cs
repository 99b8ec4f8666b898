namespace OpenRegion.Cms.Core.Workflows;

/// <summary>
/// Wakes the dispatcher as soon as an event is committed, so delivery does not wait for the next poll. Only a hint:
/// a pulse for a transaction that then rolls back finds nothing, and the poll still finds what a pulse missed.
/// </summary>
public static class OutboxSignal
{
    private static readonly AsyncPulse Instance = new();

    public static void Pulse() => Instance.Pulse();

    /// <summary>Completes at the next pulse or after <paramref name="timeout"/>, whichever comes first.</summary>
    public static Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken) => Instance.WaitAsync(timeout, clock, cancellationToken);
}

/// <summary>Wakes one or more waiting loops early; a loop waits until the next pulse or its poll interval.</summary>
public sealed class AsyncPulse
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next pulse or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        var pulse = Volatile.Read(ref _next).Task;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, clock, cancel.Token);
        await Task.WhenAny(pulse, delay).ConfigureAwait(false);
        await cancel.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
