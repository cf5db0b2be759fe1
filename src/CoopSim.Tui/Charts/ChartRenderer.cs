using System.Globalization;
using CoopSim.Engine.Reporting.Charts;

namespace CoopSim.Tui.Charts;

/// <summary>
/// Draws the engine's chart description (<see cref="LineChart"/>) as a line chart of characters: a
/// value axis with the unit and round ticks, a year axis, one line per series drawn with its own
/// marker (so lines stay apart on a monochrome terminal), '#' where lines overlap, and a legend.
/// Lines take the numbered markers in order; the target is a dashed line, a reference line is drawn
/// with '=' and observed points with '◆', each kind after the lines in that order.
/// </summary>
public static class ChartRenderer
{
    /// <summary>The marker of each line, in order; also what the legend shows.</summary>
    public static readonly char[] Markers = ['*', 'o', '+', 'x', '@', '%', '&', '$'];

    public const char OverlapMarker = '#';

    /// <summary>The target's marker: a dashed line across the chart.</summary>
    public const char TargetMarker = '-';

    /// <summary>A reference line's marker (the real city's path), apart from the numbered lines.</summary>
    public const char ReferenceMarker = '=';

    /// <summary>An observed point's marker.</summary>
    public const char PointMarker = '◆';

    public static char MarkerOf(int series) => Markers[series % Markers.Length];

    /// <summary>
    /// What the chart draws, in drawing order (which is also the legend's and each cell's role): the
    /// lines, the target, the reference lines, then the points of each label; each with a value per
    /// year of <paramref name="years"/> (NaN where it has none) and its marker.
    /// </summary>
    public static IReadOnlyList<DrawnSeries> Series(LineChart chart, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(years);
        var series = chart.Lines.Where(l => !l.IsReference)
            .Select((line, i) => new DrawnSeries(line.Label, years.Select(line.At).ToList(), MarkerOf(i)))
            .ToList();
        if (chart.Target is { } target)
        {
            series.Add(new DrawnSeries(chart.TargetText, years.Select(_ => target).ToList(), TargetMarker));
        }

        series.AddRange(chart.Lines.Where(l => l.IsReference)
            .Select(line => new DrawnSeries(line.Label, years.Select(line.At).ToList(), ReferenceMarker)));
        series.AddRange(chart.Points.GroupBy(p => p.Label).Select(points => new DrawnSeries(points.Key,
            years.Select(y => points.FirstOrDefault(p => p.Year == y) is { } p ? p.Value : double.NaN).ToList(), PointMarker)));
        return series;
    }

    public static ChartPicture Render(LineChart chart, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var picture = new ChartPicture(Math.Max(width, 1), Math.Max(height, 1));
        var years = chart.Years();
        var series = Series(chart, years);
        var values = series.SelectMany(s => s.Values).Where(double.IsFinite).ToList();
        if (years.Count == 0 || values.Count == 0)
        {
            picture.Text(0, 0, "no values to chart");
            return picture;
        }

        var legend = Legend(series, width);
        var plotHeight = height - legend.Count - 3;
        var axis = ValueAxis.For(values.Min(), values.Max(), Math.Max(2, plotHeight / 3));
        var labels = axis.Ticks.Select(t => (Value: t, Text: axis.Format(t))).ToList();
        var labelWidth = labels.Max(l => l.Text.Length);
        var left = labelWidth + 1;
        var plotWidth = width - left - 1;
        if (plotHeight < 3 || plotWidth < 6)
        {
            picture.Text(0, 0, "too small to chart");
            return picture;
        }

        // Row 0 names the unit; the plot takes the rows below it.
        picture.Text(0, 0, chart.YLabel);
        const int top = 1;
        int RowOf(double value) => top + (int)Math.Round((axis.Maximum - value) / (axis.Maximum - axis.Minimum) * (plotHeight - 1));
        int ColumnOf(int index) => left + 1 + (years.Count == 1 ? plotWidth / 2 : (int)Math.Round(index * (plotWidth - 1) / (double)(years.Count - 1)));

        DrawAxes(picture, labels, labelWidth, left, top, plotHeight, width, RowOf);
        DrawYears(picture, years, top + plotHeight + 1, width, ColumnOf);

        var overlapped = false;
        for (var s = 0; s < series.Count; s++)
        {
            overlapped |= DrawSeries(picture, series[s].Values, s, series[s].Marker, ColumnOf, RowOf);
        }

        var legendTop = top + plotHeight + 2;
        for (var i = 0; i < legend.Count; i++)
        {
            var x = 0;
            foreach (var (text, role) in legend[i])
            {
                if (role == ChartPicture.Overlap && !overlapped)
                {
                    continue;
                }

                picture.Put(x, legendTop + i, text[0], role);
                picture.Text(x + 1, legendTop + i, text[1..]);
                x += text.Length + 2;
            }
        }

        return picture;
    }

