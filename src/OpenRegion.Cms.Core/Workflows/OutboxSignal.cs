namespace OpenRegion.Cms.Core.Workflows;

/// <summary>
/// Wakes the dispatcher as soon as an event is committed, so delivery does not wait for the next poll. Only a hint:
/// a pulse for a transaction that then rolls back finds nothing, and the poll still finds what a pulse missed.
/// </summary>
public static class OutboxSignal
{
    private static TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void Pulse() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next pulse or after <paramref name="timeout"/>, whichever comes first.</summary>
    public static async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        var pulse = Volatile.Read(ref _next).Task;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, clock, cancel.Token);
        await Task.WhenAny(pulse, delay).ConfigureAwait(false);
        await cancel.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
