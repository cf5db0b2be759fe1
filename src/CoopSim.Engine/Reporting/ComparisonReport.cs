using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoopSim.Engine.Reporting;

/// <summary>Writes a <see cref="Comparison"/> as text tables, CSV or JSON.</summary>
public static class ComparisonReport
{
    public static void WriteLegend(Comparison comparison, TextWriter writer)
    {
        for (var i = 0; i < comparison.Runs.Count; i++)
        {
            var run = comparison.Runs[i];
            writer.WriteLine($"{comparison.Labels[i]} = {run.ScenarioName} ({Diagnostics.DisplayPath.Of(run.Scenario.Source.Path)})");
        }
    }

    /// <summary>One metric over the years: a block per city and sector, a column per run and per difference.</summary>
    public static void WriteMetricTable(Comparison comparison, string metricId, IReadOnlyList<int> years, TextWriter writer)
    {
        WriteLegend(comparison, writer);
        foreach (var series in comparison.Series.Where(s => s.Metric.Id == metricId))
        {
            writer.WriteLine();
            var unit = series.Metric.Unit;
            writer.WriteLine($"{series.CityName} - {series.SectorName}: {metricId} ({DisplayUnits.Unit(unit)}) - {series.Metric.Description}");
            var table = new TextTable([.. new[] { "year" }, .. Headers(comparison)]);
            foreach (var year in years)
            {
                table.Add([year.ToString(CultureInfo.InvariantCulture), .. Cells(comparison, series, year)]);
            }

            table.Write(writer);
        }
    }

    /// <summary>Every metric in one year: a row per series, a column per run and per difference.</summary>
    public static void WriteSummaryTable(Comparison comparison, int year, TextWriter writer, bool includeCooperation)
    {
        writer.WriteLine();
        writer.WriteLine($"In {year}:");
        var table = new TextTable([.. new[] { "city", "sector", "metric", "unit" }, .. Headers(comparison)]);
        foreach (var series in comparison.Series.Where(s => includeCooperation || !s.PerRun.Any(r => r?.IsCooperation == true)))
        {
            table.Add([series.CityId, series.SectorId, series.Metric.Id, DisplayUnits.Unit(series.Metric.Unit), .. Cells(comparison, series, year)]);
        }

        table.Write(writer, leftColumns: 4);
    }

    /// <summary>The series of one metric (all when null) as CSV rows: a row per run and year, with differences from the first run.</summary>
    public static void WriteCsv(Comparison comparison, string? metricId, IReadOnlyList<int> years, TextWriter writer) =>
        WriteCsv(comparison, s => metricId is null || s.Metric.Id == metricId, years, writer);

    /// <summary>The chosen series as CSV rows: a row per run and year, exact values in the shown unit, with differences from the first run.</summary>
    public static void WriteCsv(Comparison comparison, Func<ComparedSeries, bool> include, IReadOnlyList<int> years, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        writer.WriteLine("scenario,label,city,sector,metric,unit,year,value,difference,relative_difference_pct");
        foreach (var series in comparison.Series.Where(include))
        {
            var unit = series.Metric.Unit;
            for (var run = 0; run < comparison.Runs.Count; run++)
            {
                var prefix = string.Join(',', Csv.Field(comparison.Runs[run].ScenarioName), Csv.Field(comparison.Labels[run]), Csv.Field(series.CityId),
                    Csv.Field(series.SectorId), Csv.Field(series.Metric.Id), Csv.Field(DisplayUnits.Unit(unit)));
                foreach (var year in years)
                {
                    var difference = run == 0 ? "" : DisplayUnits.Export(series.Difference(run, year), unit);
                    var relative = run == 0 ? "" : DisplayUnits.Export(series.RelativeDifference(run, year));
                    writer.WriteLine($"{prefix},{year.ToString(CultureInfo.InvariantCulture)},{DisplayUnits.Export(series.Value(run, year), unit)},{difference},{relative}");
                }
            }
        }
    }

    public static void WriteJson(Comparison comparison, string? metricId, IReadOnlyList<int> years, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("scenarios");
        for (var i = 0; i < comparison.Runs.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("label", comparison.Labels[i]);
            json.WriteString("name", comparison.Runs[i].ScenarioName);
            json.WriteString("file", comparison.Runs[i].Scenario.Source.Path);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("years");
        years.ToList().ForEach(json.WriteNumberValue);
        json.WriteEndArray();
        json.WriteStartArray("series");
        foreach (var series in comparison.Series.Where(s => metricId is null || s.Metric.Id == metricId))
        {
            var unit = series.Metric.Unit;
            json.WriteStartObject();
            json.WriteString("city", series.CityId);
            json.WriteString("sector", series.SectorId);
            json.WriteString("metric", series.Metric.Id);
            json.WriteString("unit", DisplayUnits.Unit(unit));
            json.WriteStartObject("values");
            for (var run = 0; run < comparison.Runs.Count; run++)
            {
                json.WriteStartArray(comparison.Labels[run]);
                foreach (var year in years)
                {
                    WriteNumber(json, DisplayUnits.Value(series.Value(run, year), unit));
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            RunReport.FlushEvery(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    /// <summary>A column per run, then per other run its difference from the first and that difference in %: "A", "B", "B-A", "B-A %".</summary>
    public static IReadOnlyList<string> Headers(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var labels = comparison.Labels;
        return [.. labels, .. labels.Skip(1).SelectMany(l => new[] { $"{l}-{labels[0]}", $"{l}-{labels[0]} %" })];
    }

    /// <summary>The cells under <see cref="Headers"/> for one series in one year, as tables show them.</summary>
    public static IReadOnlyList<string> Cells(Comparison comparison, ComparedSeries series, int year)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(series);
        var unit = series.Metric.Unit;
        var values = Enumerable.Range(0, comparison.Runs.Count).Select(run => DisplayUnits.Format(series.Value(run, year), unit));
        var differences = Enumerable.Range(1, comparison.Runs.Count - 1).SelectMany(run => new[]
        {
            DisplayUnits.Difference(series.Difference(run, year), unit),
            DisplayUnits.Percent(series.RelativeDifference(run, year)),
        });
        return [.. values, .. differences];
    }
}
