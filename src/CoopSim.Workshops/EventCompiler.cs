using System.Globalization;
using CoopSim.Engine.Json;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

/// <summary>
/// Checks and resolves an exercise's events: their rounds and chances, the cards that bring or spare
/// them (and whether those can have been played by then), and their effects on budgets, funding
/// schemes and capacity.
/// </summary>
internal sealed class EventCompiler(ExerciseSetting setting)
{
    private ExerciseFile File => setting.File;

    public List<ExerciseEvent> Resolve(List<ExerciseCard> cards)
    {
        var events = new List<ExerciseEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cardIds = cards.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var byId = cards.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var earliest = CardCompiler.EarliestRounds(cards, byId, out _);
        var schemes = cards.Select(c => c.Scheme)
            .Concat(cards.Select(c => c.Grant?.Scheme).OfType<string>())
            .Concat(setting.Base.Programmes.SelectMany(p => p.Phases).Select(p => p.Scheme))
            .Where(s => s.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < File.Document.Events.Count; i++)
        {
            var e = File.Document.Events[i];
            var path = JsonPath.Index("$.events", i);
            File.CheckId($"{path}.id", e.Id, "event", seen);
            var round = setting.RoundIndex($"{path}.round", e.Round);
            File.Fraction($"{path}.probability", "probability", e.Probability);
            for (var j = 0; j < e.IfPlayed.Count; j++)
            {
                var cardPath = JsonPath.Index($"{path}.ifPlayed", j);
                var cardId = e.IfPlayed[j];
                if (!cardIds.Contains(cardId))
                {
                    File.UnknownCard(cardPath, cardId, cardIds);
                }
                else if (round is { } r && earliest.TryGetValue(cardId, out var from) && from >= r)
                {
                    File.Problem(cardPath, $"event '{e.Id}' in round '{e.Round}' needs card '{cardId}' played in an earlier round, " +
                                      $"but it can be played from round '{setting.RoundId(from)}' at the earliest; the event could never happen");
                }
            }

            for (var j = 0; j < e.UnlessPlayed.Count; j++)
            {
                var cardPath = JsonPath.Index($"{path}.unlessPlayed", j);
                var cardId = e.UnlessPlayed[j];
                if (!cardIds.Contains(cardId))
                {
                    File.UnknownCard(cardPath, cardId, cardIds);
                }
                else if (e.IfPlayed.Contains(cardId, StringComparer.Ordinal))
                {
                    File.Problem(cardPath, $"event '{e.Id}' needs card '{cardId}' (ifPlayed) and is spared by it (unlessPlayed); the event could never happen");
                }
                else if (round is { } r && earliest.TryGetValue(cardId, out var from) && from >= r)
                {
                    File.Problem(cardPath, $"event '{e.Id}' in round '{e.Round}' spares teams that played card '{cardId}' in an earlier round, " +
                                      $"but it can be played from round '{setting.RoundId(from)}' at the earliest; it could never spare a team");
                }
            }

            if (Math.Abs(e.Effects.Budget) > PhaseDocument.MaxFunding)
            {
                File.Problem($"{path}.effects.budget", $"{e.Effects.Budget.ToString(CultureInfo.InvariantCulture)} is implausibly large");
            }

            for (var j = 0; j < e.Effects.FundingCuts.Count; j++)
            {
                var scheme = e.Effects.FundingCuts[j];
                if (!schemes.Contains(scheme))
                {
                    File.Problem(JsonPath.Index($"{path}.effects.fundingCuts", j),
                        $"no card, grant or base-scenario phase is funded by scheme '{scheme}'{ExerciseFile.Hint(scheme, schemes)} (schemes: {string.Join(", ", schemes.Order(StringComparer.Ordinal))})");
                }
            }

            var capacity = new List<CapacityEffect>();
            for (var j = 0; j < e.Effects.Capacity.Count; j++)
            {
                if (setting.ResolveCapacity(JsonPath.Index($"{path}.effects.capacity", j), e.Effects.Capacity[j], defaultSector: null) is { } effect)
                {
                    capacity.Add(effect);
                }
            }

            events.Add(new ExerciseEvent(e.Id, e.Name, e.Text, e.Source, round ?? 0, e.Probability, e.IfPlayed,
                e.Effects.Budget, e.Effects.FundingCuts, capacity) { UnlessPlayed = e.UnlessPlayed });
        }

        return events;
    }
}
