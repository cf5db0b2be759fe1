using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Reporting.Charts;

/// <summary>
/// A scenario's observations as chart points, the one place both the PNG charts and the terminal
/// UI's charts take them from; values in display units like the lines beside them.
/// </summary>
public static class ObservationChart
{
    public const string PointLabel = "observed";

    /// <summary>The observations of one metric of one city, by year.</summary>
    public static IReadOnlyList<ChartPoint> Points(ResolvedScenario scenario, string cityId, string sectorId, string metricId, string unit)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Observations
            .Where(o => o.CityId == cityId && o.SectorId == sectorId && o.MetricId == metricId)
            .OrderBy(o => o.Year)
            .Select(o => new ChartPoint(PointLabel, o.Year, DisplayUnits.Value(o.Value, unit)))
            .ToList();
    }

    /// <summary>A run's line for one metric of one city with the scenario's observations as points.</summary>
    public static LineChart Of(RunResult run, MetricSeries series)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(series);
        var unit = series.Metric.Unit;
        var line = new ChartLine(run.ScenarioName, run.Years, run.Years.Select(y => DisplayUnits.Value(series.At(y), unit)).ToList());
        return new LineChart($"{series.CityName}: {series.Metric.Description} ({DisplayUnits.Unit(unit)})", DisplayUnits.Unit(unit), [line],
            Points(run.Scenario, series.CityId, series.SectorId, series.Metric.Id, unit));
    }
}
