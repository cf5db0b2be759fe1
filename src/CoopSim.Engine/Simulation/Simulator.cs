namespace CoopSim.Engine.Simulation;

/// <summary>
/// Runs resolved scenarios. A run is a pure function of the resolved scenario, the plugin versions
/// and the seed; runs share nothing mutable, so many may proceed in parallel.
/// </summary>
public static class Simulator
{
    /// <summary>Runs the scenario once, with its own seed unless another is given.</summary>
    public static RunResult Run(ResolvedScenario scenario, int? seed = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var run = new SimulationRun(scenario, seed ?? scenario.Seed);
        if (run.Prepare())
        {
            for (var t = 0; t < scenario.YearCount; t++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!run.StepYear(t))
                {
                    break;
                }
            }
        }

        return run.Finish();
    }

    /// <summary>Runs the scenario once per seed, in parallel; results come back in seed order.</summary>
    public static IReadOnlyList<RunResult> RunMany(
        ResolvedScenario scenario, IReadOnlyList<int> seeds, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var results = new RunResult[seeds.Count];
        Parallel.For(0, seeds.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            i => results[i] = Run(scenario, seeds[i], cancellationToken));
        return results;
    }
}
