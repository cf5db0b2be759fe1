using System.Globalization;
using CoopSim.Engine.Uncertainty;

namespace CoopSim.Engine.Reporting;

/// <summary>Writes an ensemble's statistics per city, sector, metric and year, as a table or CSV.</summary>
public static class EnsembleReport
{
    private static readonly string[] Statistics = ["mean", "sd", "p5", "p25", "p50", "p75", "p95"];

    /// <summary>The CSV; with a target, a last column "pTarget" holds the share of runs meeting it (empty for other metrics).</summary>
    public static void WriteCsv(EnsembleResult result, IReadOnlyList<int> years, TextWriter writer, EnsembleTarget? target = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("scenario,city,sector,metric,unit,year,runs," + string.Join(',', Statistics) + (target is null ? "" : ",pTarget"));
        foreach (var (key, year, stats, p) in Rows(result, years, target))
        {
            var cells = Values(stats).Select(v => DisplayUnits.Export(v, key.Unit));
            if (target is not null)
            {
                cells = cells.Append(double.IsNaN(p) ? "" : DisplayUnits.Export(p));
            }

            writer.WriteLine(string.Join(',',
                Csv.Field(result.Plan.Scenario.Name), Csv.Field(key.CityId), Csv.Field(key.SectorId), Csv.Field(key.MetricId),
                Csv.Field(DisplayUnits.Unit(key.Unit)), year.ToString(CultureInfo.InvariantCulture), stats.Count.ToString(CultureInfo.InvariantCulture),
                string.Join(',', cells)));
        }
    }

    public static void WriteTable(EnsembleResult result, IReadOnlyList<int> years, TextWriter writer, EnsembleTarget? target = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"{result.Plan.Scenario.Name}: {result.Finished.Count} of {result.Plan.Runs} runs ({SamplerName(result.Plan.Sampler.Kind)}, seed {result.Plan.Sampler.Seed}), {result.Plan.Inputs.Count} uncertain inputs");
        string[] header = ["city", "sector", "metric", "unit", "year", .. Statistics];
        var table = new TextTable(target is null ? header : [.. header, $"P({target.Text}) %"]);
        foreach (var (key, year, stats, p) in Rows(result, years, target))
        {
            string[] cells = [key.CityId, key.SectorId, key.MetricId, DisplayUnits.Unit(key.Unit), year.ToString(CultureInfo.InvariantCulture),
                .. Values(stats).Select(v => DisplayUnits.Format(v, key.Unit))];
            table.Add(target is null ? cells : [.. cells, double.IsNaN(p) ? "" : DisplayUnits.Format(p, DisplayUnits.Fraction)]);
        }

        table.Write(writer, leftColumns: 5);
    }

    public static string SamplerName(SamplerKind kind) => kind == SamplerKind.LatinHypercube ? "lhs" : "random";

    private static IEnumerable<(SeriesKey Key, int Year, EnsembleStatistics Stats, double P)> Rows(
        EnsembleResult result, IReadOnlyList<int> years, EnsembleTarget? target)
    {
        for (var s = 0; s < result.Series.Count; s++)
        {
            foreach (var year in years)
            {
                var t = year - result.Years[0];
                yield return (result.Series[s], year, result.Statistics(s, t), target?.Probability(result, s, t) ?? double.NaN);
            }
        }
    }

    private static double[] Values(EnsembleStatistics s) => [s.Mean, s.StandardDeviation, s.P5, s.P25, s.P50, s.P75, s.P95];
}
