using System.Globalization;
using CoopSim.Engine.Reporting;

namespace CoopSim.Tui.ViewModels;

public sealed partial class ResultsModel
{
    /// <summary>The table of the selection: a row per year; per city a column per run, then each run's difference from A (absolute and %).</summary>
    public ResultTable Table()
    {
        if (Metric is not { } metric)
        {
            return new ResultTable(["year"], []);
        }

        var columns = new List<string> { "year" };
        var cells = new List<Func<int, string>>();
        var comparison = Runs.Count >= 2 ? new Comparison(Runs.Select(r => r.Result).ToList()) : null;
        foreach (var city in ShownCities)
        {
            var prefix = ShownCities.Count > 1 ? city.Name + " " : "";
            if (comparison is null)
            {
                var series = Runs.Count == 1 ? Runs[0].Result.Find(city.Id, metric.SectorId, metric.MetricId) : null;
                columns.Add(ShownCities.Count > 1 ? city.Name : $"{Runs.FirstOrDefault()?.Label ?? "A"}");
                cells.Add(year => DisplayUnits.Format(series is null ? double.NaN : ValueAt(series, year), metric.Unit));
                continue;
            }

            var compared = comparison.Series.FirstOrDefault(s =>
                s.CityId == city.Id && s.SectorId == metric.SectorId && s.Metric.Id == metric.MetricId);
            for (var run = 0; run < Runs.Count; run++)
            {
                var index = run;
                columns.Add(prefix + Runs[run].Label);
                cells.Add(year => DisplayUnits.Format(compared?.Value(index, year) ?? double.NaN, metric.Unit));
            }

            for (var run = 1; run < Runs.Count; run++)
            {
                var index = run;
                var label = $"{Runs[run].Label}-{Runs[0].Label}";
                columns.Add(prefix + label);
                cells.Add(year => Signed(DisplayUnits.Format(compared?.Difference(index, year) ?? double.NaN, metric.Unit)));
                columns.Add(prefix + label + " %");
                cells.Add(year => Percent(compared?.RelativeDifference(index, year) ?? double.NaN));
            }
        }

        var rows = ShownYears
            .Select(year => (IReadOnlyList<string>)[year.ToString(CultureInfo.InvariantCulture), .. cells.Select(cell => cell(year))])
            .ToList();
        return new ResultTable(columns, rows);
    }

    private static string Signed(string formatted) =>
        formatted.StartsWith('-') || formatted.All(c => c is '0' or '.' or ',') ? formatted : "+" + formatted;

    private static string Percent(double value) =>
        double.IsNaN(value) ? "-" : (value >= 0 ? "+" : "") + value.ToString("N1", CultureInfo.InvariantCulture) + "%";
}
