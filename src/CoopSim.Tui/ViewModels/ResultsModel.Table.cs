using System.Globalization;
using CoopSim.Engine.Reporting;

namespace CoopSim.Tui.ViewModels;

public sealed partial class ResultsModel
{
    /// <summary>
    /// The table of the selection: a row per year; per city the engine's comparison columns (a column
    /// per run, then each run's difference from A, absolute and %), formatted as the CLI's tables are.
    /// </summary>
    public ResultTable Table()
    {
        if (Compared() is not { } comparison || Metric is not { } metric)
        {
            return new ResultTable(["year"], []);
        }

        var headers = ComparisonReport.Headers(comparison);
        var columns = new List<string> { "year" };
        var blocks = new List<ComparedSeries>();
        foreach (var city in ShownCities)
        {
            var prefix = ShownCities.Count > 1 ? city.Name + " " : "";
            blocks.Add(comparison.Series.First(s => Shows(s, metric) && s.CityId == city.Id));

            // One run over several cities: the city names the column on its own.
            columns.AddRange(Runs.Count == 1 && ShownCities.Count > 1 ? [city.Name] : headers.Select(h => prefix + h));
        }

        var rows = ShownYears
            .Select(year => (IReadOnlyList<string>)
                [year.ToString(CultureInfo.InvariantCulture), .. blocks.SelectMany(series => ComparisonReport.Cells(comparison, series, year))])
            .ToList();
        return new ResultTable(columns, rows);
    }
}
