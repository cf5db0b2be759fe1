using CoopSim.Engine.Reporting.Charts;
using CoopSim.Tui.Charts;
using FsCheck;
using FsCheck.Xunit;

namespace CoopSim.Tui.Tests.Charts;

public sealed class ChartRendererTests
{
    private static LineChart Model(params double[][] series) =>
        new("test", "%", series.Select((values, i) => new ChartLine($"series {i}", Enumerable.Range(2000, values.Length).ToList(), values)).ToList(), []);

    private static IEnumerable<(int X, int Y)> CellsOf(ChartPicture picture, int role) =>
        Enumerable.Range(0, picture.Width).SelectMany(x => PlotRows(picture).Select(y => (x, y))).Where(c => picture.Role(c.x, c.y) == role);

    /// <summary>The rows between the unit line at the top and the axis, years and legend at the bottom.</summary>
    private static IEnumerable<int> PlotRows(ChartPicture picture) => Enumerable.Range(1, Math.Max(0, picture.Height - 4));

    [Property(MaxTest = 300)]
    public void Any_chart_fits_its_size_and_never_throws(PositiveInt width, PositiveInt height, NormalFloat[] values)
    {
        var model = Model(values.Select(v => v.Get).ToArray());
        var (w, h) = (1 + (width.Get % 200), 1 + (height.Get % 80));

        var picture = ChartRenderer.Render(model, w, h);

        Assert.Equal((w, h), (picture.Width, picture.Height));
        Assert.All(picture.Lines(), line => Assert.True(line.Length <= w));
    }

    [Property(MaxTest = 200)]
    public void Every_value_is_drawn_in_its_year_column_with_its_series_marker(NormalFloat[] first, NormalFloat[] second)
    {
        var length = Math.Min(first.Length, second.Length);
        if (length == 0)
        {
            return;
        }

        var model = Model(first.Take(length).Select(v => v.Get).ToArray(), second.Take(length).Select(v => v.Get).ToArray());
        var picture = ChartRenderer.Render(model, 100, 30);

        for (var s = 0; s < 2; s++)
        {
            var markers = Enumerable.Range(0, picture.Width)
                .Select(x => PlotRows(picture).Any(y => picture.Role(x, y) == s || picture.Role(x, y) == ChartPicture.Overlap))
                .ToList();
            Assert.True(markers.Count(m => m) >= Math.Min(length, 2), $"series {s} is not drawn");
        }
    }

    [Fact]
    public void A_falling_series_is_drawn_from_top_left_to_bottom_right_with_axis_labels()
    {
        var picture = ChartRenderer.Render(Model([72, 60, 45, 30, 20]), 40, 14);
        var text = picture.ToString();

        var rows = PlotRows(picture).Where(y => Enumerable.Range(0, picture.Width).Any(x => picture.Role(x, y) == 0)).ToList();
        var firstColumn = Enumerable.Range(0, picture.Width).First(x => PlotRows(picture).Any(y => picture.Role(x, y) == 0));
        var lastColumn = Enumerable.Range(0, picture.Width).Last(x => PlotRows(picture).Any(y => picture.Role(x, y) == 0));
        var topRowAtStart = PlotRows(picture).First(y => picture.Role(firstColumn, y) == 0);
        var topRowAtEnd = PlotRows(picture).First(y => picture.Role(lastColumn, y) == 0);

        Assert.True(topRowAtStart < topRowAtEnd);
        Assert.StartsWith("%", text, StringComparison.Ordinal);
        Assert.Contains("2000", text, StringComparison.Ordinal);
        Assert.Contains("* series 0", text, StringComparison.Ordinal);
        Assert.True(rows.Count > 3);
    }

    [Fact]
    public void Overlapping_lines_are_marked_and_explained_in_the_legend()
    {
        var text = ChartRenderer.Render(Model([10, 20, 30], [10, 20, 30]), 40, 12).ToString();

        Assert.Contains("#", text, StringComparison.Ordinal);
        Assert.Contains("# lines overlap", text, StringComparison.Ordinal);
        Assert.Contains("o series 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Separate_lines_need_no_overlap_note()
    {
        var text = ChartRenderer.Render(Model([10, 20, 30], [90, 80, 70]), 40, 12).ToString();

        Assert.DoesNotContain("overlap", text, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public void The_value_axis_covers_the_data_with_round_ticks(NormalFloat a, NormalFloat b, PositiveInt target)
    {
        // Model outputs stay far inside double's range; so do these.
        var (x, y) = (a.Get % 1e12, b.Get % 1e12);
        var (min, max) = (Math.Min(x, y), Math.Max(x, y));
        var axis = ValueAxis.For(min, max, 1 + (target.Get % 8));

        Assert.True(axis.Minimum <= min && axis.Maximum >= max);
        Assert.True(axis.Maximum > axis.Minimum);
        var ticks = axis.Ticks.ToList();
        Assert.InRange(ticks.Count, 2, 40);
        Assert.All(ticks, t => Assert.False(string.IsNullOrWhiteSpace(axis.Format(t))));
    }

    [Fact]
    public void The_target_is_a_dashed_line_listed_after_the_lines()
    {
        var chart = new LineChart("test", "%", [new ChartLine("team", [2000, 2001, 2002], [10, 20, 30])], [], Target: 50, TargetLabel: "target");

        var picture = ChartRenderer.Render(chart, 40, 12);

        Assert.Contains("- target", picture.ToString(), StringComparison.Ordinal);
        Assert.Contains("* team", picture.ToString(), StringComparison.Ordinal);
        var targetCells = CellsOf(picture, 1).ToList();
        Assert.NotEmpty(targetCells);
        Assert.All(targetCells, c => Assert.Equal('-', picture.Glyph(c.X, c.Y)));
    }

    [Fact]
    public void A_reference_line_and_observed_points_have_markers_of_their_own_and_one_legend_entry_per_label()
    {
        var chart = new LineChart("test", "%",
            [new ChartLine("real city", [2000, 2001, 2002], [80, 70, 60], IsReference: true), new ChartLine("team", [2000, 2001, 2002], [10, 20, 30])],
            [new ChartPoint("reported", 2000, 45), new ChartPoint("reported", 2002, 45)]);

        var picture = ChartRenderer.Render(chart, 50, 14);
        var text = picture.ToString();

        Assert.Contains("* team", text, StringComparison.Ordinal);
        Assert.Contains($"{ChartRenderer.ReferenceMarker} real city", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), l => l.Contains("reported", StringComparison.Ordinal));
        Assert.All(CellsOf(picture, 1), c => Assert.Equal(ChartRenderer.ReferenceMarker, picture.Glyph(c.X, c.Y)));
        Assert.Equal(2, CellsOf(picture, 2).Count(c => picture.Glyph(c.X, c.Y) == ChartRenderer.PointMarker));
    }

    [Fact]
    public void A_span_wider_than_the_values_keeps_its_years_on_the_axis()
    {
        var chart = new LineChart("test", "%", [new ChartLine("team", [2000, 2001], [10, 20])], []) { Span = new YearSpan(2000, 2010) };

        var picture = ChartRenderer.Render(chart, 60, 12);

        // Two of eleven years: the line ends in the first fifth of the plot.
        Assert.InRange(CellsOf(picture, 0).Max(c => c.X), 0, 60 / 5 + 8);
        Assert.Contains("2000", picture.ToString(), StringComparison.Ordinal);
    }
}
