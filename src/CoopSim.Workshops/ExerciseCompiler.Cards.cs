using System.Globalization;
using CoopSim.Engine.Json;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

public sealed partial class ExerciseCompiler
{
    /// <summary>The scheme of a card's activities when it names none: the team's own budget.</summary>
    public const string OwnBudgetScheme = "team budget";

    public const int MaxCardYears = 50;

    private List<ExerciseCard> ResolveCards()
    {
        var cards = new List<ExerciseCard>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _document.Cards.Count; i++)
        {
            var card = _document.Cards[i];
            var path = JsonPath.Index("$.cards", i);
            CheckId($"{path}.id", card.Id, "card", seen);
            WithinLimit($"{path}.cost", card.Cost, ScenarioCompiler.MaxFunding);
            if (card.Years is < 1 or > MaxCardYears)
            {
                Problem($"{path}.years", $"a card runs 1 to {MaxCardYears} years, found {card.Years}");
            }

            var needsSector = card.Activities is not null || (card.Capacity is not null && card.Capacity.Sector is null);
            if (needsSector && card.Sector is null)
            {
                Problem(path, "the card has activities or a capacity effect but no 'sector' to apply them to");
            }

            var sector = card.Sector is null ? null : CheckCitySector($"{path}.sector", card.Sector) ? card.Sector : null;
            var activities = card.Activities is null ? null : ResolveActivities($"{path}.activities", card.Activities, sector);
            var capacity = card.Capacity is null ? null : ResolveCapacity($"{path}.capacity", card.Capacity, card.Sector);
            var grant = card.Grant is null ? null : ResolveGrant($"{path}.grant", card.Grant);
            if (card.Activities is null && card.Capacity is null && card.Grant is null)
            {
                Problem(path, $"card '{card.Id}' does nothing; give it 'activities', a 'capacity' effect or a 'grant'");
            }

            var first = card.FirstRound is null ? 0 : RoundIndex($"{path}.firstRound", card.FirstRound);
            var last = card.LastRound is null ? _rounds.Count - 1 : RoundIndex($"{path}.lastRound", card.LastRound);
            if (first is { } f && last is { } l && l < f)
            {
                Problem($"{path}.lastRound", $"the card's last round '{_rounds[l].Id}' comes before its first round '{_rounds[f].Id}'");
            }

            if (card.MaxPlays is < 1)
            {
                Problem($"{path}.maxPlays", $"must be at least 1, found {card.MaxPlays}");
            }

            cards.Add(new ExerciseCard(card.Id, card.Name, card.Description, card.Lesson, card.Cost, sector, card.Years,
                card.Scheme ?? OwnBudgetScheme, activities, capacity, grant, card.Requires, first ?? 0, last ?? _rounds.Count - 1, card.MaxPlays));
        }

