using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoopSim.Engine.Validation;

namespace CoopSim.Engine.Reporting;

/// <summary>
/// Writes backtests as a text table, CSV or JSON. Values and errors are in the shown unit (shares as
/// %, errors in percentage points); Theil's shares are fractions of the mean square error.
/// </summary>
public static class BacktestReport
{
    public static void WriteTable(IReadOnlyList<Backtest> backtests, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(backtests);
        for (var b = 0; b < backtests.Count; b++)
        {
            var backtest = backtests[b];
            if (b > 0)
            {
                writer.WriteLine();
            }

            var scenario = backtest.Run.Scenario;
            writer.WriteLine($"{scenario.Name} - {DisplayPath(scenario.Source.Path)}");
            if (backtest.Rows.Count == 0)
            {
                writer.WriteLine(scenario.Observations.Count == 0
                    ? "no observations: the scenario has no 'observations' to compare with"
                    : "no observation falls in a year the run reached");
                continue;
            }

            var summary = new TextTable("city", "metric", "unit", "n", "MAE", "RMSE", "bias", "U^M", "U^S", "U^C", "within 2u");
            foreach (var row in backtest.Rows)
            {
                var s = row.Statistics;
                summary.Add(row.CityId, row.MetricId, DisplayUnits.Unit(row.Unit), Count(s.Count),
                    ErrorText.Size(s.MeanAbsoluteError, row.Unit), ErrorText.Size(s.RootMeanSquareError, row.Unit),
                    ErrorText.Signed(s.MeanError, row.Unit), Share(ShareOf(s.BiasShare, s)), Share(ShareOf(s.VarianceShare, s)), Share(ShareOf(s.CovarianceShare, s)),
                    $"{Count(row.WithinTwoUncertainties)}/{Count(s.Count)}");
            }

            summary.Write(writer, leftColumns: 3);
            writer.WriteLine();
            var detail = new TextTable("city", "metric", "year", "observed", "±u", "simulated", "error", "source");
            foreach (var row in backtest.Rows)
            {
                foreach (var pair in row.Pairs)
                {
                    detail.Add(row.CityId, row.MetricId, pair.Observed.Year.ToString(CultureInfo.InvariantCulture),
                        DisplayUnits.Format(pair.Observed.Value, row.Unit), DisplayUnits.Format(pair.Observed.Uncertainty, row.Unit),
                        DisplayUnits.Format(pair.Simulated, row.Unit), ErrorText.Signed(pair.Error, row.Unit), pair.Observed.Source);
                }
            }

            detail.Write(writer, leftColumns: 2);
            foreach (var missing in backtest.Unmatched)
            {
                writer.WriteLine($"note: no simulated value for {missing.MetricId} of {missing.CityId} in {missing.Year} (the run stopped before it)");
            }
        }
    }

    public static void WriteCsv(IReadOnlyList<Backtest> backtests, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(backtests);
        writer.WriteLine("scenario,city,sector,metric,unit,n,mae,rmse,bias,um,us,uc,within2u");
        foreach (var backtest in backtests)
        {
            foreach (var row in backtest.Rows)
            {
                var s = row.Statistics;
                writer.WriteLine(string.Join(',',
                    Csv.Field(backtest.Run.ScenarioName), Csv.Field(row.CityId), Csv.Field(row.SectorId), Csv.Field(row.MetricId),
                    Csv.Field(DisplayUnits.Unit(row.Unit)), Count(s.Count),
                    DisplayUnits.Export(s.MeanAbsoluteError, row.Unit), DisplayUnits.Export(s.RootMeanSquareError, row.Unit),
                    DisplayUnits.Export(s.MeanError, row.Unit), Export(s.BiasShare), Export(s.VarianceShare), Export(s.CovarianceShare),
                    Count(row.WithinTwoUncertainties)));
            }
        }
    }

    public static void WriteJson(IReadOnlyList<Backtest> backtests, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(backtests);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var backtest in backtests)
        {
            json.WriteStartObject();
            json.WriteString("scenario", backtest.Run.ScenarioName);
            json.WriteString("file", backtest.Run.Scenario.Source.Path);
            json.WriteStartArray("metrics");
            foreach (var row in backtest.Rows)
            {
                WriteRow(json, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
    }

    private static void WriteRow(Utf8JsonWriter json, BacktestRow row)
    {
        var s = row.Statistics;
        json.WriteStartObject();
        json.WriteString("city", row.CityId);
        json.WriteString("sector", row.SectorId);
        json.WriteString("metric", row.MetricId);
        json.WriteString("unit", DisplayUnits.Unit(row.Unit));
        json.WriteNumber("n", s.Count);
        Number(json, "mae", DisplayUnits.Value(s.MeanAbsoluteError, row.Unit));
        Number(json, "rmse", DisplayUnits.Value(s.RootMeanSquareError, row.Unit));
        Number(json, "bias", DisplayUnits.Value(s.MeanError, row.Unit));
        Number(json, "um", s.BiasShare);
        Number(json, "us", s.VarianceShare);
        Number(json, "uc", s.CovarianceShare);
        json.WriteNumber("within2u", row.WithinTwoUncertainties);
        json.WriteStartArray("observations");
        foreach (var pair in row.Pairs)
        {
            json.WriteStartObject();
            json.WriteNumber("year", pair.Observed.Year);
            Number(json, "observed", DisplayUnits.Value(pair.Observed.Value, row.Unit));
            Number(json, "uncertainty", DisplayUnits.Value(pair.Observed.Uncertainty, row.Unit));
            Number(json, "simulated", DisplayUnits.Value(pair.Simulated, row.Unit));
            json.WriteString("source", pair.Observed.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, Math.Round(v, 12));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    // A share that rounds to zero from below (U^C of an exact linear fit: -1e-17) is shown as 0.00, not -0.00.
    private static string Share(double? share) =>
        share is { } s ? (Math.Round(s, 2) is var r && r == 0.0 ? 0.0 : r).ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string Export(double? share) => share is { } s ? s.ToString("G12", CultureInfo.InvariantCulture) : "";

    /// <summary>Theil's shares of an error that is only rounding noise say nothing.</summary>
    private static double? ShareOf(double? share, FitStatistics statistics) =>
        statistics.RootMeanSquareError < ErrorText.RoundingNoise ? null : share;

    private static string DisplayPath(string path) => Diagnostics.DisplayPath.Of(path);
}
