namespace CoopSim.Engine.Workshops;

/// <summary>
/// The teams ranked after the played rounds: by targets met (more first), then by each score in the
/// exercise's order (better first), then by budget spent (less first). Teams equal on all of these
/// share a rank.
/// </summary>
public sealed record LeagueTable(int RoundsPlayed, int? Year, IReadOnlyList<ScoreMetric> Scores, IReadOnlyList<LeagueRow> Rows, IReadOnlyList<double>? History)
{
    public static LeagueTable Build(WorkshopSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var exercise = session.Exercise;
        var year = session.SimulatedTo;
        var rows = session.Teams.Select(team =>
        {
            var result = session.Result(team.Id);
            var values = exercise.Scores.Select(s => year is { } y && result?.Find(exercise.CityId, s.SectorId, s.MetricId) is { } series
                ? series.At(y)
                : double.NaN).ToList();
            var met = exercise.Scores.Select((s, i) => s.Meets(values[i])).Count(m => m);
            return new LeagueRow(0, team, values, met, session.Ledger(team.Id).SpentBefore(session.RoundsPlayed));
        }).ToList();

        var order = rows.Order(Comparer<LeagueRow>.Create((a, b) => Compare(exercise.Scores, a, b))).ToList();
        var ranked = new List<LeagueRow>();
        for (var i = 0; i < order.Count; i++)
        {
            var rank = i > 0 && Compare(exercise.Scores, order[i - 1], order[i]) == 0 ? ranked[i - 1].Rank : i + 1;
            ranked.Add(order[i] with { Rank = rank });
        }

        var history = year is { } at && exercise.History?.Run is { } run
            ? exercise.Scores.Select(s => run.Find(exercise.CityId, s.SectorId, s.MetricId)?.At(at) ?? double.NaN).ToList()
            : null;
        return new LeagueTable(session.RoundsPlayed, year, exercise.Scores, ranked, history);
    }

    private static int Compare(IReadOnlyList<ScoreMetric> scores, LeagueRow a, LeagueRow b)
    {
        var byTargets = b.TargetsMet.CompareTo(a.TargetsMet);
        if (byTargets != 0)
        {
            return byTargets;
        }

        for (var i = 0; i < scores.Count; i++)
        {
            var byScore = scores[i].CompareBetter(a.Values[i], b.Values[i]);
            if (byScore != 0)
            {
                return byScore;
            }
        }

        return a.BudgetSpent.CompareTo(b.BudgetSpent);
    }
}

/// <summary>A team's place: its score values (NaN before the first round), targets met and budget spent so far.</summary>
public sealed record LeagueRow(int Rank, WorkshopTeam Team, IReadOnlyList<double> Values, int TargetsMet, double BudgetSpent);
