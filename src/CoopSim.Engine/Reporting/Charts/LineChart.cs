namespace CoopSim.Engine.Reporting.Charts;

/// <summary>
/// What a line chart shows, independent of how it is drawn (a PNG for a report, cells in a terminal):
/// lines over years, single observed points, and an optional target. Values are in display units
/// (shares already as %, see <see cref="DisplayUnits"/>).
/// </summary>
public sealed record LineChart(
    string Title,
    string YLabel,
    IReadOnlyList<ChartLine> Lines,
    IReadOnlyList<ChartPoint> Points,
    double? Target = null,
    string? TargetLabel = null);

/// <summary>A line: one value per year. A reference line (the real city) is drawn apart from the teams'.</summary>
public sealed record ChartLine(string Label, IReadOnlyList<int> Years, IReadOnlyList<double> Values, bool IsReference = false);

/// <summary>A single observed value, e.g. one the cases report.</summary>
public sealed record ChartPoint(string Label, int Year, double Value);
