using CoopSim.Engine.Plugins;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Uncertainty;

/// <summary>
/// Runs an ensemble's runs in parallel and keeps each finished run's values (every series, every
/// year) for exact quantiles. Cancelling stops starting new runs; the runs already finished stay.
/// </summary>
public static class EnsembleRunner
{
    public static EnsembleResult Run(
        EnsemblePlan plan, RunLimits? limits = null, CancellationToken cancellationToken = default, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var values = new double[plan.Runs][];
        var failures = new RunFailure?[plan.Runs];
        IReadOnlyList<SeriesKey>? keys = null;
        IReadOnlyList<int>? years = null;
        var done = 0;
        var gate = new object();
        try
        {
            Parallel.For(0, plan.Runs, new ParallelOptions { CancellationToken = cancellationToken }, (k, state) =>
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    state.Stop();
                    return;
                }

                var result = Replay(plan, k, limits);
                if (result.Failure is { } failure)
                {
                    failures[k] = failure;
                }
                else
                {
                    values[k] = Flatten(result);
                    lock (gate)
                    {
                        keys ??= [.. result.Series.Select(s => new SeriesKey(s))];
                        years ??= result.Years;
                    }
                }

                progress?.Report(Interlocked.Increment(ref done));
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The runs that finished are kept; the result says how many there are.
        }

        return new EnsembleResult(plan, keys ?? [], years ?? [], values, failures, cancellationToken.IsCancellationRequested);
    }

    /// <summary>One run alone, exactly as it runs inside the ensemble.</summary>
    public static RunResult Replay(EnsemblePlan plan, int run, RunLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Simulator.Run(plan.ScenarioFor(run), plan.Scenario.Seed, CancellationToken.None, limits);
    }

    internal static double[] Flatten(RunResult result)
    {
        var years = result.Years.Count;
        var flat = new double[result.Series.Count * years];
        for (var s = 0; s < result.Series.Count; s++)
        {
            for (var t = 0; t < years; t++)
            {
                flat[(s * years) + t] = result.Series[s].Values[t];
            }
        }

        return flat;
    }
}

/// <summary>Which city, sector and metric a series of an ensemble is.</summary>
public sealed record SeriesKey(string CityId, string SectorId, string MetricId, string Unit)
{
    internal SeriesKey(MetricSeries series)
        : this(series.CityId, series.SectorId, series.Metric.Id, series.Metric.Unit)
    {
    }
}
