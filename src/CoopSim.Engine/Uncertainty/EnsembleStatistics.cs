namespace CoopSim.Engine.Uncertainty;

/// <summary>
/// Mean, standard deviation (n - 1 in the denominator) and quantiles of a set of run values.
/// Quantiles are exact: the sorted values, interpolated linearly between the two order statistics
/// around (n - 1)p (Hyndman and Fan's type 7, the default of R and NumPy).
/// </summary>
public sealed record EnsembleStatistics(int Count, double Mean, double StandardDeviation, double P5, double P25, double P50, double P75, double P95)
{
    public static EnsembleStatistics Of(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            return new EnsembleStatistics(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var mean = sorted.Average();
        var sd = sorted.Length < 2 ? 0 : Math.Sqrt(sorted.Sum(v => (v - mean) * (v - mean)) / (sorted.Length - 1));
        return new EnsembleStatistics(sorted.Length, mean, sd,
            Quantile(sorted, 0.05), Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), Quantile(sorted, 0.95));
    }

    /// <summary>The p-quantile of values already sorted ascending (type 7).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
