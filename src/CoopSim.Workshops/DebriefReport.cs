using System.Globalization;
using System.Text;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Reporting.Charts;

namespace CoopSim.Workshops;

/// <summary>
/// The debrief after a session, as Markdown with the league table, each score's path per team beside
/// the real city's, the rounds with their events and decisions, and the debrief questions. Charts
/// are described (<see cref="LineChart"/>) and named; whoever writes the report draws them.
/// </summary>
public static class DebriefReport
{
    public const string ChartFolder = "charts";

    public static Debrief Build(WorkshopSession session, string? sessionName = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        var exercise = session.Exercise;
        var md = new StringBuilder();
        var charts = new List<DebriefChart>();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Debrief: {exercise.Name}");
        md.AppendLine();
        var firstRound = exercise.Rounds[0].From;
        var played = session.SimulatedTo is { } end
            ? $"{firstRound}-{end}{(exercise.FirstYear < firstRound ? $", the city simulated from {exercise.FirstYear}" : "")}"
            : "no year yet";
        md.AppendLine(CultureInfo.InvariantCulture,
            $"{(sessionName is null ? "Session" : $"Session `{sessionName}`")}: {session.RoundsPlayed} of {exercise.Rounds.Count} rounds played ({played}), " +
            $"{session.Teams.Count} team(s), seed {session.Seed}. Exercise `{Path.GetFileName(exercise.Path)}` on the base scenario \"{exercise.BaseScenario.Name}\".");
        if (exercise.Document.Description is { } description)
        {
            md.AppendLine();
            md.AppendLine(description);
        }

        List("Learning objectives", exercise.Objectives, md, numbered: false);
        WriteLeague(session, md);
        WriteScores(session, md, charts);
        WriteRounds(session, md);
        List("Debrief questions", exercise.DebriefQuestions, md, numbered: true);
        WriteNotes(session, md);
        return new Debrief(md.ToString(), charts);
    }

