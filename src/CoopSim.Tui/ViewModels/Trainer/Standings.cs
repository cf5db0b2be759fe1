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
    /// A score's chart as the debrief describes it (<see cref="ScoreCharts"/>), over the exercise's
    /// years: one line per team up to the last played round, the target, and after the last round the
    /// real city's path and reported values; or, past the scores, each team's budget spent.
    /// </summary>
    public LineChart Chart(int index)
    {
        var exercise = _session.Exercise;
        var span = new YearSpan(exercise.FirstYear, exercise.LastYear);
        if (index >= exercise.Scores.Count)
        {
            return ScoreCharts.Budget(_session) with { Title = "Budget spent, cumulative (USD)", Span = span };
        }

        var score = exercise.Scores[index];
        var chart = ScoreCharts.Score(_session, score, HistoryShown);
        if (chart.Lines.Count == 0)
        {
            // Before the first round: the teams' names and the years, so the class sees what is coming.
            chart = chart with { Lines = _session.Teams.Select(t => new ChartLine(t.Name, [], [])).ToList() };
        }

        var better = score.LowerIsBetter ? "lower" : "higher";
        return chart with { Title = $"{score.Label} ({chart.YLabel}, {better} is better)", TargetLabel = $"target: {score.TargetText}", Span = span };
    }
}
