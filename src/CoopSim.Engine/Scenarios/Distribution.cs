using System.Globalization;
using MathNet.Numerics.Distributions;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// What an uncertain input may be, always inside a closed interval (the declared range or the
/// distribution's own bounds). A draw is <see cref="Quantile"/> of a number in [0, 1), so one
/// inverse CDF serves both the random and the Latin hypercube sampler.
/// </summary>
public abstract record Distribution(double Minimum, double Maximum)
{
    /// <summary>The inverse of the cumulative distribution: the value below which a share <paramref name="u"/> of draws fall.</summary>
    public abstract double Quantile(double u);

    /// <summary>How the distribution is written in a scenario file.</summary>
    public abstract string Text { get; }

    public sealed override string ToString() => Text;

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

public sealed record UniformDistribution(double Low, double High) : Distribution(Low, High)
{
    public override double Quantile(double u) => Low + (u * (High - Low));

    public override string Text => $"uniform({Number(Low)}, {Number(High)})";
}

public sealed record TriangularDistribution(double Low, double Mode, double High) : Distribution(Low, High)
{
    public override double Quantile(double u)
    {
        if (High == Low)
        {
            return Low;
        }

        var split = (Mode - Low) / (High - Low);
        return u < split
            ? Low + Math.Sqrt(u * (High - Low) * (Mode - Low))
            : High - Math.Sqrt((1 - u) * (High - Low) * (High - Mode));
    }

    public override string Text => $"triangular({Number(Low)}, {Number(Mode)}, {Number(High)})";
}

/// <summary>A normal distribution cut to [Minimum, Maximum] and renormalised (draws outside are never made, not clamped).</summary>
public sealed record TruncatedNormalDistribution(double Mean, double StandardDeviation, double Low, double High) : Distribution(Low, High)
{
    public override double Quantile(double u)
    {
        var lower = Normal.CDF(Mean, StandardDeviation, Low);
        var upper = Normal.CDF(Mean, StandardDeviation, High);
        var value = Normal.InvCDF(Mean, StandardDeviation, lower + (u * (upper - lower)));
        return Math.Clamp(value, Low, High); // the inverse CDF's rounding must not leave the range
    }

    public override string Text => $"normal({Number(Mean)}, {Number(StandardDeviation)})";
}

/// <summary>A lognormal distribution given by its median and the standard deviation of the value's logarithm, cut to [Minimum, Maximum].</summary>
public sealed record TruncatedLogNormalDistribution(double Median, double LogStandardDeviation, double Low, double High) : Distribution(Low, High)
{
    public override double Quantile(double u)
    {
        var mu = Math.Log(Median);
        var lower = Low <= 0 ? 0 : Normal.CDF(mu, LogStandardDeviation, Math.Log(Low));
        var upper = Normal.CDF(mu, LogStandardDeviation, Math.Log(High));
        var value = Math.Exp(Normal.InvCDF(mu, LogStandardDeviation, lower + (u * (upper - lower))));
        return Math.Clamp(value, Low, High);
    }

    public override string Text => $"lognormal({Number(Median)}, {Number(LogStandardDeviation)})";
}

/// <summary>One of a few values, each equally likely; the values are held in ascending order so quantiles rise.</summary>
public sealed record DiscreteDistribution(IReadOnlyList<double> Values) : Distribution(Values.Min(), Values.Max())
{
    public override double Quantile(double u) => Values[Math.Min((int)(u * Values.Count), Values.Count - 1)];

    public override string Text => $"discrete({string.Join(", ", Values.Select(Number))})";
}
