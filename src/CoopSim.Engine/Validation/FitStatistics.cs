namespace CoopSim.Engine.Validation;

/// <summary>
/// How far simulated values are from observed ones (error = simulated − observed, in the metric's
/// unit), with Theil's inequality decomposition of the mean square error (Sterman 1984; Sterman,
/// Business Dynamics, 2000, ch. 21): the shares of MSE due to unequal means (<see cref="BiasShare"/>,
/// U<sup>M</sup>), unequal variation (<see cref="VarianceShare"/>, U<sup>S</sup>) and imperfect
/// correlation (<see cref="CovarianceShare"/>, U<sup>C</sup>). Standard deviations divide by n, so
/// the three shares sum to 1 exactly whenever MSE is above 0.
/// </summary>
public sealed record FitStatistics(
    int Count,
    double MeanAbsoluteError,
    double RootMeanSquareError,
    double MeanError,
    double MeanSquareError,
    double? BiasShare,
    double? VarianceShare,
    double? CovarianceShare)
{
    /// <summary>The statistics of paired values; both lists are in the same order and at least one long.</summary>
    public static FitStatistics Of(IReadOnlyList<double> simulated, IReadOnlyList<double> observed)
    {
        ArgumentNullException.ThrowIfNull(simulated);
        ArgumentNullException.ThrowIfNull(observed);
        if (simulated.Count != observed.Count || simulated.Count == 0)
        {
            throw new ArgumentException($"need equally many simulated and observed values, at least one; got {simulated.Count} and {observed.Count}");
        }

        var n = simulated.Count;
        double sumAbs = 0, sumSquare = 0, sumError = 0;
        for (var i = 0; i < n; i++)
        {
            var error = simulated[i] - observed[i];
            sumAbs += Math.Abs(error);
            sumSquare += error * error;
            sumError += error;
        }

        var mse = sumSquare / n;
        var meanSimulated = simulated.Average();
        var meanObserved = observed.Average();
        double varianceSimulated = 0, varianceObserved = 0, covariance = 0;
        for (var i = 0; i < n; i++)
        {
            var ds = simulated[i] - meanSimulated;
            var da = observed[i] - meanObserved;
            varianceSimulated += ds * ds;
            varianceObserved += da * da;
            covariance += ds * da;
        }

        var sdSimulated = Math.Sqrt(varianceSimulated / n);
        var sdObserved = Math.Sqrt(varianceObserved / n);
        covariance /= n;
        double? bias = null, variance = null, covarianceShare = null;
        if (mse > 0)
        {
            var meanGap = meanSimulated - meanObserved;
            bias = meanGap * meanGap / mse;
            variance = (sdSimulated - sdObserved) * (sdSimulated - sdObserved) / mse;
            // 2(1 − r)·sS·sA written without r, so it stays defined when either series is constant.
            covarianceShare = 2 * (sdSimulated * sdObserved - covariance) / mse;
        }

        return new FitStatistics(n, sumAbs / n, Math.Sqrt(mse), sumError / n, mse, bias, variance, covarianceShare);
    }
}
