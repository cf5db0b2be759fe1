namespace CoopSim.Workshops;

/// <summary>A labelled series over years, in the metric's own unit (fractions for shares): a team's, the real city's, or budget spent.</summary>
public sealed record MetricPath(string Label, IReadOnlyList<int> Years, IReadOnlyList<double> Values);

/// <summary>The series a console or a debrief charts: each team's path of a score, the real city's, and budget spent.</summary>
public static class MetricPaths
{
    /// <summary>Every team's path of a score from the first year to the end of the last played round.</summary>
    public static IReadOnlyList<MetricPath> Teams(WorkshopSession session, ScoreMetric score)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(score);
        var paths = new List<MetricPath>();
        foreach (var team in session.Teams)
        {
            if (session.Result(team.Id)?.Find(session.Exercise.CityId, score.SectorId, score.MetricId) is { } series)
            {
                var years = Enumerable.Range(series.FirstYear, series.Values.Count).ToList();
                paths.Add(new MetricPath(team.Name, years, series.Values));
            }
        }

        return paths;
    }

    /// <summary>The real city's path of a score over all the exercise's years; null without a history scenario that reports it.</summary>
    public static MetricPath? History(Exercise exercise, ScoreMetric score)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(score);
        if (exercise.History is not { Run: { } run } history || run.Find(exercise.CityId, score.SectorId, score.MetricId) is not { } series)
        {
            return null;
        }

        var years = Enumerable.Range(exercise.FirstYear, exercise.LastYear - exercise.FirstYear + 1)
            .Where(y => y >= series.FirstYear && y < series.FirstYear + series.Values.Count)
            .ToList();
        return new MetricPath(history.Label, years, years.Select(series.At).ToList());
    }

    /// <summary>The values the cases report for a score.</summary>
    public static IReadOnlyList<Observation> Observed(Exercise exercise, ScoreMetric score)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(score);
        return exercise.History?.Observed.Where(o => o.SectorId == score.SectorId && o.MetricId == score.MetricId).ToList() ?? [];
    }

    /// <summary>Each team's budget spent so far (USD), year by year: a card's cost counts from its round's first year.</summary>
    public static IReadOnlyList<MetricPath> BudgetSpent(WorkshopSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var exercise = session.Exercise;
        var paths = new List<MetricPath>();
        if (session.SimulatedTo is not { } end)
        {
            return paths;
        }

        var years = Enumerable.Range(exercise.FirstYear, end - exercise.FirstYear + 1).ToList();
        foreach (var team in session.Teams)
        {
            var ledger = session.Ledger(team.Id);
            var values = years.Select(y =>
            {
                var roundsStarted = exercise.Rounds.Count(r => r.From <= y && r.Index < session.RoundsPlayed);
                return ledger.SpentBefore(roundsStarted);
            }).ToList();
            paths.Add(new MetricPath(team.Name, years, values));
        }

        return paths;
    }
}
