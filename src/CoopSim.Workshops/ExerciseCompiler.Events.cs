using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Engine.Json;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Workshops;

public sealed partial class ExerciseCompiler
{
    private List<ExerciseEvent> ResolveEvents(List<ExerciseCard> cards)
    {
        var events = new List<ExerciseEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cardIds = cards.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var byId = cards.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var earliest = EarliestRounds(cards, byId, out _);
        var schemes = cards.Select(c => c.Scheme)
            .Concat(cards.Select(c => c.Grant?.Scheme).OfType<string>())
            .Concat(_base.Programmes.SelectMany(p => p.Phases).Select(p => p.Scheme))
            .Where(s => s.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < _document.Events.Count; i++)
        {
            var e = _document.Events[i];
            var path = JsonPath.Index("$.events", i);
            CheckId($"{path}.id", e.Id, "event", seen);
            var round = RoundIndex($"{path}.round", e.Round);
            Fraction(Problem, $"{path}.probability", "probability", e.Probability);
            for (var j = 0; j < e.IfPlayed.Count; j++)
            {
                var cardPath = JsonPath.Index($"{path}.ifPlayed", j);
                var cardId = e.IfPlayed[j];
                if (!cardIds.Contains(cardId))
                {
                    UnknownCard(cardPath, cardId, cardIds);
                }
                else if (round is { } r && earliest.TryGetValue(cardId, out var from) && from >= r)
                {
                    Problem(cardPath, $"event '{e.Id}' in round '{e.Round}' needs card '{cardId}' played in an earlier round, " +
                                      $"but it can be played from round '{RoundId(from)}' at the earliest; the event could never happen");
                }
            }

            for (var j = 0; j < e.UnlessPlayed.Count; j++)
            {
                var cardPath = JsonPath.Index($"{path}.unlessPlayed", j);
                var cardId = e.UnlessPlayed[j];
                if (!cardIds.Contains(cardId))
                {
                    UnknownCard(cardPath, cardId, cardIds);
                }
                else if (e.IfPlayed.Contains(cardId, StringComparer.Ordinal))
                {
                    Problem(cardPath, $"event '{e.Id}' needs card '{cardId}' (ifPlayed) and is spared by it (unlessPlayed); the event could never happen");
                }
                else if (round is { } r && earliest.TryGetValue(cardId, out var from) && from >= r)
                {
                    Problem(cardPath, $"event '{e.Id}' in round '{e.Round}' spares teams that played card '{cardId}' in an earlier round, " +
                                      $"but it can be played from round '{RoundId(from)}' at the earliest; it could never spare a team");
                }
            }

            if (Math.Abs(e.Effects.Budget) > ScenarioCompiler.MaxFunding)
            {
                Problem($"{path}.effects.budget", $"{e.Effects.Budget.ToString(CultureInfo.InvariantCulture)} is implausibly large");
            }

            for (var j = 0; j < e.Effects.FundingCuts.Count; j++)
            {
                var scheme = e.Effects.FundingCuts[j];
                if (!schemes.Contains(scheme))
                {
                    Problem(JsonPath.Index($"{path}.effects.fundingCuts", j),
                        $"no card, grant or base-scenario phase is funded by scheme '{scheme}'{Hint(scheme, schemes)} (schemes: {string.Join(", ", schemes.Order(StringComparer.Ordinal))})");
                }
            }

            var capacity = new List<CapacityEffect>();
            for (var j = 0; j < e.Effects.Capacity.Count; j++)
            {
                if (ResolveCapacity(JsonPath.Index($"{path}.effects.capacity", j), e.Effects.Capacity[j], defaultSector: null) is { } effect)
                {
                    capacity.Add(effect);
                }
            }

            events.Add(new ExerciseEvent(e.Id, e.Name, e.Text, e.Source, round ?? 0, e.Probability, e.IfPlayed,
                e.Effects.Budget, e.Effects.FundingCuts, capacity) { UnlessPlayed = e.UnlessPlayed });
        }

        return events;
    }

