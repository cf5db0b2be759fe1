namespace CoopSim.Workshops;

/// <summary>
/// One team's money, grants and events round by round, derived from its decisions alone (and the
/// session seed): a pure function, so a replay or a step back gives the same ledger.
/// </summary>
public sealed class TeamLedger
{
    private readonly Exercise _exercise;
    private readonly int _seed;
    private readonly string _teamId;
    private readonly IReadOnlyList<IReadOnlyList<string>> _decisions;
    private readonly List<RoundBudget> _budgets = [];
    private readonly List<IReadOnlyList<ExerciseEvent>> _events = [];
    private readonly Dictionary<string, int> _schemeCutFrom = new(StringComparer.Ordinal);

    /// <summary>A ledger from the cards played in each round so far, round 0 first; it covers those rounds and the next.</summary>
    public TeamLedger(Exercise exercise, int seed, string teamId, IReadOnlyList<IReadOnlyList<string>> decisions)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(decisions);
        _exercise = exercise;
        _seed = seed;
        _teamId = teamId;
        _decisions = decisions;
        var rounds = Math.Min(decisions.Count + 1, exercise.Rounds.Count);
        for (var r = 0; r < rounds; r++)
        {
            Compute(r);
        }
    }

    /// <summary>Rounds the ledger covers: those decided and the one after (while the exercise lasts).</summary>
    public int RoundCount => _budgets.Count;

    public RoundBudget Budget(int round) => _budgets[round];

    /// <summary>The events that reach this team at the start of a round.</summary>
    public IReadOnlyList<ExerciseEvent> EventsIn(int round) => _events[round];

    /// <summary>The round from which a funding scheme is cut for this team, if it is.</summary>
    public int? SchemeCutFrom(string scheme) => _schemeCutFrom.TryGetValue(scheme, out var r) ? r : null;

    public IReadOnlyList<string> Decisions(int round) => round < _decisions.Count ? _decisions[round] : [];

    /// <summary>How many times the team played a card in the rounds before <paramref name="beforeRound"/>.</summary>
    public int Plays(string cardId, int beforeRound)
    {
        var plays = 0;
        for (var r = 0; r < Math.Min(beforeRound, _decisions.Count); r++)
        {
            plays += _decisions[r].Count(id => id == cardId);
        }

        return plays;
    }

    /// <summary>Total cost of the cards played in the rounds before <paramref name="beforeRound"/>.</summary>
    public double SpentBefore(int beforeRound) => Enumerable.Range(0, Math.Min(beforeRound, _decisions.Count)).Sum(Spent);

    private double Spent(int round) => round < _decisions.Count ? _decisions[round].Sum(id => _exercise.Card(id)?.Cost ?? 0) : 0;

    private void Compute(int r)
    {
        var round = _exercise.Rounds[r];
        var reaching = _exercise.Events
            .Where(e => e.Round == r && WorkshopRandom.EventOccurs(_seed, e) && e.ReachesTeam(id => Plays(id, r) > 0))
            .ToList();
        foreach (var scheme in reaching.SelectMany(e => e.FundingCuts))
        {
            _schemeCutFrom.TryAdd(scheme, r);
        }

        var grants = new List<GrantPayment>();
        for (var p = 0; p < r; p++)
        {
            foreach (var card in _decisions[p].Select(_exercise.Card).OfType<ExerciseCard>().Where(c => c.Grant is not null))
            {
                var grant = card.Grant!;
                if (r - p > grant.Rounds)
                {
                    continue;
                }

                var approved = WorkshopRandom.GrantApproved(_seed, _teamId, _exercise.Rounds[p], card);
                var cut = grant.Scheme is not null && SchemeCutFrom(grant.Scheme) is { } from && from <= r;
                grants.Add(new GrantPayment(card, _exercise.Rounds[p], approved && !cut ? grant.Amount : 0,
                    !approved ? "not approved" : cut ? $"scheme '{grant.Scheme}' cut" : null));
            }
        }

        var carry = 0.0;
        if (_exercise.CarryOverBudget && r > 0)
        {
            carry = Math.Max(0, _budgets[r - 1].Available - Spent(r - 1));
        }

        var windfall = reaching.Sum(e => e.Budget);
        var available = Math.Max(0, round.Budget + carry + grants.Sum(g => g.Amount) + windfall);
        _budgets.Add(new RoundBudget(round, round.Budget, carry, grants, windfall, available, Spent(r)));
        _events.Add(reaching);
    }
}

/// <summary>What a team has to spend in a round and where it comes from; <see cref="Spent"/> is what its decision costs.</summary>
public sealed record RoundBudget(
    ExerciseRound Round,
    double Base,
    double CarriedOver,
    IReadOnlyList<GrantPayment> Grants,
    double FromEvents,
    double Available,
    double Spent)
{
    public double Left => Available - Spent;
}

/// <summary>A grant instalment due in a round: its amount, or 0 with the reason it did not arrive.</summary>
public sealed record GrantPayment(ExerciseCard Card, ExerciseRound AppliedIn, double Amount, string? Withheld);
