using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Validation;

/// <summary>
/// A run set beside the scenario's observations: per metric and city, the observations paired with
/// the simulated values of the same years and their <see cref="FitStatistics"/>
/// (docs/models/validation.md).
/// </summary>
public sealed class Backtest
{
    private Backtest(RunResult run, IReadOnlyList<BacktestRow> rows, IReadOnlyList<ObservedValue> unmatched)
    {
        Run = run;
        Rows = rows;
        Unmatched = unmatched;
    }

    public RunResult Run { get; }

    /// <summary>One row per metric and city with observations, in the order they are first observed.</summary>
    public IReadOnlyList<BacktestRow> Rows { get; }

    /// <summary>Observations the run has no value for (a failed run that stopped before their year).</summary>
    public IReadOnlyList<ObservedValue> Unmatched { get; }

    /// <summary>Every pair of every row.</summary>
    public IEnumerable<ObservationPair> Pairs => Rows.SelectMany(r => r.Pairs);

    /// <summary>Compares the run with its scenario's observations, or with the ones selected.</summary>
    public static Backtest Of(RunResult run, Func<ObservedValue, bool>? select = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var observations = run.Scenario.Observations.Where(o => select?.Invoke(o) ?? true);
        var rows = new List<BacktestRow>();
        var unmatched = new List<ObservedValue>();
        foreach (var group in observations.GroupBy(o => o.SeriesKey, StringComparer.Ordinal))
        {
            var first = group.First();
            var series = run.Find(first.CityId, first.SectorId, first.MetricId);
            var pairs = new List<ObservationPair>();
            foreach (var observed in group.OrderBy(o => o.Year))
            {
                var simulated = series is null || observed.Year < series.FirstYear || observed.Year >= series.FirstYear + series.Values.Count
                    ? double.NaN
                    : series.At(observed.Year);
                if (double.IsFinite(simulated))
                {
                    pairs.Add(new ObservationPair(observed, simulated));
                }
                else
                {
                    unmatched.Add(observed);
                }
            }

            if (pairs.Count > 0)
            {
                var statistics = FitStatistics.Of(pairs.Select(p => p.Simulated).ToList(), pairs.Select(p => p.Observed.Value).ToList());
                rows.Add(new BacktestRow(first.CityId, series!.CityName, first.SectorId, first.MetricId, series.Metric.Unit, pairs, statistics));
            }
        }

        return new Backtest(run, rows, unmatched);
    }

    /// <summary>Σ ((simulated − observed) / uncertainty)²: what calibration minimises.</summary>
    public double WeightedSquareError => Pairs.Sum(p => p.StandardisedError * p.StandardisedError);
}