    /// <summary>Legend lines of entries (marker and label, and the marker's role), wrapped to the width.</summary>
    private static List<List<(string Text, int Role)>> Legend(IReadOnlyList<DrawnSeries> series, int width)
    {
        var entries = series.Select((s, i) => (Text: $"{s.Marker} {s.Label}", Role: i)).ToList();
        if (series.Count > 1)
        {
            entries.Add(($"{OverlapMarker} lines overlap", ChartPicture.Overlap));
        }

        var lines = new List<List<(string Text, int Role)>>();
        var current = new List<(string Text, int Role)>();
        var length = 0;
        foreach (var entry in entries)
        {
            if (current.Count > 0 && length + 2 + entry.Text.Length > width)
            {
                lines.Add(current);
                current = [];
                length = 0;
            }

            length += (current.Count > 0 ? 2 : 0) + entry.Text.Length;
            current.Add(entry);
        }

        if (current.Count > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private static void DrawAxes(ChartPicture picture, List<(double Value, string Text)> labels, int labelWidth, int left, int top,
        int plotHeight, int width, Func<double, int> rowOf)
    {
        for (var y = top; y < top + plotHeight; y++)
        {
            picture.Put(left, y, '│', ChartPicture.Frame);
        }

        foreach (var (value, text) in labels)
        {
            var row = rowOf(value);
            picture.Text(labelWidth - text.Length, row, text);
            picture.Put(left, row, '┤', ChartPicture.Frame);
        }

        var axisRow = top + plotHeight;
        picture.Put(left, axisRow, '└', ChartPicture.Frame);
        for (var x = left + 1; x < width; x++)
        {
            picture.Put(x, axisRow, '─', ChartPicture.Frame);
        }
    }

    /// <summary>Year labels at round years (every 1, 2, 5, 10 ... years) that fit side by side.</summary>
    private static void DrawYears(ChartPicture picture, IReadOnlyList<int> years, int row, int width, Func<int, int> columnOf)
    {
        var spacing = years.Count == 1 ? width : (columnOf(years.Count - 1) - columnOf(0)) / (double)(years.Count - 1);
        var needed = (int)Math.Ceiling(5 / Math.Max(spacing, 0.01));
        var every = new[] { 1, 2, 5, 10, 20, 50, 100, 200, 500 }.FirstOrDefault(step => step >= needed, 1000);
        var lastEnd = -2;
        for (var i = 0; i < years.Count; i++)
        {
            if (years[i] % every != 0 && !(i == 0 && years.Count < every))
            {
                continue;
            }

            var text = years[i].ToString(CultureInfo.InvariantCulture);
            var column = columnOf(i);
            var start = Math.Clamp(column - (text.Length / 2), 0, Math.Max(0, width - text.Length));
            if (start <= lastEnd + 1)
            {
                continue;
            }

            picture.Put(column, row - 1, '┬', ChartPicture.Frame);
            picture.Text(start, row, text);
            lastEnd = start + text.Length - 1;
        }
    }

    private static bool DrawSeries(ChartPicture picture, IReadOnlyList<double> values, int series, char marker, Func<int, int> columnOf, Func<double, int> rowOf)
    {
        var overlapped = false;
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                continue;
            }

            var hasNext = i + 1 < values.Count && double.IsFinite(values[i + 1]);
            var hasPrevious = i > 0 && double.IsFinite(values[i - 1]);
            if (!hasNext)
            {
                if (!hasPrevious)
                {
                    overlapped |= picture.Plot(columnOf(i), rowOf(values[i]), series, marker, OverlapMarker);
                }

                continue;
            }

            overlapped |= Segment(picture, columnOf(i), values[i], columnOf(i + 1), values[i + 1], series, marker, rowOf);
        }

        return overlapped;
    }

    /// <summary>A straight line between two points, every column filled and steep parts joined up and down.</summary>
    private static bool Segment(ChartPicture picture, int x0, double v0, int x1, double v1, int series, char marker, Func<double, int> rowOf)
    {
        var overlapped = false;
        var previousRow = rowOf(v0);
        for (var x = x0; x <= x1; x++)
        {
            var t = x1 == x0 ? 1 : (x - x0) / (double)(x1 - x0);
            var row = rowOf(v0 + (t * (v1 - v0)));
            if (x > x0)
            {
                // Join a steep step: half of the rise in the previous column, half in this one.
                var middle = (previousRow + row) / 2;
                for (var y = Math.Min(previousRow, middle) + 1; y < Math.Max(previousRow, middle); y++)
                {
                    overlapped |= picture.Plot(x - 1, y, series, marker, OverlapMarker);
                }

                for (var y = Math.Min(middle, row); y <= Math.Max(middle, row); y++)
                {
                    if (y != row)
                    {
                        overlapped |= picture.Plot(x, y, series, marker, OverlapMarker);
                    }
                }
            }

            overlapped |= picture.Plot(x, row, series, marker, OverlapMarker);
            previousRow = row;
        }

        return overlapped;
    }
}

/// <summary>One series as the terminal draws it: its legend label, a value per year of the chart (NaN for a gap) and its marker.</summary>
public sealed record DrawnSeries(string Label, IReadOnlyList<double> Values, char Marker);
