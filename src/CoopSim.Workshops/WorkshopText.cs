using System.Globalization;
using CoopSim.Engine.Reporting;

namespace CoopSim.Workshops;

/// <summary>Plain-text views of a session for the command line: the league table, a round's decisions, the events.</summary>
public static class WorkshopText
{
    public static string LeagueRule(LeagueTable league)
    {
        ArgumentNullException.ThrowIfNull(league);
        var first = league.Scores.Count > 0
            ? $", then by {league.Scores[0].Label} ({(league.Scores[0].LowerIsBetter ? "lower" : "higher")} is better)"
            : "";
        return $"Ranked by targets met, then by places (each team's place on every score, added up: fewer is better){first}, then by less budget spent.";
    }

    public static void WriteLeague(LeagueTable league, TextWriter writer, string? historyLabel = null)
    {
        ArgumentNullException.ThrowIfNull(league);
        ArgumentNullException.ThrowIfNull(writer);
        var header = new List<string> { "rank", "team" };
        header.AddRange(league.Scores.Select(s => $"{s.Label} ({DisplayUnits.Unit(s.Unit)})"));
        header.AddRange(["targets", "places", "spent (USD)"]);
        var table = new TextTable([.. header]);
        foreach (var row in league.Rows)
        {
            table.Add([
                row.Rank.ToString(CultureInfo.InvariantCulture), row.Team.Name,
                .. row.Values.Select((v, i) => DisplayUnits.Format(v, league.Scores[i].Unit)),
                row.TargetsMet.ToString(CultureInfo.InvariantCulture), row.Places.ToString(CultureInfo.InvariantCulture),
                DisplayUnits.Format(row.BudgetSpent, "USD"),
            ]);
        }

        if (league.History is { } history && historyLabel is not null)
        {
            table.Add(["", historyLabel, .. history.Select((v, i) => DisplayUnits.Format(v, league.Scores[i].Unit)), "", "", ""]);
        }

        table.Write(writer, leftColumns: 2);
    }

    /// <summary>A played round: events that reached teams, then each team's cards, cost and budget.</summary>
    public static void WriteRound(WorkshopSession session, int round, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(writer);
        var exercise = session.Exercise;
        var r = exercise.Rounds[round];
        writer.WriteLine($"{r.Name} ({r.From}-{r.To})");
        foreach (var e in session.Events(WorkshopViewer.Participant).Where(e => e.Round.Index == round))
        {
            writer.WriteLine($"  event: {e.Event.Name} - reached {string.Join(", ", e.Reaches.Select(t => t.Name))}");
        }

        foreach (var team in session.Teams)
        {
            var budget = session.Ledger(team.Id).Budget(round);
            var cards = session.Decisions(team.Id, round);
            writer.WriteLine($"  {team.Name}: {(cards.Count == 0 ? "no card" : string.Join(", ", cards))} " +
                             $"({DisplayUnits.Format(budget.Spent, "USD")} of {DisplayUnits.Format(budget.Available, "USD")} USD)");
        }
    }
}
