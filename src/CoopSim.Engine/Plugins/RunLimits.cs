namespace CoopSim.Engine.Plugins;

/// <summary>
/// What a run allows plugin code. A plugin call (creating a model, or one year's step) that takes
/// longer than <see cref="StepTimeLimit"/> ends the run with a <see cref="Simulation.RunFailure"/> naming
/// sector, city and year; the call itself cannot be stopped (.NET cannot abort a thread), so it is
/// abandoned on its background thread and its late writes never reach the result.
/// </summary>
public sealed record RunLimits
{
    /// <summary>
    /// Ten seconds: a sector step does arithmetic for one city-year and takes microseconds, so a
    /// step still running after ten seconds is stuck, not slow; the margin absorbs a first-call JIT
    /// and a busy machine many times over.
    /// </summary>
    public static readonly TimeSpan DefaultStepTimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>The limits used when none are given.</summary>
    public static RunLimits Default { get; } = new();

    /// <summary>How long one plugin call may run; <see cref="Timeout.InfiniteTimeSpan"/> turns the watchdog off.</summary>
    public TimeSpan StepTimeLimit { get; init; } = DefaultStepTimeLimit;

    /// <summary>Whether the watchdog runs at all.</summary>
    public bool IsWatched => StepTimeLimit != Timeout.InfiniteTimeSpan;
}
