namespace CoopSim.Engine.Reporting.Charts;

/// <summary>
/// What a line chart shows, independent of how it is drawn (PNG in a report, cells in a terminal, any
/// later format): lines over years, single observed points, and an optional target. Values are in
/// display units (shares already as %, see <see cref="DisplayUnits"/>). What each kind looks like
/// (a reference line dashed, points as diamonds) is the drawer's choice; the description only says
/// which kind each is.
/// </summary>
public sealed record LineChart(
    string Title,
    string YLabel,
    IReadOnlyList<ChartLine> Lines,
    IReadOnlyList<ChartPoint> Points,
    double? Target = null,
    string? TargetLabel = null)
{
    /// <summary>The target's legend text when the chart names none.</summary>
    public const string DefaultTargetLabel = "target";

    /// <summary>
    /// The years the chart spans when they are wider than its values (an exercise's years before all
    /// rounds are played); null to span the lines and points.
    /// </summary>
    public YearSpan? Span { get; init; }

    /// <summary>A chart with nothing to draw, e.g. before any result exists.</summary>
    public static LineChart Empty(string title) => new(title, "", [], []);

    /// <summary>Every year from the first to the last the chart spans (its <see cref="Span"/>, else its lines and points).</summary>
    public IReadOnlyList<int> Years()
    {
        if (Span is { } span)
        {
            return Enumerable.Range(span.First, span.Last - span.First + 1).ToList();
        }

        var years = Lines.SelectMany(l => l.Years).Concat(Points.Select(p => p.Year)).ToList();
        return years.Count == 0 ? [] : Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).ToList();
    }

    /// <summary>The target's legend text.</summary>
    public string TargetText => TargetLabel ?? DefaultTargetLabel;

    /// <summary>Whether the two describe the same picture (the records hold lists, which compare by reference).</summary>
    public bool SameAs(LineChart other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Title == other.Title && YLabel == other.YLabel && Target.Equals(other.Target) && TargetLabel == other.TargetLabel
               && Span == other.Span && Points.SequenceEqual(other.Points)
               && Lines.Count == other.Lines.Count && Lines.Zip(other.Lines).All(p => p.First.SameAs(p.Second));
    }
}

/// <summary>A line: one value per year. A reference line (the real city) is drawn apart from the teams'.</summary>
public sealed record ChartLine(string Label, IReadOnlyList<int> Years, IReadOnlyList<double> Values, bool IsReference = false)
{
    /// <summary>The value in a year; NaN where the line has none.</summary>
    public double At(int year)
    {
        for (var i = 0; i < Years.Count; i++)
        {
            if (Years[i] == year)
            {
                return Values[i];
            }
        }

        return double.NaN;
    }

    public bool SameAs(ChartLine other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Label == other.Label && IsReference == other.IsReference && Years.SequenceEqual(other.Years) && Values.SequenceEqual(other.Values);
    }
}

/// <summary>A single observed value, e.g. one the cases report. Points with the same label are one legend entry.</summary>
public sealed record ChartPoint(string Label, int Year, double Value);

/// <summary>The first and last year a chart spans.</summary>
public readonly record struct YearSpan(int First, int Last);
