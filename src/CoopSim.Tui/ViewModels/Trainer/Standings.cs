using System.Globalization;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Reporting.Charts;
using CoopSim.Workshops;

namespace CoopSim.Tui.ViewModels.Trainer;

/// <summary>A team's line in the league: rank, each score as shown (% for shares), targets met, places and money spent.</summary>
public sealed record StandingRow(string Rank, string Team, IReadOnlyList<string> Values, string Targets, string Places, string Spent, bool IsHistory = false);

/// <summary>
/// Where the teams stand: the league table after the played rounds and a chart of each score (and of
/// budget spent) with every team's path. After the last round the real city's path and the values
/// the cases report are drawn beside the teams'; before it, nothing of the real city is shown, so
/// the class cannot steer by it.
/// </summary>
public sealed class Standings(WorkshopSession session)
{
    private readonly WorkshopSession _session = session;

    /// <summary>The chart shown: an index into <see cref="ChartTitles"/>.</summary>
    public int ChartIndex { get; private set; }

    public bool ShowChart { get; private set; }

    /// <summary>Each score's label, then budget spent.</summary>
    public IReadOnlyList<string> ChartTitles => [.. _session.Exercise.Scores.Select(s => s.Label), "Budget spent"];

    public bool HistoryShown => _session.IsFinished && _session.Exercise.History is not null;

    public void ToggleChart() => ShowChart = !ShowChart;

    public string CycleChart(int delta)
    {
        var count = ChartTitles.Count;
        ChartIndex = (((ChartIndex + delta) % count) + count) % count;
        ShowChart = true;
        return $"chart {ChartIndex + 1} of {count}: {ChartTitles[ChartIndex]}";
    }

    /// <summary>"League after round 2 of 5 (1998)", or that no round is played yet.</summary>
    public string LeagueTitle => _session.SimulatedTo is { } year
        ? string.Create(CultureInfo.InvariantCulture, $"League after round {_session.RoundsPlayed} of {_session.Exercise.Rounds.Count} ({year})")
        : "League: no round played yet";

    /// <summary>How the league ranks (in the order the league applies its tie-breaks, shorter than the reports'), and the targets.</summary>
    public string LeagueRule
    {
        get
        {
            var scores = _session.Exercise.Scores;
            var first = scores.Count > 0 ? $", then {scores[0].Label} ({(scores[0].LowerIsBetter ? "lower" : "higher")} is better)" : "";
            var targets = scores.Where(s => s.Target is not null).Select(s => $"{s.Label} {s.TargetText}").ToList();
            return $"Ranked by targets met, then places on the scores (fewer is better){first}, then less spent." +
                   (targets.Count == 0 ? "" : " Targets: " + string.Join("; ", targets) + ".");
        }
    }

    /// <summary>Each score's unit as shown (% for shares).</summary>
    public IReadOnlyList<string> ScoreUnits => _session.Exercise.Scores.Select(s => DisplayUnits.Unit(s.Unit)).ToList();

    /// <summary>The score columns' headings: "Non-revenue water (%)".</summary>
    public IReadOnlyList<string> ScoreHeadings => _session.Exercise.Scores.Select(s => $"{s.Label} ({DisplayUnits.Unit(s.Unit)})").ToList();

    /// <summary>The ranked teams; after the last round, the real city's values last.</summary>
    public IReadOnlyList<StandingRow> Rows()
    {
        var league = _session.League();
        var played = league.RoundsPlayed > 0;
        var withTargets = league.Scores.Count(s => s.Target is not null);
        var rows = league.Rows.Select(r => new StandingRow(
            played ? r.Rank.ToString(CultureInfo.InvariantCulture) : "-",
            r.Team.Name,
            r.Values.Select((v, i) => DisplayUnits.Format(v, league.Scores[i].Unit)).ToList(),
            played ? $"{r.TargetsMet} of {withTargets}" : "-",
            played ? r.Places.ToString(CultureInfo.InvariantCulture) : "-",
            DisplayUnits.Format(r.BudgetSpent, "USD"))).ToList();
        if (HistoryShown && league.History is { } history)
        {
            rows.Add(new StandingRow("", _session.Exercise.History!.Label,
                history.Select((v, i) => DisplayUnits.Format(v, league.Scores[i].Unit)).ToList(), "", "", "", IsHistory: true));
        }

        return rows;
    }

    public ResultTable Table()
    {
        var columns = new List<string> { "#", "team" };
        columns.AddRange(ScoreHeadings);
        columns.AddRange(["targets", "spent (USD)", "places"]);
        var rows = Rows().Select(r => (IReadOnlyList<string>)[r.Rank, r.Team, .. r.Values, r.Targets, r.Spent, r.Places]).ToList();
        return new ResultTable(columns, rows);
    }

    /// <summary>The chart at <see cref="ChartIndex"/>.</summary>
    public LineChart Chart() => Chart(ChartIndex);

    /// <summary>
    /// A score's chart over the exercise's years: one line per team up to the last played round,
    /// the target, and after the last round the real city's path (a reference line) and reported
    /// values (points); or, past the scores, each team's budget spent.
    /// </summary>
    public LineChart Chart(int index)
    {
        var exercise = _session.Exercise;
        var span = new YearSpan(exercise.FirstYear, exercise.LastYear);
        if (index >= exercise.Scores.Count)
        {
            var spent = MetricPaths.BudgetSpent(_session).Select(p => Line(p, "USD")).ToList();
            return new LineChart("Budget spent, cumulative (USD)", "USD", spent, []) { Span = span };
        }

        var score = exercise.Scores[index];
        var lines = MetricPaths.Teams(_session, score).Select(p => Line(p, score.Unit)).ToList();
        if (lines.Count == 0)
        {
            // Before the first round: an empty chart with its years, so the class sees what is coming.
            lines = _session.Teams.Select(t => new ChartLine(t.Name, [], [])).ToList();
        }

        var points = new List<ChartPoint>();
        if (HistoryShown)
        {
            if (MetricPaths.History(exercise, score) is { } history)
            {
                lines.Add(Line(history, score.Unit) with { IsReference = true });
            }

            points.AddRange(MetricPaths.Observed(exercise, score)
                .Where(o => o.Year >= span.First && o.Year <= span.Last)
                .Select(o => new ChartPoint("reported in the cases", o.Year, DisplayUnits.Value(o.Value, score.Unit))));
        }

        var better = score.LowerIsBetter ? "lower" : "higher";
        var target = score.Target is { } value ? DisplayUnits.Value(value, score.Unit) : (double?)null;
        return new LineChart($"{score.Label} ({DisplayUnits.Unit(score.Unit)}, {better} is better)", DisplayUnits.Unit(score.Unit), lines, points,
            target, $"target: {score.TargetText}") { Span = span };
    }

    private static ChartLine Line(MetricPath path, string unit) =>
        new(path.Label, path.Years, path.Values.Select(v => DisplayUnits.Value(v, unit)).ToList());
}
