using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Simulation;

/// <summary>
/// Runs resolved scenarios. A run is a pure function of the resolved scenario, the plugin versions
/// and the seed; runs share nothing mutable, so many may proceed in parallel.
/// </summary>
public static class Simulator
{
    /// <summary>How often the watchdog looks at a watched run's current plugin call, at most.</summary>
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Runs the scenario once, with its own seed unless another is given. With a step time limit
    /// (the default, <see cref="RunLimits.DefaultStepTimeLimit"/>) the run proceeds on a long-lived
    /// run thread (<see cref="RunThread"/>) while this thread watches it: a plugin call that overruns
    /// the limit ends the run with a failure, and this method returns while the call is left running
    /// in the background.
    /// </summary>
    public static RunResult Run(ResolvedScenario scenario, int? seed = null, CancellationToken cancellationToken = default, RunLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        limits ??= RunLimits.Default;
        if (limits.IsWatched && limits.StepTimeLimit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(limits), limits.StepTimeLimit, "the step time limit must be positive, or infinite");
        }

        var run = new SimulationRun(scenario, seed ?? scenario.Seed);
        PluginCalls.Register(run);
        try
        {
            if (!limits.IsWatched)
            {
                RunYears(run, scenario.YearCount, cancellationToken);
                return run.Finish();
            }

            return RunWatched(run, scenario.YearCount, limits.StepTimeLimit, cancellationToken);
        }
        finally
        {
            PluginCalls.Unregister(run);
        }
    }

    /// <summary>Runs the scenario once per seed, in parallel; results come back in seed order.</summary>
    public static IReadOnlyList<RunResult> RunMany(
        ResolvedScenario scenario, IReadOnlyList<int> seeds, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default,
        RunLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var results = new RunResult[seeds.Count];
        Parallel.For(0, seeds.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            i => results[i] = Run(scenario, seeds[i], cancellationToken, limits));
        return results;
    }

    private static void RunYears(SimulationRun run, int years, CancellationToken cancellationToken)
    {
        if (!run.Prepare())
        {
            return;
        }

        for (var t = 0; t < years; t++)
        {
            if (run.IsAbandoned)
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (!run.StepYear(t))
            {
                return;
            }
        }
    }

    private static RunResult RunWatched(SimulationRun run, int years, TimeSpan limit, CancellationToken cancellationToken)
    {
        var job = new RunJob(() => RunYears(run, years, cancellationToken));
        RunThread.Start(job);
        var interval = TimeSpan.FromMilliseconds(Math.Clamp(limit.TotalMilliseconds / 4, 1, WatchInterval.TotalMilliseconds));
        while (!job.Done.Wait(interval))
        {
            if (run.Overdue(limit) is { } failure)
            {
                return run.Abandon(failure);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                run.Abandon(new RunFailure("", "", 0, "cancelled"));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        // Only a finished job's event is let go here: an abandoned one is still to be set by its thread.
        job.Done.Dispose();
        job.Crash?.Throw();
        return run.Finish();
    }
}