        CheckRequirements(cards);
        return cards;
    }

    private bool CheckCitySector(string path, string sectorId)
    {
        if (_city.Sector(sectorId) is not null)
        {
            return true;
        }

        var simulated = _city.Sectors.Select(s => s.Sector.Id).ToList();
        var loaded = _catalog.Find(sectorId) is null ? " (no loaded plugin has that sector)" : "";
        var hint = Hint(sectorId, simulated);
        Problem(path, $"city '{_city.Id}' does not simulate sector '{sectorId}' in the base scenario{loaded}" +
                      $"{hint} (it simulates {string.Join(", ", simulated)})");
        return false;
    }

    private CardActivities ResolveActivities(string path, ActivitiesDocument activities, string? sectorId)
    {
        WithinLimit($"{path}.expertPersonMonths", activities.ExpertPersonMonths, ScenarioCompiler.MaxYearlyActivity);
        WithinLimit($"{path}.trainees", activities.Trainees, ScenarioCompiler.MaxYearlyActivity);
        WithinLimit($"{path}.demonstrations", activities.Demonstrations, ScenarioCompiler.MaxYearlyActivity);
        var declared = sectorId is null ? null : _catalog.Find(sectorId)?.Descriptor.Technologies.Select(t => t.Id).ToList();
        foreach (var (id, units) in activities.Technologies)
        {
            var techPath = JsonPath.Property($"{path}.technologies", id);
            if (declared is not null && !declared.Contains(id))
            {
                var list = declared.Count == 0 ? "it declares none" : "technologies: " + string.Join(", ", declared);
                Problem(techPath, $"sector '{sectorId}' has no technology '{id}'{Hint(id, declared)} ({list})");
            }

            WithinLimit(techPath, units, ScenarioCompiler.MaxYearlyActivity);
        }

        return new CardActivities(activities.ExpertPersonMonths, activities.Trainees, activities.Demonstrations,
            new Dictionary<string, double>(activities.Technologies, StringComparer.Ordinal));
    }

    private CapacityEffect? ResolveCapacity(string path, CapacityEffectDocument capacity, string? defaultSector)
    {
        var sectorId = capacity.Sector ?? defaultSector;
        if (sectorId is null)
        {
            Problem(path, "the capacity effect names no 'sector'");
            return null;
        }

        var known = CheckCitySector(capacity.Sector is null ? path : $"{path}.sector", sectorId);
        if (capacity.Ownership is null && capacity.Leadership is null && capacity.Turnover is null)
        {
            Problem(path, "the capacity effect sets nothing; give ownership, leadership or turnover");
        }

        Fraction(Problem, $"{path}.ownership", "ownership", capacity.Ownership);
        Fraction(Problem, $"{path}.leadership", "leadership", capacity.Leadership);
        Fraction(Problem, $"{path}.turnover", "turnover", capacity.Turnover);
        return known ? new CapacityEffect(sectorId, capacity.Ownership, capacity.Leadership, capacity.Turnover) : null;
    }

    private Grant ResolveGrant(string path, GrantDocument grant)
    {
        WithinLimit($"{path}.amount", grant.Amount, ScenarioCompiler.MaxFunding);
        if (grant.Rounds < 1)
        {
            Problem($"{path}.rounds", $"a grant pays for at least 1 round, found {grant.Rounds}");
        }

        Fraction(Problem, $"{path}.approval", "approval", grant.Approval);
        return new Grant(grant.Amount, grant.Rounds, grant.Scheme, grant.Approval);
    }

    private void CheckRequirements(List<ExerciseCard> cards)
    {
        var byId = cards.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < cards.Count; i++)
        {
            for (var j = 0; j < cards[i].Requires.Count; j++)
            {
                var required = cards[i].Requires[j];
                var path = JsonPath.Index($"$.cards[{i}].requires", j);
                if (required == cards[i].Id)
                {
                    Problem(path, $"card '{required}' cannot require itself");
                }
                else if (!byId.ContainsKey(required))
                {
                    UnknownCard(path, required, byId.Keys);
                }
            }
        }

        var earliest = EarliestRounds(cards, byId, out var cycle);
        if (cycle is not null)
        {
            var index = cards.FindIndex(c => c.Id == cycle[0]);
            Problem($"$.cards[{index}].requires", $"cards require each other in a circle: {string.Join(" -> ", cycle)}; none of them could ever be played");
            return;
        }

        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            if (earliest[card.Id] <= card.LastRound || card.Requires.Count == 0)
            {
                continue;
            }

            var blocking = card.Requires.Where(byId.ContainsKey).MaxBy(r => earliest[r])!;
            var from = earliest[blocking];
            Problem($"$.cards[{i}].requires",
                $"card '{card.Id}' can never be played: it needs '{blocking}' in an earlier round, which can be played from round '{RoundId(from)}' " +
                $"at the earliest, and '{card.Id}' only until round '{RoundId(card.LastRound)}'");
        }
    }

    private string RoundId(int index) => index < _rounds.Count ? _rounds[index].Id : $"after {_rounds[^1].Id}";

    /// <summary>
    /// The first round each card can be played in: its own first round, and at least one round after
    /// each card it requires. Null cycle when the requirements form none.
    /// </summary>
    internal static Dictionary<string, int> EarliestRounds(IReadOnlyList<ExerciseCard> cards, IReadOnlyDictionary<string, ExerciseCard> byId, out List<string>? cycle)
    {
        var earliest = new Dictionary<string, int>(StringComparer.Ordinal);
        var visiting = new List<string>();
        cycle = null;
        foreach (var card in cards)
        {
            cycle ??= Visit(card.Id);
        }

        return earliest;

        List<string>? Visit(string id)
        {
            if (earliest.ContainsKey(id))
            {
                return null;
            }

            var at = visiting.IndexOf(id);
            if (at >= 0)
            {
                return [.. visiting.Skip(at), id];
            }

            visiting.Add(id);
            var card = byId[id];
            var first = card.FirstRound;
            foreach (var required in card.Requires.Where(r => r != id && byId.ContainsKey(r)))
            {
                if (Visit(required) is { } found)
                {
                    return found;
                }

                first = Math.Max(first, earliest[required] + 1);
            }

            visiting.RemoveAt(visiting.Count - 1);
            earliest[id] = first;
            return null;
        }
    }

    private void WithinLimit(string path, double value, double limit)
    {
        if (value < 0)
        {
            Problem(path, $"must not be negative, found {value.ToString(CultureInfo.InvariantCulture)}");
        }
        else if (value > limit)
        {
            Problem(path, $"{value.ToString(CultureInfo.InvariantCulture)} is implausibly large; the limit is {limit.ToString("G", CultureInfo.InvariantCulture)}");
        }
    }
}
