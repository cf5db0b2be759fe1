using System.Globalization;
using CoopSim.Engine.Uncertainty;

namespace CoopSim.Engine.Reporting;

/// <summary>
/// A target for one metric, e.g. <c>nrw&lt;=10</c>: the share of an ensemble's finished runs that
/// meet it is the probability of meeting it. The value is in the unit tables show (% for fractions).
/// </summary>
public sealed record EnsembleTarget(string MetricId, bool AtMost, double Shown)
{
    public static bool TryParse(string text, out EnsembleTarget? target, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        target = null;
        var atMost = text.Contains("<=", StringComparison.Ordinal);
        var parts = text.Split(atMost ? "<=" : ">=");
        if (parts.Length != 2 || parts[0].Trim().Length == 0
            || !double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            error = $"'{text}' is not METRIC<=VALUE or METRIC>=VALUE (e.g. nrw<=10, in the unit tables show: % for fractions)";
            return false;
        }

        target = new EnsembleTarget(parts[0].Trim(), atMost, value);
        error = "";
        return true;
    }

    public string Text => $"{MetricId}{(AtMost ? "<=" : ">=")}{Shown.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The share of finished runs meeting the target in one series and year, or NaN for another metric.</summary>
    public double Probability(EnsembleResult result, int series, int yearIndex)
    {
        ArgumentNullException.ThrowIfNull(result);
        var key = result.Series[series];
        if (key.MetricId != MetricId || result.Finished.Count == 0)
        {
            return double.NaN;
        }

        var limit = DisplayUnits.FromShown(Shown, key.Unit);
        var met = result.Finished.Count(k => AtMost ? result.Value(k, series, yearIndex) <= limit : result.Value(k, series, yearIndex) >= limit);
        return met / (double)result.Finished.Count;
    }
}
