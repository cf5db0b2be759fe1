using System.Globalization;
using CoopSim.Engine.Validation;

namespace CoopSim.Engine.Reporting;

/// <summary>Writes a fit: each input's start, fitted value and standard error, then the backtests before and after.</summary>
public static class CalibrationReport
{
    public static void Write(CalibrationResult result, int? until, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var fitted = result.InSampleAfter.Pairs.Count();
        writer.WriteLine($"fitted to {Count(fitted)} observation(s){(until is { } u ? $" up to {u}" : "")} by weighted least squares " +
                         $"(Nelder-Mead, {Count(result.Trials)} runs{(result.RanOutOfTrials ? ", stopped at the trial limit" : "")})");
        writer.WriteLine($"objective Σ((simulated - observed)/uncertainty)²: {Number(result.ObjectiveBefore)} -> {Number(result.ObjectiveAfter)}");
        writer.WriteLine();
        var table = new TextTable("input", "bounds", "start", "fitted", "± se", "determination");
        for (var i = 0; i < result.Targets.Count; i++)
        {
            var target = result.Targets[i];
            var d = result.Determination[i];
            table.Add(target.Path, $"{Number(target.Minimum)}..{Number(target.Maximum)}", Number(result.Start[i]), Number(result.Fitted[i]),
                d.StandardError is { } se ? Number(se) : "-", Describe(d));
        }

        table.Write(writer);
        Section(writer, "in sample, before", result.InSampleBefore);
        Section(writer, "in sample, after", result.InSampleAfter);
        if (result.OutOfSampleAfter is { } outAfter)
        {
            Section(writer, $"out of sample (after {until}), before", result.OutOfSampleBefore!);
            Section(writer, $"out of sample (after {until}), after", outAfter);
        }
    }

    private static string Describe(ParameterDetermination d)
    {
        var parts = new List<string> { d.PoorlyDetermined ? "poorly determined" : "determined" };
        if (d.StandardError is null)
        {
            parts.Add("the observations cannot tell its effect from the other inputs' or do not respond to it");
        }

        if (d.AtBound)
        {
            parts.Add("at a bound");
        }

        return string.Join("; ", parts);
    }

    private static void Section(TextWriter writer, string title, Backtest backtest)
    {
        writer.WriteLine();
        writer.WriteLine($"{title}:");
        if (!backtest.Rows.Any())
        {
            writer.WriteLine("  no observations");
            return;
        }

        var table = new TextTable("city", "metric", "unit", "n", "MAE", "RMSE", "bias");
        foreach (var row in backtest.Rows)
        {
            var s = row.Statistics;
            table.Add(row.CityId, row.MetricId, DisplayUnits.Unit(row.Unit), Count(s.Count),
                ErrorText.Size(s.MeanAbsoluteError, row.Unit), ErrorText.Size(s.RootMeanSquareError, row.Unit),
                ErrorText.Signed(s.MeanError, row.Unit));
        }

        table.Write(writer, leftColumns: 3);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
