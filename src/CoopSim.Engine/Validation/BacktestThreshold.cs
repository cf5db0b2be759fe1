using System.Globalization;

namespace CoopSim.Engine.Validation;

/// <summary>Which statistic a <see cref="BacktestThreshold"/> limits.</summary>
public enum ThresholdStatistic
{
    /// <summary>Root mean square error.</summary>
    Rmse,

    /// <summary>Mean absolute error.</summary>
    Mae,

    /// <summary>The size of the mean error, |bias|.</summary>
    Bias,
}

/// <summary>
/// A limit on a backtest statistic of one metric, written <c>METRIC=LIMIT</c> (RMSE) or
/// <c>METRIC:mae=LIMIT</c>, <c>METRIC:bias=LIMIT</c>; the limit is in the metric's unit (0.05 for
/// 5 percentage points of a share). <c>*</c> as the metric limits every metric.
/// </summary>
public sealed record BacktestThreshold(string MetricId, ThresholdStatistic Statistic, double Limit)
{
    public static bool TryParse(string text, out BacktestThreshold? threshold, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        threshold = null;
        error = null;
        var equals = text.LastIndexOf('=');
        if (equals <= 0 || !double.TryParse(text[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var limit)
            || !double.IsFinite(limit) || limit < 0)
        {
            error = $"'{text}' is not METRIC=LIMIT or METRIC:STATISTIC=LIMIT with a limit of 0 or more (e.g. nrw=0.05, nrw:mae=0.03)";
            return false;
        }

        var left = text[..equals];
        var statistic = ThresholdStatistic.Rmse;
        var colon = left.LastIndexOf(':');
        if (colon >= 0)
        {
            var name = left[(colon + 1)..];
            if (!Enum.TryParse(name, ignoreCase: true, out statistic) || !Enum.IsDefined(statistic) || name.All(char.IsDigit))
            {
                error = $"'{name}' is not a statistic; use rmse, mae or bias";
                return false;
            }

            left = left[..colon];
        }

        if (left.Length == 0)
        {
            error = $"'{text}' names no metric";
            return false;
        }

        threshold = new BacktestThreshold(left, statistic, limit);
        return true;
    }

    public bool Applies(BacktestRow row) => MetricId == "*" || MetricId == row.MetricId;

    public double ValueOf(FitStatistics statistics) => Statistic switch
    {
        ThresholdStatistic.Mae => statistics.MeanAbsoluteError,
        ThresholdStatistic.Bias => Math.Abs(statistics.MeanError),
        _ => statistics.RootMeanSquareError,
    };

    /// <summary>Whether the row's statistic is above the limit.</summary>
    public bool IsExceededBy(BacktestRow row) => Applies(row) && ValueOf(row.Statistics) > Limit;

    public override string ToString() =>
        $"{MetricId}:{Statistic.ToString().ToLowerInvariant()}={Limit.ToString(CultureInfo.InvariantCulture)}";
}
