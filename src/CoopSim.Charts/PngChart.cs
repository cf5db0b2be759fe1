using System.Globalization;
using CoopSim.Engine.Reporting.Charts;
using ScottPlot;

namespace CoopSim.Charts;

/// <summary>Draws a <see cref="LineChart"/> as a PNG, headless, in text large enough for a projector.</summary>
public static class PngChart
{
    public const int DefaultWidth = 1200;
    public const int DefaultHeight = 700;

    /// <summary>Eight colours told apart in print and by most colour-blind readers (Okabe-Ito, plus grey and a dark red).</summary>
    private static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"), Color.FromHex("#D55E00"), Color.FromHex("#999999"), Color.FromHex("#882255"),
    ];

    private static readonly Color Reference = Color.FromHex("#000000");

    /// <summary>A year tick: "1994", not the default "1,994".</summary>
    public static string YearLabel(double year) => Math.Round(year).ToString("0", CultureInfo.InvariantCulture);

    public static byte[] Render(LineChart chart, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ChartFonts.Family);
        var team = 0;
        foreach (var line in chart.Lines)
        {
            var xs = line.Years.Select(y => (double)y).ToArray();
            var scatter = plot.Add.Scatter(xs, line.Values.ToArray());
            scatter.LegendText = line.Label;
            scatter.LineWidth = line.IsReference ? 3 : 4;
            scatter.MarkerSize = line.IsReference ? 0 : 7;
            scatter.Color = line.IsReference ? Reference : Palette[team++ % Palette.Length];
            if (line.IsReference)
            {
                scatter.LinePattern = LinePattern.Dashed;
            }
        }

        foreach (var points in chart.Points.GroupBy(p => p.Label))
        {
            var markers = plot.Add.Markers(
                points.Select(p => (double)p.Year).ToArray(), points.Select(p => p.Value).ToArray(),
                MarkerShape.FilledDiamond, 16, Reference);
            markers.LegendText = points.Key;
        }

        if (chart.Target is { } target)
        {
            var line = plot.Add.HorizontalLine(target, 2, Color.FromHex("#555555"), LinePattern.Dotted);
            line.LegendText = chart.TargetText;
        }

        plot.Title(chart.Title, 30);
        plot.YLabel(chart.YLabel, 24);
        plot.Axes.Title.Label.FontName = ChartFonts.Family;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = YearLabel,
            IntegerTicksOnly = true,
        };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = value => value.ToString(Math.Abs(value) >= 1000 ? "N0" : "G4", CultureInfo.InvariantCulture),
        };
        plot.Axes.Bottom.TickLabelStyle.FontSize = 20;
        plot.Axes.Left.TickLabelStyle.FontSize = 20;
        plot.Legend.FontSize = 20;
        plot.Legend.FontName = ChartFonts.Family;
        plot.ShowLegend(Edge.Bottom);
        if (chart.Span is { } span)
        {
            // Autoscaling fits only the values; a span keeps the years still to come on the axis.
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsX(span.First - 0.5, span.Last + 0.5);
        }

        return RenderWholeLegend(plot, width, height);
    }

    /// <summary>
    /// The legend panel below the plot reserves the height of the legend's previous render, which was
    /// laid out in the room the panel had then, so rows beyond it would be cut off (with many teams, or
    /// long names). Rendering again until the legend's size settles gives every row its room.
    /// </summary>
    private static byte[] RenderWholeLegend(Plot plot, int width, int height)
    {
        const int MaxRenders = 10;
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        for (var i = 1; i < MaxRenders; i++)
        {
            var before = plot.Legend.LastRenderSize;
            png = plot.GetImageBytes(width, height, ImageFormat.Png);
            if (plot.Legend.LastRenderSize == before)
            {
                break;
            }
        }

        return png;
    }
}
