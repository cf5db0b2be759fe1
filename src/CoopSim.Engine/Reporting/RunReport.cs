using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Reporting;

/// <summary>Writes one run's results as a text table, CSV (one row per value) or JSON.</summary>
public static class RunReport
{
    /// <summary>Years per block of a text table, so that a block fits a 100-column terminal.</summary>
    public const int YearsPerBlock = 8;

    public static void WriteTable(RunResult result, IReadOnlyList<int> years, TextWriter writer)
    {
        var scenario = result.Scenario;
        writer.WriteLine($"{scenario.Name} - {scenario.StartYear}-{scenario.EndYear}, seed {result.Seed}");
        foreach (var group in result.Series.GroupBy(s => (s.CityId, s.SectorId)))
        {
            var first = group.First();
            writer.WriteLine();
            writer.WriteLine($"{first.CityName} - {first.SectorName} ({first.SectorId})");
            var blocks = years.Chunk(YearsPerBlock).ToList();
            for (var b = 0; b < blocks.Count; b++)
            {
                var block = blocks[b];
                if (b > 0)
                {
                    writer.WriteLine();
                }

                var table = new TextTable([.. new[] { "metric", "unit" }, .. block.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
                foreach (var series in group)
                {
                    var unit = series.Metric.Unit;
                    table.Add([series.Metric.Id, DisplayUnits.Unit(unit), .. block.Select(y => DisplayUnits.Format(series.At(y), unit))]);
                }

                table.Write(writer, leftColumns: 2);
            }
        }

        WriteNotes(result, writer);
    }

    public static void WriteNotes(RunResult result, TextWriter writer)
    {
        foreach (var note in result.Notes)
        {
            writer.WriteLine();
            writer.WriteLine($"note: {note}");
        }
    }

    public static void WriteCsv(RunResult result, IReadOnlyList<int> years, TextWriter writer)
    {
        writer.WriteLine("scenario,city,sector,metric,unit,year,value");
        foreach (var series in result.Series)
        {
            var prefix = string.Join(',', Csv.Field(result.ScenarioName), Csv.Field(series.CityId), Csv.Field(series.SectorId),
                Csv.Field(series.Metric.Id), Csv.Field(DisplayUnits.Unit(series.Metric.Unit)));
            foreach (var year in years)
            {
                writer.WriteLine($"{prefix},{year.ToString(CultureInfo.InvariantCulture)},{DisplayUnits.Export(series.At(year), series.Metric.Unit)}");
            }
        }
    }

    public static void WriteJson(RunResult result, IReadOnlyList<int> years, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("scenario", result.ScenarioName);
        json.WriteString("file", result.Scenario.Source.Path);
        json.WriteNumber("seed", result.Seed);
        json.WriteStartArray("years");
        foreach (var year in years)
        {
            json.WriteNumberValue(year);
        }

        json.WriteEndArray();
        json.WriteStartArray("series");
        foreach (var series in result.Series)
        {
            json.WriteStartObject();
            json.WriteString("city", series.CityId);
            json.WriteString("sector", series.SectorId);
            json.WriteString("metric", series.Metric.Id);
            json.WriteString("unit", DisplayUnits.Unit(series.Metric.Unit));
            json.WriteString("description", series.Metric.Description);
            json.WriteStartArray("values");
            foreach (var year in years)
            {
                var value = DisplayUnits.Value(series.At(year), series.Metric.Unit);
                if (double.IsFinite(value))
                {
                    json.WriteNumberValue(value);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            FlushEvery(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in result.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>The JSON writer keeps what it wrote until flushed; flushing as it goes keeps a big report out of memory.</summary>
    internal static void FlushEvery(Utf8JsonWriter json, int bytes = 64 * 1024)
    {
        if (json.BytesPending >= bytes)
        {
            json.Flush();
        }
    }
}
