using CoopSim.Engine.Reporting;
using CoopSim.Engine.Reporting.Charts;

namespace CoopSim.Tui.ViewModels;

public sealed partial class ResultsModel
{
    /// <summary>
    /// The chart of the selection, described as the engine describes every chart: a line per run and
    /// city over the shown years in the metric's shown unit, and the first run's observations as points.
    /// </summary>
    public LineChart Chart()
    {
        if (Metric is not { } metric)
        {
            return LineChart.Empty("no results");
        }

        var years = ShownYears;
        var lines = new List<ChartLine>();
        foreach (var run in Runs)
        {
            foreach (var city in ShownCities)
            {
                var found = run.Result.Find(city.Id, metric.SectorId, metric.MetricId);
                if (found is not null)
                {
                    lines.Add(new ChartLine(SeriesLabel(run, city), years, years.Select(y => DisplayUnits.Value(ValueAt(found, y), metric.Unit)).ToList()));
                }
            }
        }

        return new LineChart(metric.Title, DisplayUnits.Unit(metric.Unit), lines, ObservedPoints(metric, years));
    }

    /// <summary>The first run's observations in the shown years, labelled by city when several are shown.</summary>
    private List<ChartPoint> ObservedPoints(MetricChoice metric, IReadOnlyList<int> years)
    {
        if (Runs.Count == 0 || years.Count == 0)
        {
            return [];
        }

        return ShownCities.SelectMany(city =>
        {
            var label = ShownCities.Count > 1 ? $"{ObservationChart.PointLabel} {city.Name}" : ObservationChart.PointLabel;
            return ObservationChart.Points(Runs[0].Result.Scenario, city.Id, metric.SectorId, metric.MetricId, metric.Unit)
                .Where(p => p.Year >= years[0] && p.Year <= years[^1])
                .Select(p => p with { Label = label });
        }).ToList();
    }

    private string SeriesLabel(ShownRun run, CityChoice city)
    {
        var cityPart = ShownCities.Count > 1 || Runs.Count == 1 ? city.Name : "";
        var runPart = Runs.Count > 1 ? $"{run.Label} {Shorten(run.Name, 40)}" : "";
        var stale = run.IsStale ? " (stale)" : "";
        return string.Join(" ", new[] { runPart, cityPart }.Where(p => p.Length > 0)) + stale;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 3), "...");
}
