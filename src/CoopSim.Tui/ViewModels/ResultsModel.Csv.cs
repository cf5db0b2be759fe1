using System.Globalization;
using CoopSim.Engine.Reporting;

namespace CoopSim.Tui.ViewModels;

public sealed partial class ResultsModel
{
    /// <summary>The shown numbers as CSV, exact values in the shown unit, with differences from A when comparing.</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("scenario,label,city,sector,metric,unit,year,value,difference,relative_difference_pct");
        if (Metric is not { } metric)
        {
            return;
        }

        var unit = metric.Unit;
        foreach (var city in ShownCities)
        {
            var reference = Runs.Count > 0 ? Runs[0].Result.Find(city.Id, metric.SectorId, metric.MetricId) : null;
            foreach (var run in Runs)
            {
                var series = run.Result.Find(city.Id, metric.SectorId, metric.MetricId);
                if (series is null)
                {
                    continue;
                }

                var prefix = string.Join(',', Csv.Field(run.Name), run.Label, Csv.Field(city.Id), Csv.Field(metric.SectorId),
                    Csv.Field(metric.MetricId), Csv.Field(DisplayUnits.Unit(unit)));
                foreach (var year in ShownYears)
                {
                    var value = ValueAt(series, year);
                    var (difference, relative) = ("", "");
                    if (!ReferenceEquals(run, Runs[0]))
                    {
                        var baseline = reference is null ? double.NaN : ValueAt(reference, year);
                        difference = DisplayUnits.Export(value - baseline, unit);
                        relative = (baseline == 0 ? double.NaN : 100.0 * (value - baseline) / Math.Abs(baseline)).ToString("R", CultureInfo.InvariantCulture);
                    }

                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{prefix},{year},{DisplayUnits.Export(value, unit)},{difference},{relative}"));
                }
            }
        }
    }
}
