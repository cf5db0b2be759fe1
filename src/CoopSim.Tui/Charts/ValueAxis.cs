using System.Globalization;

namespace CoopSim.Tui.Charts;

/// <summary>
/// The value axis of a chart: round bounds and ticks (steps of 1, 2, 2.5 or 5 times a power of ten)
/// around the data, starting at zero when the data sit well above it, and short tick labels
/// (k for thousands, M for millions) so that narrow terminals keep room for the plot.
/// </summary>
public sealed class ValueAxis
{
    private readonly double _scale;
    private readonly string _suffix;
    private readonly int _decimals;

    private ValueAxis(double minimum, double maximum, double step)
    {
        Minimum = minimum;
        Maximum = maximum;
        Step = step;
        var largest = Math.Max(Math.Abs(minimum), Math.Abs(maximum));
        (_scale, _suffix) = largest >= 1e6 ? (1e6, "M") : largest >= 1e4 ? (1e3, "k") : (1.0, "");
        var scaledStep = step / _scale;
        _decimals = Math.Clamp((int)Math.Ceiling(-Math.Log10(scaledStep) - 1e-9), 0, 6);
        if (Math.Abs((scaledStep * Math.Pow(10, _decimals)) - Math.Round(scaledStep * Math.Pow(10, _decimals))) > 1e-6)
        {
            _decimals++;
        }
    }

    public double Minimum { get; }

    public double Maximum { get; }

    public double Step { get; }

    public IEnumerable<double> Ticks
    {
        get
        {
            // Divided apart so that a range as wide as double itself still counts its ticks.
            var count = (int)Math.Min(Math.Round((Maximum / Step) - (Minimum / Step)), 1000);
            for (var i = 0; i <= count; i++)
            {
                yield return Minimum + (i * Step);
            }
        }
    }

    public string Format(double value)
    {
        var scaled = Math.Round(value / _scale, _decimals);
        return scaled.ToString("N" + _decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + (scaled == 0 ? "" : _suffix);
    }

    public static ValueAxis For(double minimum, double maximum, int targetTicks)
    {
        if (minimum >= 0 && minimum <= 0.4 * maximum)
        {
            minimum = 0;
        }
        else if (maximum <= 0 && maximum >= 0.4 * minimum)
        {
            maximum = 0;
        }

        if (maximum - minimum <= Math.Abs(maximum) * 1e-12)
        {
            var pad = minimum == 0 ? 1 : Math.Abs(minimum) * 0.1;
            (minimum, maximum) = (minimum - pad, maximum + pad);
            if (minimum < 0 && maximum > 0 && minimum >= -pad)
            {
                minimum = 0;
            }
        }

        var step = NiceStep((maximum / Math.Max(1, targetTicks)) - (minimum / Math.Max(1, targetTicks)));
        var low = Math.Floor((minimum / step) + 1e-9) * step;
        var high = Math.Ceiling((maximum / step) - 1e-9) * step;
        return new ValueAxis(low, high, step);
    }

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normalised = raw / magnitude;
        var nice = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 2.5 ? 2.5 : normalised <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
