using CoopSim.Abstractions;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Reporting;

/// <summary>
/// Several runs side by side, series matched by city, sector and metric. The first run is the
/// reference: differences are each other run minus the first. A single run is a comparison with
/// nothing to differ from, so one view shows one run and several alike.
/// </summary>
public sealed class Comparison
{
    /// <param name="runs">The runs, the reference first.</param>
    /// <param name="labels">A label per run for headers and exports; "A", "B", … when not given.</param>
    public Comparison(IReadOnlyList<RunResult> runs, IReadOnlyList<string>? labels = null)
    {
        if (runs.Count < 1)
        {
            throw new ArgumentException("a comparison needs at least one run", nameof(runs));
        }

        if (labels is not null && labels.Count != runs.Count)
        {
            throw new ArgumentException($"{labels.Count} labels for {runs.Count} runs", nameof(labels));
        }

        Runs = runs;
        Labels = labels ?? Enumerable.Range(0, runs.Count).Select(Label).ToList();
        var keys = runs.SelectMany(r => r.Series).Select(s => s.Key).Distinct(StringComparer.Ordinal).ToList();
        Series = keys.Select(key =>
        {
            var perRun = runs.Select(r => r.Series.FirstOrDefault(s => s.Key == key)).ToList();
            var any = perRun.First(s => s is not null)!;
            return new ComparedSeries(any.CityId, any.CityName, any.SectorId, any.SectorName, any.Metric, perRun);
        }).ToList();
        Years = runs.SelectMany(r => r.Years).Distinct().Order().ToList();
    }

    public IReadOnlyList<RunResult> Runs { get; }

    /// <summary>Each run's label, in the order of <see cref="Runs"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    public IReadOnlyList<ComparedSeries> Series { get; }

    /// <summary>Every year any run simulated.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>"A", "B", … for column headers.</summary>
    public static string Label(int index) => ((char)('A' + index)).ToString();
}

public sealed record ComparedSeries(
    string CityId, string CityName, string SectorId, string SectorName, MetricDeclaration Metric, IReadOnlyList<MetricSeries?> PerRun)
{
    /// <summary>The run's value in a year, NaN when the run lacks the series or the year.</summary>
    public double Value(int run, int year)
    {
        var series = PerRun[run];
        if (series is null || year < series.FirstYear || year >= series.FirstYear + series.Values.Count)
        {
            return double.NaN;
        }

        return series.At(year);
    }

    /// <summary>Run minus the reference run (in the metric's own unit).</summary>
    public double Difference(int run, int year) => Value(run, year) - Value(0, year);

    /// <summary>The difference relative to the reference, in percent; NaN when the reference is 0.</summary>
    public double RelativeDifference(int run, int year)
    {
        var reference = Value(0, year);
        return reference == 0 ? double.NaN : 100.0 * Difference(run, year) / Math.Abs(reference);
    }
}
