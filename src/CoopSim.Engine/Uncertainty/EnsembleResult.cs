using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Uncertainty;

/// <summary>
/// The finished runs of an ensemble: every run's value of every series in every year (8 bytes
/// each: runs x series x years), so quantiles are exact order statistics.
/// </summary>
public sealed class EnsembleResult
{
    private readonly double[]?[] _values;

    internal EnsembleResult(
        EnsemblePlan plan, IReadOnlyList<SeriesKey> series, IReadOnlyList<int> years, double[]?[] values, RunFailure?[] failures, bool cancelled)
    {
        Plan = plan;
        Series = series;
        Years = years;
        _values = values;
        Failures = [.. failures.Select((f, k) => (Run: k, Failure: f)).Where(x => x.Failure is not null).Select(x => (x.Run, x.Failure!))];
        Cancelled = cancelled;
        Finished = [.. Enumerable.Range(0, values.Length).Where(k => values[k] is not null)];
    }

    public EnsemblePlan Plan { get; }

    public IReadOnlyList<SeriesKey> Series { get; }

    public IReadOnlyList<int> Years { get; }

    /// <summary>The runs that finished without failure, in run order.</summary>
    public IReadOnlyList<int> Finished { get; }

    public IReadOnlyList<(int Run, RunFailure Failure)> Failures { get; }

    /// <summary>True when the ensemble was stopped before every run had started.</summary>
    public bool Cancelled { get; }

    /// <summary>Run k's value of a series in a year (run k must have finished).</summary>
    public double Value(int run, int series, int yearIndex) =>
        (_values[run] ?? throw new ArgumentException($"run {run} did not finish", nameof(run)))[(series * Years.Count) + yearIndex];

    /// <summary>The statistics of one series in one year over the finished runs.</summary>
    public EnsembleStatistics Statistics(int series, int yearIndex) =>
        EnsembleStatistics.Of([.. Finished.Select(k => Value(k, series, yearIndex))]);
}