    private static void List(string title, IReadOnlyList<string> items, StringBuilder md, bool numbered)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
        md.AppendLine();
        for (var i = 0; i < items.Count; i++)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{(numbered ? $"{i + 1}." : "-")} {items[i]}");
        }
    }

    private static void WriteLeague(WorkshopSession session, StringBuilder md)
    {
        var league = session.League();
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"## League table{(league.Year is { } y ? $" in {y}" : "")}");
        md.AppendLine();
        md.AppendLine(WorkshopText.LeagueRule(league));
        md.AppendLine();
        var header = new List<string> { "rank", "team" };
        header.AddRange(league.Scores.Select(s => $"{s.Label} ({DisplayUnits.Unit(s.Unit)})"));
        header.AddRange(["targets met", "places", "budget spent (USD)"]);
        var rows = league.Rows.Select(r => (IReadOnlyList<string>)
        [
            r.Rank.ToString(CultureInfo.InvariantCulture), r.Team.Name,
            .. r.Values.Select((v, i) => DisplayUnits.Format(v, league.Scores[i].Unit)),
            $"{r.TargetsMet} of {league.Scores.Count(s => s.Target is not null)}", r.Places.ToString(CultureInfo.InvariantCulture),
            DisplayUnits.Format(r.BudgetSpent, "USD"),
        ]).ToList();
        if (league.History is { } history && session.Exercise.History is { } path)
        {
            rows.Add(["", $"*{path.Label}*", .. history.Select((v, i) => DisplayUnits.Format(v, league.Scores[i].Unit)), "", "", ""]);
        }

        Table(md, header, rows, leftColumns: 2);
        var targets = league.Scores.Where(s => s.Target is not null).ToList();
        if (targets.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("Targets: " + string.Join("; ", targets.Select(s => $"{s.Label} {s.TargetText}")) + ".");
        }
    }

    private static void WriteScores(WorkshopSession session, StringBuilder md, List<DebriefChart> charts)
    {
        var exercise = session.Exercise;
        md.AppendLine();
        md.AppendLine("## Outcomes");
        var roundEnds = exercise.Rounds.Take(session.RoundsPlayed).Select(r => r.To).ToList();
        foreach (var score in exercise.Scores)
        {
            var teams = MetricPaths.Teams(session, score);
            var history = MetricPaths.History(exercise, score);
            var observed = MetricPaths.Observed(exercise, score);
            var unit = DisplayUnits.Unit(score.Unit);
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"### {score.Label} ({unit}, {(score.LowerIsBetter ? "lower" : "higher")} is better)");
            if (teams.Count == 0 && history is null)
            {
                md.AppendLine();
                md.AppendLine("No values yet.");
                continue;
            }

            var file = $"{ChartFolder}/{score.SectorId}-{score.MetricId.Replace('.', '-')}.png";
            charts.Add(new DebriefChart(file, ScoreCharts.Score(session, score, withHistory: true)));
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"![{score.Label}]({file})");
            md.AppendLine();
            var header = new List<string> { "year" };
            header.AddRange(teams.Select(p => p.Label));
            if (history is not null)
            {
                header.Add(history.Label);
            }

            var years = roundEnds.Union(observed.Select(o => o.Year)).Union(history is null ? [] : [exercise.LastYear]).Order().ToList();
            var rows = years.Select(year => (IReadOnlyList<string>)
            [
                year.ToString(CultureInfo.InvariantCulture),
                .. teams.Select(p => ValueAt(p, year, score.Unit)),
                .. history is null ? [] : new[] { ValueAt(history, year, score.Unit) },
            ]).ToList();
            Table(md, header, rows);
            foreach (var o in observed)
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"Reported: {DisplayUnits.Format(o.Value, score.Unit)} {unit} in {o.Year}{(o.Source is null ? "" : $" ({o.Source})")}.");
            }
        }

        var budget = MetricPaths.BudgetSpent(session);
        if (budget.Count > 0)
        {
            const string file = $"{ChartFolder}/budget-spent.png";
            charts.Add(new DebriefChart(file, ScoreCharts.Budget(session)));
            md.AppendLine();
            md.AppendLine("### Budget spent (USD, cumulative)");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"![Budget spent]({file})");
        }
    }

    private static string ValueAt(MetricPath path, int year, string unit)
    {
        for (var i = 0; i < path.Years.Count; i++)
        {
            if (path.Years[i] == year)
            {
                return DisplayUnits.Format(path.Values[i], unit);
            }
        }

        return "-";
    }

    private static void WriteRounds(WorkshopSession session, StringBuilder md)
    {
        var exercise = session.Exercise;
        var events = session.Events(WorkshopViewer.Trainer);
        md.AppendLine();
        md.AppendLine("## Rounds");
        for (var r = 0; r < session.RoundsPlayed; r++)
        {
            var round = exercise.Rounds[r];
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"### {round.Name} ({round.From}-{round.To})");
            if (round.Briefing is { } briefing)
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"> {briefing}");
            }

            foreach (var e in events.Where(e => e.Round.Index == r && e.Reaches.Count > 0))
            {
                var reached = e.Reaches.Count == session.Teams.Count ? "every team" : string.Join(", ", e.Reaches.Select(t => t.Name));
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"**Event: {e.Event.Name}** ({reached}). {e.Event.Text}{(e.Event.Source is null ? "" : $" ({e.Event.Source})")}");
            }

            md.AppendLine();
            var rows = session.Teams.Select(team =>
            {
                var budget = session.Ledger(team.Id).Budget(r);
                var cards = session.Decisions(team.Id, r).Select(id => exercise.Card(id)?.Name ?? id).ToList();
                return (IReadOnlyList<string>)
                [
                    team.Name, cards.Count == 0 ? "(no card)" : string.Join("; ", cards),
                    DisplayUnits.Format(budget.Spent, "USD"), DisplayUnits.Format(budget.Available, "USD"),
                ];
            }).ToList();
            Table(md, ["team", "cards played", "cost (USD)", "available (USD)"], rows, leftColumns: 2);
        }
    }

    private static void WriteNotes(WorkshopSession session, StringBuilder md)
    {
        var notes = session.Teams
            .SelectMany(t => (session.Result(t.Id)?.Notes ?? []).Select(n => $"{t.Name}: {n}"))
            .ToList();
        if (notes.Count == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("## Notes from the simulation");
        md.AppendLine();
        foreach (var note in notes)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }
    }

    /// <summary>A Markdown table: text columns left-aligned, number columns right-aligned.</summary>
    private static void Table(StringBuilder md, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, int leftColumns = 1)
    {
        md.AppendLine("| " + string.Join(" | ", header.Select(Cell)) + " |");
        md.AppendLine("|" + string.Concat(header.Select((_, i) => i < leftColumns ? " --- |" : " ---: |")));
        foreach (var row in rows)
        {
            md.AppendLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}

/// <summary>A debrief: Markdown that links its charts by relative file name, and the charts to draw there.</summary>
public sealed record Debrief(string Markdown, IReadOnlyList<DebriefChart> Charts);

public sealed record DebriefChart(string FileName, LineChart Chart);
