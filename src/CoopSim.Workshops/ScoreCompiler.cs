using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Engine.Json;
using CoopSim.Engine.Simulation;

namespace CoopSim.Workshops;

/// <summary>
/// Checks and resolves what an exercise's teams are measured by: the scored metrics of the city,
/// and the history (a scenario, observed values) the debrief compares them with.
/// </summary>
internal sealed class ScoreCompiler(ExerciseSetting setting)
{
    private ExerciseFile File => setting.File;

    public List<ScoreMetric> ResolveScores()
    {
        var scores = new List<ScoreMetric>();
        if (File.Document.Scores.Count == 0)
        {
            File.Problem("$.scores", "the exercise has no scores; the league table needs at least one");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < File.Document.Scores.Count; i++)
        {
            var score = File.Document.Scores[i];
            var path = JsonPath.Index("$.scores", i);
            var better = score.Better switch { "lower" => true, "higher" => (bool?)false, _ => null };
            if (better is null)
            {
                File.Problem($"{path}.better", $"expected \"lower\" or \"higher\", found \"{score.Better}\"");
            }

            if (!seen.Add($"{score.Sector}/{score.Metric}"))
            {
                File.Problem(path, $"'{score.Sector}' metric '{score.Metric}' is scored twice");
            }

            var metric = FindMetric(path, score.Sector, score.Metric);
            if (metric is null)
            {
                continue;
            }

            if (score.Target is { } target && (target < metric.Minimum || target > metric.Maximum))
            {
                File.Problem($"{path}.target", $"target {target.ToString(CultureInfo.InvariantCulture)} is outside the range of '{metric.Id}' " +
                                         $"({metric.Minimum.ToString(CultureInfo.InvariantCulture)} to {metric.Maximum.ToString(CultureInfo.InvariantCulture)} {metric.Unit})");
            }

            scores.Add(new ScoreMetric(score.Sector, score.Metric, score.Label ?? metric.Description, better ?? true, score.Target, metric.Unit));
        }

        return scores;
    }

    /// <summary>A metric of the city in a simulated sector: one the plugin declares, or the cooperation layer's capacity.</summary>
    private MetricDeclaration? FindMetric(string path, string sectorId, string metricId)
    {
        if (!setting.CheckCitySector($"{path}.sector", sectorId))
        {
            return null;
        }

        if (metricId == CapacityMetric.Id)
        {
            return CapacityMetric;
        }

        var metrics = setting.City.Sector(sectorId)!.Sector.Descriptor.Metrics;
        var metric = metrics.FirstOrDefault(m => m.Id == metricId);
        if (metric is null)
        {
            var known = metrics.Select(m => m.Id).Append(CapacityMetric.Id).ToList();
            File.Problem($"{path}.metric", $"sector '{sectorId}' has no metric '{metricId}'{ExerciseFile.Hint(metricId, known)} (metrics: {string.Join(", ", known)})");
        }

        return metric;
    }

    private static readonly MetricDeclaration CapacityMetric =
        new(MetricSeries.CooperationPrefix + "capacity", "fraction", "Local capacity") { Minimum = 0, Maximum = 1 };

    public HistoryPath? ResolveHistory()
    {
        var history = File.Document.History;
        if (history is null)
        {
            return null;
        }

        RunResult? run = null;
        if (history.Scenario is not null && File.LoadScenario("$.history.scenario", history.Scenario, "history scenario") is { } scenario)
        {
            var first = setting.Rounds.Count > 0 ? setting.Rounds[0].From : setting.Base.StartYear;
            var last = setting.Rounds.Count > 0 ? setting.Rounds[^1].To : setting.Base.EndYear;
            if (scenario.Cities.FirstOrDefault(c => c.Id == setting.City.Id) is not { Sectors.Count: > 0 })
            {
                File.Problem("$.history.scenario", $"the history scenario does not simulate city '{setting.City.Id}'");
            }
            else if (scenario.StartYear > first || scenario.EndYear < last)
            {
                File.Problem("$.history.scenario", $"the history scenario covers {scenario.StartYear}-{scenario.EndYear}, not all of the rounds' years {first}-{last}");
            }
            else
            {
                run = Simulator.Run(scenario);
                if (run.Failure is { } failure)
                {
                    File.Problem("$.history.scenario", $"the history scenario's run stopped: {failure}");
                }
            }
        }

        var observed = new List<Observation>();
        for (var i = 0; i < history.Observed.Count; i++)
        {
            var o = history.Observed[i];
            var path = JsonPath.Index("$.history.observed", i);
            var metric = FindMetric(path, o.Sector, o.Metric);
            if (o.Year < setting.Base.StartYear || o.Year > (setting.Rounds.Count > 0 ? setting.Rounds[^1].To : setting.Base.EndYear))
            {
                File.Problem($"{path}.year", $"year {o.Year} is outside the exercise's years");
            }

            if (metric is not null && (o.Value < metric.Minimum || o.Value > metric.Maximum))
            {
                File.Problem($"{path}.value", $"{o.Value.ToString(CultureInfo.InvariantCulture)} is outside the range of '{metric.Id}' " +
                                        $"({metric.Minimum.ToString(CultureInfo.InvariantCulture)} to {metric.Maximum.ToString(CultureInfo.InvariantCulture)} {metric.Unit})");
            }

            observed.Add(new Observation(o.Sector, o.Metric, o.Year, o.Value, o.Source));
        }

        return new HistoryPath(history.Label ?? $"{setting.City.Facts.Name} (what happened)", run, observed);
    }
}
