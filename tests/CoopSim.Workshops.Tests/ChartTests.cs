using CoopSim.Charts;
using CoopSim.Engine.Reporting.Charts;
using SkiaSharp;

namespace CoopSim.Workshops.Tests;

/// <summary>Charts are PNGs drawn headless with the bundled font, and their text is really drawn.</summary>
public sealed class ChartTests
{
    private static LineChart Chart(string title) => new(title, "%",
        [
            new ChartLine("Blue", [1993, 1994, 1995], [72, 65, 60]),
            new ChartLine("Real city", [1993, 1994, 1995], [72, 70, 66], IsReference: true),
        ],
        [new ChartPoint("reported", 1993, 72)], Target: 25, TargetLabel: "target");

    private static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");

    /// <summary>Dark pixels in the band at the top where the title is drawn, and how many of them the other image lacks.</summary>
    private static (int Dark, int Different) TitleBand(SKBitmap bitmap, SKBitmap other)
    {
        var (dark, different) = (0, 0);
        for (var y = 0; y < 45; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue < 200)
                {
                    dark++;
                    different += c == other.GetPixel(x, y) ? 0 : 1;
                }
            }
        }

        return (dark, different);
    }

    [Fact]
    public void A_chart_is_a_png_of_the_requested_size()
    {
        var png = PngChart.Render(Chart("Non-revenue water"), 800, 500);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        using var bitmap = Decode(png);
        Assert.Equal((800, 500), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void The_title_text_is_actually_drawn_in_the_bundled_font()
    {
        using var withTitle = Decode(PngChart.Render(Chart("Non-revenue water (%)")));
        using var without = Decode(PngChart.Render(Chart("")));

        var (dark, different) = TitleBand(withTitle, without);
        Assert.True(different > 500, $"only {different} of {dark} dark pixels at the top come from the title");
        Assert.Equal(ChartFonts.Family, ScottPlot.Fonts.Default);
        Assert.True(File.Exists(ChartFonts.Regular) && File.Exists(ChartFonts.Bold));
        Assert.True(File.Exists(Path.Combine(ChartFonts.Folder, "LICENSE-DejaVu.txt")));
        using var typeface = ScottPlot.Fonts.GetTypeface(ChartFonts.Family, bold: false, italic: false);
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
    }

    [Fact]
    public void The_last_entry_of_a_long_legend_is_drawn_not_cut_off()
    {
        // Eight teams with long names, the real city, the reported values and the target: eleven entries.
        var lines = Enumerable.Range(1, WorkshopSession.MaxTeams)
            .Select(i => new ChartLine($"Team {i} with a name as long as a class likes it", [2001, 2002, 2003], [30.0 + i, 31 + i, 32 + i]))
            .Append(new ChartLine("Surabaya with Kitakyushu (bundled scenario)", [2001, 2002, 2003], [30, 35, 40], IsReference: true))
            .ToList();
        LineChart Chart(string targetLabel) => new("Residents aware of separation (%)", "%", lines,
            [new ChartPoint("reported in the cases", 2002, 33)], Target: 35, TargetLabel: targetLabel);

        // The same letters in another order: the legend's layout is the same, only the last entry's text differs.
        using var target = Decode(PngChart.Render(Chart("target")));
        using var tegrat = Decode(PngChart.Render(Chart("tegrat")));

        var differing = 0;
        for (var y = 0; y < target.Height; y++)
        {
            for (var x = 0; x < target.Width; x++)
            {
                differing += target.GetPixel(x, y) == tegrat.GetPixel(x, y) ? 0 : 1;
            }
        }

        Assert.True(differing > 50, $"only {differing} pixels differ: the legend's last entry is not drawn");
    }

    [Fact]
    public void Years_on_the_axis_are_written_without_a_thousands_separator()
    {
        Assert.Equal("1994", PngChart.YearLabel(1994));
        Assert.Equal("2010", PngChart.YearLabel(2010.0000001));
    }

    [Fact]
    public void A_span_keeps_the_years_still_to_come_on_the_axis()
    {
        // The first team's colour, where the plot is (the legend is below it).
        static int RightmostTeamPixel(SKBitmap bitmap)
        {
            var rightmost = -1;
            for (var y = 0; y < bitmap.Height * 6 / 10; y++)
            {
                for (var x = 0; x < bitmap.Width; x++)
                {
                    var c = bitmap.GetPixel(x, y);
                    if (Math.Abs(c.Red - 0x00) < 30 && Math.Abs(c.Green - 0x72) < 30 && Math.Abs(c.Blue - 0xB2) < 30)
                    {
                        rightmost = Math.Max(rightmost, x);
                    }
                }
            }

            return rightmost;
        }

        using var fitted = Decode(PngChart.Render(Chart("Non-revenue water")));
        using var spanned = Decode(PngChart.Render(Chart("Non-revenue water") with { Span = new YearSpan(1993, 2010) }));

        Assert.InRange(RightmostTeamPixel(fitted), fitted.Width * 7 / 10, fitted.Width);
        Assert.InRange(RightmostTeamPixel(spanned), 0, spanned.Width / 2);
    }
}
