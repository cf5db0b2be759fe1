using CoopSim.Engine.Reporting;

namespace CoopSim.Tui.ViewModels;

public sealed partial class ResultsModel
{
    /// <summary>
    /// The shown metric, cities and years of every run as CSV, written by the engine's comparison
    /// report, so it is the file <c>coopsim compare -f csv</c> writes for the same selection.
    /// </summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Compared() is not { } comparison || Metric is not { } metric)
        {
            throw new InvalidOperationException("there are no results to write");
        }

        var cities = ShownCities.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        ComparisonReport.WriteCsv(comparison, s => Shows(s, metric) && cities.Contains(s.CityId), ShownYears, writer);
    }

    /// <summary>The runs on screen as the engine compares them, under their own labels; null before any run.</summary>
    private Comparison? Compared() =>
        Runs.Count == 0 ? null : new Comparison(Runs.Select(r => r.Result).ToList(), Runs.Select(r => r.Label).ToList());

    private static bool Shows(ComparedSeries series, MetricChoice metric) =>
        series.SectorId == metric.SectorId && series.Metric.Id == metric.MetricId;
}
