using System.Globalization;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Reads a distribution as written in a scenario file, e.g. <c>"triangular(0.6, 0.72, 0.8)"</c>,
/// against the range the input accepts. One string per input, so a child scenario replaces a
/// parent's distribution whole (an object would be merged key by key).
/// </summary>
public static class DistributionText
{
    /// <summary>The forms accepted, for messages and docs.</summary>
    public const string Forms =
        "uniform(min, max), triangular(min, mode, max), normal(mean, sd[, min, max]), lognormal(median, sdOfLog[, min, max]) or discrete(v1, v2, ...)";

    public static bool TryParse(string text, double declaredMinimum, double declaredMaximum, out Distribution? distribution, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        distribution = null;
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !text.TrimEnd().EndsWith(')'))
        {
            error = $"'{text}' is not a distribution; write {Forms}";
            return false;
        }

        var kind = text[..open].Trim().ToLowerInvariant();
        var inner = text.TrimEnd()[(open + 1)..^1];
        var numbers = new List<double>();
        foreach (var part in inner.Split(','))
        {
            if (!double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                error = $"'{part.Trim()}' in '{text}' is not a number";
                return false;
            }

            numbers.Add(number);
        }

        var range = $"{Distribution.Number(declaredMinimum)} to {Distribution.Number(declaredMaximum)}";
        bool Inside(double v) => v >= declaredMinimum && v <= declaredMaximum;
        string? Check(bool ok, string message) => ok ? null : message;
        var n = numbers.Count;
        (Distribution? made, string? problem) = kind switch
        {
            "uniform" when n == 2 => (new UniformDistribution(numbers[0], numbers[1]),
                Check(numbers[0] <= numbers[1], "min is greater than max") ?? Check(Inside(numbers[0]) && Inside(numbers[1]), $"its bounds leave the accepted range {range}")),
            "triangular" when n == 3 => (new TriangularDistribution(numbers[0], numbers[1], numbers[2]),
                Check(numbers[0] <= numbers[1] && numbers[1] <= numbers[2], "it needs min <= mode <= max")
                ?? Check(Inside(numbers[0]) && Inside(numbers[2]), $"its bounds leave the accepted range {range}")),
            "normal" when n is 2 or 4 => Bounded(numbers, declaredMinimum, declaredMaximum, range,
                (mean, sd, lo, hi) => new TruncatedNormalDistribution(mean, sd, lo, hi), "mean"),
            "lognormal" when n is 2 or 4 => Bounded(numbers, Math.Max(declaredMinimum, 0), declaredMaximum, range,
                (median, sd, lo, hi) => new TruncatedLogNormalDistribution(median, sd, lo, hi), "median"),
            "discrete" when n >= 1 => (new DiscreteDistribution([.. numbers.Order()]),
                Check(numbers.All(Inside), $"a value leaves the accepted range {range}")),
            "uniform" or "triangular" or "normal" or "lognormal" or "discrete" => (null, $"wrong number of values; write {Forms}"),
            _ => (null, $"unknown distribution '{kind}'; write {Forms}"),
        };

        if (problem is not null || made is null)
        {
            error = $"'{text}': {problem ?? "not a distribution"}";
            return false;
        }

        distribution = made;
        error = "";
        return true;
    }

    private static (Distribution?, string?) Bounded(
        List<double> numbers, double defaultLow, double defaultHigh, string range, Func<double, double, double, double, Distribution> make, string centre)
    {
        var (low, high) = numbers.Count == 4 ? (numbers[2], numbers[3]) : (defaultLow, defaultHigh);
        if (numbers[1] <= 0)
        {
            return (null, "the spread must be positive");
        }

        if (low > high)
        {
            return (null, "min is greater than max");
        }

        if (low < defaultLow || high > defaultHigh)
        {
            return (null, $"its bounds leave the accepted range {range}");
        }

        if (numbers[0] < low || numbers[0] > high || (centre == "median" && numbers[0] <= 0))
        {
            return (null, $"the {centre} {Distribution.Number(numbers[0])} lies outside {Distribution.Number(low)} to {Distribution.Number(high)}");
        }

        return (make(numbers[0], numbers[1], low, high), null);
    }
}
