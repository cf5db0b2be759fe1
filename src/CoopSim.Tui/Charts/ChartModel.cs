namespace CoopSim.Tui.Charts;

/// <summary>One line of a chart: its legend label and a value per year of the chart (NaN for a gap).</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double> Values);

/// <summary>What a line chart shows: values already in the shown unit (% for shares), one series per line.</summary>
public sealed record ChartModel(string Title, string Unit, IReadOnlyList<int> Years, IReadOnlyList<ChartSeries> Series)
{
    public static ChartModel Empty(string title) => new(title, "", [], []);
}
