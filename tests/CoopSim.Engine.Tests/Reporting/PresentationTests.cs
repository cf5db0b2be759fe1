using CoopSim.Engine.Reporting;
using CoopSim.Engine.Reporting.Charts;
using CoopSim.Engine.Simulation;
using FsCheck;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests.Reporting;

/// <summary>The one presentation model every view uses: number text, comparison cells and CSV, chart descriptions.</summary>
public sealed class PresentationTests
{
    private static RunResult Run() => Simulator.Run(TestScenarios.Resolve(TestScenarios.Minimal));

    [Property(MaxTest = 300)]
    public void A_difference_reads_as_the_value_with_its_sign(NormalFloat value)
    {
        var text = DisplayUnits.Difference(value.Get, "m3/day");
        var plain = DisplayUnits.Format(value.Get, "m3/day");

        Assert.Equal(plain, text.TrimStart('+'));
        Assert.Equal(text.StartsWith('+'), plain != "0" && !plain.StartsWith('-') && plain.Any(c => c is >= '1' and <= '9'));
    }

    [Fact]
    public void A_percentage_has_its_sign_one_decimal_and_a_dash_for_none()
    {
        Assert.Equal("+4.2%", DisplayUnits.Percent(4.24));
        Assert.Equal("-0.5%", DisplayUnits.Percent(-0.5));
        Assert.Equal("+0.0%", DisplayUnits.Percent(0));
        Assert.Equal("-", DisplayUnits.Percent(double.NaN));
    }

    [Fact]
    public void A_run_alone_is_a_comparison_with_one_column_and_no_differences()
    {
        var comparison = new Comparison([Run()], ["A"]);
        var series = comparison.Series[0];

        Assert.Equal(["A"], ComparisonReport.Headers(comparison));
        Assert.Equal([DisplayUnits.Format(series.Value(0, 2005), series.Metric.Unit)], ComparisonReport.Cells(comparison, series, 2005));
    }

    [Fact]
    public void Labels_of_its_own_name_the_columns_and_the_csv_rows()
    {
        var run = Run();
        var comparison = new Comparison([run, run], ["A", "C"]);
        using var csv = new StringWriter();

        ComparisonReport.WriteCsv(comparison, s => ReferenceEquals(s, comparison.Series[0]), [2005], csv);

        Assert.Equal(["A", "C", "C-A", "C-A %"], ComparisonReport.Headers(comparison));
        var rows = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.Contains(",C,", rows[2], StringComparison.Ordinal);
        var series = comparison.Series[0];
        var expected = $",2005,{DisplayUnits.Export(series.Value(1, 2005), series.Metric.Unit)},0,{DisplayUnits.Export(series.RelativeDifference(1, 2005))}";
        Assert.EndsWith(expected, rows[2].TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_spans_its_values_years_or_the_span_it_is_given()
    {
        var chart = new LineChart("t", "%", [new ChartLine("a", [2001, 2003], [1, 2])], [new ChartPoint("seen", 1999, 3)]);

        Assert.Equal([1999, 2000, 2001, 2002, 2003], chart.Years());
        Assert.Equal(Enumerable.Range(1990, 21), (chart with { Span = new YearSpan(1990, 2010) }).Years());
        Assert.True(double.IsNaN(chart.Lines[0].At(2002)));
        Assert.True(chart.SameAs(chart with { Lines = [new ChartLine("a", [2001, 2003], [1, 2])] }));
        Assert.False(chart.SameAs(chart with { Target = 5 }));
    }
}
