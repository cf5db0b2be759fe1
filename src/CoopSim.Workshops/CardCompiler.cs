using CoopSim.Engine.Json;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

/// <summary>
/// Checks and resolves an exercise's cards: what each does (activities, a capacity effect, a grant),
/// its cost and years, the rounds it can be played in, and the cards it requires.
/// </summary>
internal sealed class CardCompiler(ExerciseSetting setting)
{
    /// <summary>The scheme of a card's activities when it names none: the team's own budget.</summary>
    public const string OwnBudgetScheme = "team budget";

    public const int MaxCardYears = 50;

    private ExerciseFile File => setting.File;

    public List<ExerciseCard> Resolve()
    {
        var cards = new List<ExerciseCard>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < File.Document.Cards.Count; i++)
        {
            var card = File.Document.Cards[i];
            var path = JsonPath.Index("$.cards", i);
            File.CheckId($"{path}.id", card.Id, "card", seen);
            File.WithinLimit($"{path}.cost", card.Cost, PhaseDocument.MaxFunding);
            if (card.Years is < 1 or > MaxCardYears)
            {
                File.Problem($"{path}.years", $"a card runs 1 to {MaxCardYears} years, found {card.Years}");
            }

            var needsSector = card.Activities is not null || (card.Capacity is not null && card.Capacity.Sector is null);
            if (needsSector && card.Sector is null)
            {
                File.Problem(path, "the card has activities or a capacity effect but no 'sector' to apply them to");
            }

            var sector = card.Sector is null ? null : setting.CheckCitySector($"{path}.sector", card.Sector) ? card.Sector : null;
            var activities = card.Activities is null ? null : ResolveActivities($"{path}.activities", card.Activities, sector);
            var capacity = card.Capacity is null ? null : setting.ResolveCapacity($"{path}.capacity", card.Capacity, card.Sector);
            var grant = card.Grant is null ? null : ResolveGrant($"{path}.grant", card.Grant);
            if (card.Activities is null && card.Capacity is null && card.Grant is null)
            {
                File.Problem(path, $"card '{card.Id}' does nothing; give it 'activities', a 'capacity' effect or a 'grant'");
            }

            var first = card.FirstRound is null ? 0 : setting.RoundIndex($"{path}.firstRound", card.FirstRound);
            var last = card.LastRound is null ? setting.Rounds.Count - 1 : setting.RoundIndex($"{path}.lastRound", card.LastRound);
            if (first is { } f && last is { } l && l < f)
            {
                File.Problem($"{path}.lastRound", $"the card's last round '{setting.Rounds[l].Id}' comes before its first round '{setting.Rounds[f].Id}'");
            }

            if (card.MaxPlays is < 1)
            {
                File.Problem($"{path}.maxPlays", $"must be at least 1, found {card.MaxPlays}");
            }

            cards.Add(new ExerciseCard(card.Id, card.Name, card.Description, card.Lesson, card.Cost, sector, card.Years,
                card.Scheme ?? OwnBudgetScheme, activities, capacity, grant, card.Requires, first ?? 0, last ?? setting.Rounds.Count - 1, card.MaxPlays));
        }

        CheckRequirements(cards);
        return cards;
    }

    private CardActivities ResolveActivities(string path, ActivitiesDocument activities, string? sectorId)
    {
        File.WithinLimit($"{path}.expertPersonMonths", activities.ExpertPersonMonths, ActivitiesDocument.MaxYearly);
        File.WithinLimit($"{path}.trainees", activities.Trainees, ActivitiesDocument.MaxYearly);
        File.WithinLimit($"{path}.demonstrations", activities.Demonstrations, ActivitiesDocument.MaxYearly);
        var declared = sectorId is null ? null : File.Catalog.Find(sectorId)?.Descriptor.Technologies.Select(t => t.Id).ToList();
        foreach (var (id, units) in activities.Technologies)
        {
            var techPath = JsonPath.Property($"{path}.technologies", id);
            if (declared is not null && !declared.Contains(id))
            {
                var list = declared.Count == 0 ? "it declares none" : "technologies: " + string.Join(", ", declared);
                File.Problem(techPath, $"sector '{sectorId}' has no technology '{id}'{ExerciseFile.Hint(id, declared)} ({list})");
            }

            File.WithinLimit(techPath, units, ActivitiesDocument.MaxYearly);
        }

        return new CardActivities(activities.ExpertPersonMonths, activities.Trainees, activities.Demonstrations,
            new Dictionary<string, double>(activities.Technologies, StringComparer.Ordinal));
    }

    private Grant ResolveGrant(string path, GrantDocument grant)
    {
        File.WithinLimit($"{path}.amount", grant.Amount, PhaseDocument.MaxFunding);
        if (grant.Rounds < 1)
        {
            File.Problem($"{path}.rounds", $"a grant pays for at least 1 round, found {grant.Rounds}");
        }

        File.Fraction($"{path}.approval", "approval", grant.Approval);
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
                    File.Problem(path, $"card '{required}' cannot require itself");
                }
                else if (!byId.ContainsKey(required))
                {
                    File.UnknownCard(path, required, byId.Keys);
                }
            }
        }

        var earliest = EarliestRounds(cards, byId, out var cycle);
        if (cycle is not null)
        {
            var index = cards.FindIndex(c => c.Id == cycle[0]);
            File.Problem($"$.cards[{index}].requires", $"cards require each other in a circle: {string.Join(" -> ", cycle)}; none of them could ever be played");
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
            File.Problem($"$.cards[{i}].requires",
                $"card '{card.Id}' can never be played: it needs '{blocking}' in an earlier round, which can be played from round '{setting.RoundId(from)}' " +
                $"at the earliest, and '{card.Id}' only until round '{setting.RoundId(card.LastRound)}'");
        }
    }

    /// <summary>
    /// The first round each card can be played in: its own first round, and at least one round after
    /// each card it requires. Null cycle when the requirements form none.
    /// </summary>
    public static Dictionary<string, int> EarliestRounds(IReadOnlyList<ExerciseCard> cards, IReadOnlyDictionary<string, ExerciseCard> byId, out List<string>? cycle)
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
}
