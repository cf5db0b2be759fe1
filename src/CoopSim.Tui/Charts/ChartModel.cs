namespace CoopSim.Tui.Charts;

/// <summary>
/// One line of a chart: its legend label, a value per year of the chart (NaN for a gap), and its own
/// marker when it must stand apart from the numbered series (a target, a reference path).
/// </summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double> Values, char? Marker = null);

/// <summary>What a line chart shows: values already in the shown unit (% for shares), one series per line.</summary>
public sealed record ChartModel(string Title, string Unit, IReadOnlyList<int> Years, IReadOnlyList<ChartSeries> Series)
{
    public static ChartModel Empty(string title) => new(title, "", [], []);
}
