using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

/// <summary>
/// Whether a team may play cards in a round, and if not, why, in words a participant understands:
/// the card's round window (a scheme's deadline), what it needs first, how often it may be played,
/// and the team's budget.
/// </summary>
public static class DecisionRules
{
    public static DecisionCheck Check(Exercise exercise, TeamLedger ledger, int round, IReadOnlyList<string> cardIds)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(cardIds);
        var problems = new List<DecisionMessage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cost = 0.0;
        for (var i = 0; i < cardIds.Count; i++)
        {
            var id = cardIds[i];
            var card = exercise.Card(id);
            if (card is null)
            {
                var hint = DocumentBinder.Suggest(id, exercise.Cards.Select(c => c.Id)) is { } s ? $"; did you mean '{s}'?" : "";
                problems.Add(new DecisionMessage(i, id, $"there is no card '{id}'{hint}"));
                continue;
            }

            if (!seen.Add(id))
            {
                problems.Add(new DecisionMessage(i, id, $"'{card.Name}' is played twice; a card is played at most once a round"));
                continue;
            }

            cost += card.Cost;
            if (WhyNot(exercise, ledger, round, card) is { } reason)
            {
                problems.Add(new DecisionMessage(i, id, $"'{card.Name}' {reason}"));
            }
        }

        var available = ledger.Budget(round).Available;
        if (cost > available)
        {
            problems.Add(new DecisionMessage(null, null,
                $"the cards cost {ExerciseCompiler.Usd(cost)}; the team has {ExerciseCompiler.Usd(available)} this round"));
        }

        return new DecisionCheck(cardIds, cost, available, problems);
    }

    /// <summary>Every card with whether it can be played this round on its own, and why not.</summary>
    public static IReadOnlyList<CardOption> Options(Exercise exercise, TeamLedger ledger, int round)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(ledger);
        var available = ledger.Budget(round).Available;
        return exercise.Cards.Select(card =>
        {
            var reason = WhyNot(exercise, ledger, round, card);
            if (reason is null && card.Cost > available)
            {
                reason = $"costs {ExerciseCompiler.Usd(card.Cost)}; the team has {ExerciseCompiler.Usd(available)} this round";
            }

            return new CardOption(card, reason is null, reason);
        }).ToList();
    }

    /// <summary>Why a card cannot be played in a round (its budget aside), or null when it can.</summary>
    private static string? WhyNot(Exercise exercise, TeamLedger ledger, int round, ExerciseCard card)
    {
        if (round < card.FirstRound)
        {
            return $"can be played from round '{exercise.Rounds[card.FirstRound].Id}' ({exercise.Rounds[card.FirstRound]})";
        }

        if (round > card.LastRound)
        {
            return $"is past its deadline: it could be played until round '{exercise.Rounds[card.LastRound].Id}' ({exercise.Rounds[card.LastRound]})";
        }

        var missing = card.Requires.Where(id => ledger.Plays(id, round) == 0).ToList();
        if (missing.Count > 0)
        {
            var names = missing.Select(id => $"'{exercise.Card(id)?.Name ?? id}'");
            return $"needs {string.Join(" and ", names)} played in an earlier round first";
        }

        if (card.MaxPlays is { } max && ledger.Plays(card.Id, round) >= max)
        {
            return $"may be played {max} time(s) in the exercise, and the team has played it {ledger.Plays(card.Id, round)}";
        }

        return null;
    }
}

/// <summary>A problem with a decision: the card it concerns (by position in the decision), or the decision as a whole.</summary>
public sealed record DecisionMessage(int? Index, string? CardId, string Text)
{
    public override string ToString() => Text;
}

/// <summary>A decision checked: its cost, what the team has, and every problem (none when it may be played).</summary>
public sealed record DecisionCheck(IReadOnlyList<string> CardIds, double Cost, double Available, IReadOnlyList<DecisionMessage> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>A card as a team sees it this round: whether it can be played, and why not.</summary>
public sealed record CardOption(ExerciseCard Card, bool Playable, string? Reason);
