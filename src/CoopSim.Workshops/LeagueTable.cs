namespace CoopSim.Workshops;

/// <summary>
/// The teams ranked after the played rounds: by targets met (more first), then by places (a team's
/// place on each score, 1 for the best, added up over the scores: fewer first, so every score counts
/// alike), then by the first score, then by budget spent (less first). Teams equal on all of these
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
            return new LeagueRow(0, team, values, met, 0, session.Ledger(team.Id).SpentBefore(session.RoundsPlayed));
        }).ToList();
        rows = rows.Select(row => row with { Places = Places(exercise.Scores, rows, row) }).ToList();

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

        var byPlaces = a.Places.CompareTo(b.Places);
        if (byPlaces != 0)
        {
            return byPlaces;
        }

        var byFirst = scores.Count > 0 ? scores[0].CompareBetter(a.Values[0], b.Values[0]) : 0;
        return byFirst != 0 ? byFirst : a.BudgetSpent.CompareTo(b.BudgetSpent);
    }

    /// <summary>The row's place on each score (1 + the teams strictly better), added up.</summary>
    private static int Places(IReadOnlyList<ScoreMetric> scores, List<LeagueRow> rows, LeagueRow row)
    {
        var places = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            places += 1 + rows.Count(other => scores[i].CompareBetter(other.Values[i], row.Values[i]) < 0);
        }

        return places;
    }
}

/// <summary>A team's place: its score values (NaN before the first round), targets met, places summed over the scores and budget spent so far.</summary>
public sealed record LeagueRow(int Rank, WorkshopTeam Team, IReadOnlyList<double> Values, int TargetsMet, int Places, double BudgetSpent);
