using CoopSim.Engine.Reporting;
using CoopSim.Engine.Reporting.Charts;

namespace CoopSim.Workshops;

/// <summary>
/// The charts of a session, described once (<see cref="LineChart"/>) for the debrief's pictures and
/// the trainer console's standings: each drawer decides only how they look.
/// </summary>
public static class ScoreCharts
{
    /// <summary>The legend text of the values the cases report.</summary>
    public const string ReportedLabel = "reported in the cases";

    /// <summary>
    /// A score over the played years: a line per team (named after the earlier team whose line it
    /// hides when the two are the same), the target, and with <paramref name="withHistory"/> the real
    /// city's path as a reference line and the values the cases report as points.
    /// </summary>
    public static LineChart Score(WorkshopSession session, ScoreMetric score, bool withHistory)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(score);
        var exercise = session.Exercise;
        var teams = MetricPaths.Teams(session, score);
        var lines = teams.Select((p, i) => Line(p, LegendLabel(teams, i), score.Unit)).ToList();
        var points = new List<ChartPoint>();
        if (withHistory)
        {
            if (MetricPaths.History(exercise, score) is { } history)
            {
                lines.Add(Line(history, history.Label, score.Unit) with { IsReference = true });
            }

            points.AddRange(MetricPaths.Observed(exercise, score)
                .Select(o => new ChartPoint(ReportedLabel, o.Year, DisplayUnits.Value(o.Value, score.Unit))));
        }

        var unit = DisplayUnits.Unit(score.Unit);
        return new LineChart($"{score.Label} ({unit})", unit, lines, points,
            score.Target is { } target ? DisplayUnits.Value(target, score.Unit) : null, LineChart.DefaultTargetLabel);
    }

    /// <summary>Each team's budget spent, cumulative, in USD.</summary>
    public static LineChart Budget(WorkshopSession session)
    {
        var budget = MetricPaths.BudgetSpent(session);
        return new LineChart("Budget spent (USD)", "USD", budget.Select((p, i) => new ChartLine(LegendLabel(budget, i), p.Years, p.Values)).ToList(), []);
    }

    /// <summary>A team's name, and the earlier team whose line it hides when the two paths are the same.</summary>
    private static string LegendLabel(IReadOnlyList<MetricPath> paths, int index)
    {
        var path = paths[index];
        var twin = paths.Take(index).FirstOrDefault(p => p.Years.SequenceEqual(path.Years) && p.Values.SequenceEqual(path.Values));
        return twin is null ? path.Label : $"{path.Label} (same as {twin.Label})";
    }

    private static ChartLine Line(MetricPath path, string label, string unit) =>
        new(label, path.Years, path.Values.Select(v => DisplayUnits.Value(v, unit)).ToList());
}
