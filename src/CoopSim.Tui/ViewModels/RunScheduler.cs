namespace CoopSim.Tui.ViewModels;

/// <summary>Where runs happen: away from the UI thread, with the result handed back to it.</summary>
public interface IRunScheduler
{
    /// <summary>
    /// Runs <paramref name="work"/> and then <paramref name="complete"/> on the UI thread, unless the
    /// token was cancelled first (a newer edit superseded the run).
    /// </summary>
    void Schedule<T>(Func<CancellationToken, T> work, Action<T> complete, CancellationToken token);
}

/// <summary>Runs on a thread-pool thread and posts the result to the UI loop, so the UI never waits for a run.</summary>
public sealed class BackgroundRunScheduler(Action<Action> postToUi) : IRunScheduler
{
    public void Schedule<T>(Func<CancellationToken, T> work, Action<T> complete, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(complete);
        _ = Task.Run(() =>
        {
            T result;
            try
            {
                result = work(token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }

            postToUi(() =>
            {
                if (!token.IsCancellationRequested)
                {
                    complete(result);
                }
            });
        }, CancellationToken.None);
    }
}

/// <summary>Runs at once on the calling thread: for tests and the benchmark, where the order must be fixed.</summary>
public sealed class InlineRunScheduler : IRunScheduler
{
    public void Schedule<T>(Func<CancellationToken, T> work, Action<T> complete, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(complete);
        T result;
        try
        {
            result = work(token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return;
        }

        if (!token.IsCancellationRequested)
        {
            complete(result);
        }
    }
}