    /// <summary>
    /// Refuses a card that costs more than a team could ever hold in a round it can be played in:
    /// the round's budget, plus (with carry-over) every earlier budget, plus every grant and windfall
    /// that could arrive by then. An upper bound, so a card passing it may still need saving up.
    /// </summary>
    private void CheckBudgets(List<ExerciseCard> cards, List<ExerciseEvent> events)
    {
        var byId = cards.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var earliest = EarliestRounds(cards, byId, out var cycle);
        if (cycle is not null)
        {
            return;
        }

        var most = new double[_rounds.Count];
        for (var r = 0; r < _rounds.Count; r++)
        {
            var income = _rounds[r].Budget + events.Where(e => e.Round == r).Sum(e => Math.Max(0, e.Budget));
            foreach (var card in cards.Where(c => c.Grant is not null))
            {
                var playable = Math.Min(card.LastRound, r - 1) - Math.Max(earliest[card.Id], r - card.Grant!.Rounds) + 1;
                income += Math.Min(Math.Max(0, playable), card.MaxPlays ?? int.MaxValue) * card.Grant.Amount;
            }

            most[r] = income + (_document.CarryOverBudget && r > 0 ? most[r - 1] : 0);
        }

        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            var from = earliest[card.Id];
            if (from > card.LastRound)
            {
                continue;
            }

            var best = Enumerable.Range(from, card.LastRound - from + 1).Max(r => most[r]);
            if (card.Cost > best)
            {
                var rounds = from == card.LastRound ? $"round '{_rounds[from].Id}'" : $"rounds '{_rounds[from].Id}' to '{_rounds[card.LastRound].Id}'";
                Problem($"$.cards[{i}].cost",
                    $"card '{card.Id}' costs {Usd(card.Cost)}, more than a team can hold in any round it can be played in " +
                    $"(at most {Usd(best)} in {rounds}); it could never be played");
            }
        }
    }

    internal static string Usd(double value) => value.ToString("N0", CultureInfo.InvariantCulture) + " USD";

    private List<ScoreMetric> ResolveScores()
    {
        var scores = new List<ScoreMetric>();
        if (_document.Scores.Count == 0)
        {
            Problem("$.scores", "the exercise has no scores; the league table needs at least one");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _document.Scores.Count; i++)
        {
            var score = _document.Scores[i];
            var path = JsonPath.Index("$.scores", i);
            var better = score.Better switch { "lower" => true, "higher" => (bool?)false, _ => null };
            if (better is null)
            {
                Problem($"{path}.better", $"expected \"lower\" or \"higher\", found \"{score.Better}\"");
            }

            if (!seen.Add($"{score.Sector}/{score.Metric}"))
            {
                Problem(path, $"'{score.Sector}' metric '{score.Metric}' is scored twice");
            }

            var metric = FindMetric(path, score.Sector, score.Metric);
            if (metric is null)
            {
                continue;
            }

            if (score.Target is { } target && (target < metric.Minimum || target > metric.Maximum))
            {
                Problem($"{path}.target", $"target {target.ToString(CultureInfo.InvariantCulture)} is outside the range of '{metric.Id}' " +
                                         $"({metric.Minimum.ToString(CultureInfo.InvariantCulture)} to {metric.Maximum.ToString(CultureInfo.InvariantCulture)} {metric.Unit})");
            }

            scores.Add(new ScoreMetric(score.Sector, score.Metric, score.Label ?? metric.Description, better ?? true, score.Target, metric.Unit));
        }

        return scores;
    }

    /// <summary>A metric of the city in a simulated sector: one the plugin declares, or the cooperation layer's capacity.</summary>
    private MetricDeclaration? FindMetric(string path, string sectorId, string metricId)
    {
        if (!CheckCitySector($"{path}.sector", sectorId))
        {
            return null;
        }

        if (metricId == CapacityMetric.Id)
        {
            return CapacityMetric;
        }

        var metrics = _city.Sector(sectorId)!.Sector.Descriptor.Metrics;
        var metric = metrics.FirstOrDefault(m => m.Id == metricId);
        if (metric is null)
        {
            var known = metrics.Select(m => m.Id).Append(CapacityMetric.Id).ToList();
            Problem($"{path}.metric", $"sector '{sectorId}' has no metric '{metricId}'{Hint(metricId, known)} (metrics: {string.Join(", ", known)})");
        }

        return metric;
    }

    private static readonly MetricDeclaration CapacityMetric =
        new(MetricSeries.CooperationPrefix + "capacity", "fraction", "Local capacity") { Minimum = 0, Maximum = 1 };

    private HistoryPath? ResolveHistory()
    {
        var history = _document.History;
        if (history is null)
        {
            return null;
        }

        RunResult? run = null;
        if (history.Scenario is not null && LoadScenario("$.history.scenario", history.Scenario, "history scenario") is { } scenario)
        {
            var first = _rounds.Count > 0 ? _rounds[0].From : _base.StartYear;
            var last = _rounds.Count > 0 ? _rounds[^1].To : _base.EndYear;
            if (scenario.Cities.FirstOrDefault(c => c.Id == _city.Id) is not { Sectors.Count: > 0 })
            {
                Problem("$.history.scenario", $"the history scenario does not simulate city '{_city.Id}'");
            }
            else if (scenario.StartYear > first || scenario.EndYear < last)
            {
                Problem("$.history.scenario", $"the history scenario covers {scenario.StartYear}-{scenario.EndYear}, not all of the rounds' years {first}-{last}");
            }
            else
            {
                run = Simulator.Run(scenario);
                if (run.Failure is { } failure)
                {
                    Problem("$.history.scenario", $"the history scenario's run stopped: {failure}");
                }
            }
        }

        var observed = new List<Observation>();
        for (var i = 0; i < history.Observed.Count; i++)
        {
            var o = history.Observed[i];
            var path = JsonPath.Index("$.history.observed", i);
            var metric = FindMetric(path, o.Sector, o.Metric);
            if (o.Year < _base.StartYear || o.Year > (_rounds.Count > 0 ? _rounds[^1].To : _base.EndYear))
            {
                Problem($"{path}.year", $"year {o.Year} is outside the exercise's years");
            }

            if (metric is not null && (o.Value < metric.Minimum || o.Value > metric.Maximum))
            {
                Problem($"{path}.value", $"{o.Value.ToString(CultureInfo.InvariantCulture)} is outside the range of '{metric.Id}' " +
                                        $"({metric.Minimum.ToString(CultureInfo.InvariantCulture)} to {metric.Maximum.ToString(CultureInfo.InvariantCulture)} {metric.Unit})");
            }

            observed.Add(new Observation(o.Sector, o.Metric, o.Year, o.Value, o.Source));
        }

        return new HistoryPath(history.Label ?? $"{_city.Facts.Name} (what happened)", run, observed);
    }
}
