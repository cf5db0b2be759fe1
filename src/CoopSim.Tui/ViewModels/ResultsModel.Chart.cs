using CoopSim.Engine.Reporting;
using CoopSim.Engine.Reporting.Charts;
using CoopSim.Tui.Charts;

namespace CoopSim.Tui.ViewModels;

public sealed partial class ResultsModel
{
    /// <summary>Marks the values observed in each shown city (from the first run's scenario) on the chart.</summary>
    public const char ObservedMarker = '◆';

    /// <summary>The chart of the selection: a line per run and city, in the metric's shown unit.</summary>
    public ChartModel Chart()
    {
        if (Metric is not { } metric)
        {
            return ChartModel.Empty("no results");
        }

        var years = ShownYears;
        var series = new List<ChartSeries>();
        foreach (var run in Runs)
        {
            foreach (var city in ShownCities)
            {
                var found = run.Result.Find(city.Id, metric.SectorId, metric.MetricId);
                if (found is null)
                {
                    continue;
                }

                var values = years.Select(y => DisplayUnits.Value(ValueAt(found, y), metric.Unit)).ToList();
                series.Add(new ChartSeries(SeriesLabel(run, city), values));
            }
        }

        series.AddRange(ObservedSeries(metric, years));
        return new ChartModel(metric.Title, DisplayUnits.Unit(metric.Unit), years, series);
    }

    private IEnumerable<ChartSeries> ObservedSeries(MetricChoice metric, IReadOnlyList<int> years)
    {
        if (Runs.Count == 0)
        {
            yield break;
        }

        foreach (var city in ShownCities)
        {
            var points = ObservationChart.Points(Runs[0].Result.Scenario, city.Id, metric.SectorId, metric.MetricId, metric.Unit);
            if (points.Count == 0)
            {
                continue;
            }

            var label = ShownCities.Count > 1 ? $"{ObservationChart.PointLabel} {city.Name}" : ObservationChart.PointLabel;
            yield return new ChartSeries(label,
                years.Select(y => points.FirstOrDefault(p => p.Year == y) is { } p ? p.Value : double.NaN).ToList(), ObservedMarker);
        }
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
