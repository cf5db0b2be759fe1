using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Workshops;

/// <summary>
/// A class playing an exercise: teams, their decisions round by round, and each team's simulated city.
/// Everything shown is derived from the decisions and the seed, so a session saved as its decisions
/// and resumed, or stepped back and replayed, gives exactly the same results. With a save path the
/// session is written (atomically) after every change, so a crash or a closed laptop loses nothing.
/// </summary>
public sealed class WorkshopSession
{
    public const int MaxTeams = 8;

    private readonly List<WorkshopTeam> _teams = [];
    private readonly Dictionary<string, List<IReadOnlyList<string>>> _decisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunResult> _results = new(StringComparer.Ordinal);

    private WorkshopSession(Exercise exercise, PluginCatalog catalog, int seed, string? savePath)
    {
        Exercise = exercise;
        Catalog = catalog;
        Seed = seed;
        SavePath = savePath is null ? null : Path.GetFullPath(savePath);
    }

    public Exercise Exercise { get; }

    public PluginCatalog Catalog { get; }

    public int Seed { get; }

    /// <summary>Where the session is saved after every change; null for a session kept in memory only.</summary>
    public string? SavePath { get; private set; }

    public IReadOnlyList<WorkshopTeam> Teams => _teams;

    public int RoundsPlayed { get; private set; }

    public bool IsFinished => RoundsPlayed == Exercise.Rounds.Count;

    /// <summary>The round being decided; null once the last round is played.</summary>
    public ExerciseRound? CurrentRound => IsFinished ? null : Exercise.Rounds[RoundsPlayed];

    /// <summary>The last simulated year so far (the last played round's end); null before the first round.</summary>
    public int? SimulatedTo => RoundsPlayed == 0 ? null : Exercise.Rounds[RoundsPlayed - 1].To;

    public static WorkshopSession Start(Exercise exercise, PluginCatalog catalog, int? seed = null, string? savePath = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(catalog);
        var session = new WorkshopSession(exercise, catalog, seed ?? exercise.Seed, savePath);
        session.Save();
        return session;
    }

    /// <summary>Reads a saved session, checks it against its exercise, and replays its rounds.</summary>
    public static SessionLoad Resume(string path, PluginCatalog catalog) => SessionFile.Read(path, catalog);

    public WorkshopTeam? Team(string teamId) => _teams.FirstOrDefault(t => t.Id == teamId);

    /// <summary>Registers a team before the first round is played; the problem says why not otherwise.</summary>
    public TeamRegistration RegisterTeam(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var id = WorkshopTeam.IdFor(trimmed);
        string? problem = null;
        if (RoundsPlayed > 0)
        {
            problem = "teams are registered before the first round is played";
        }
        else if (_teams.Count >= MaxTeams)
        {
            problem = $"a session has at most {MaxTeams} teams";
        }
        else if (id.Length == 0)
        {
            problem = "a team's name needs at least one letter or digit";
        }
        else if (trimmed.Length > WorkshopTeam.MaxNameLength)
        {
            problem = $"a team's name has at most {WorkshopTeam.MaxNameLength} characters";
        }
        else if (Team(id) is { } existing)
        {
            problem = $"'{trimmed}' is too like the name of team '{existing.Name}'";
        }

        if (problem is not null)
        {
            return new TeamRegistration(null, problem);
        }

        var team = new WorkshopTeam(id, trimmed);
        _teams.Add(team);
        _decisions[id] = [];
        Save();
        return new TeamRegistration(team, null);
    }

    /// <summary>Removes a team before the first round is played.</summary>
    public string? RemoveTeam(string teamId)
    {
        if (RoundsPlayed > 0)
        {
            return "teams can be removed only before the first round is played";
        }

        if (Team(teamId) is not { } team)
        {
            return $"there is no team '{teamId}'";
        }

        _teams.Remove(team);
        _decisions.Remove(teamId);
        _pending.Remove(teamId);
        Save();
        return null;
    }

    /// <summary>A team's ledger: budgets, grants and events of each played round and the current one.</summary>
    public TeamLedger Ledger(string teamId) => new(Exercise, Seed, RequireTeam(teamId).Id, _decisions[teamId]);

    /// <summary>The cards played by a team in a played round.</summary>
    public IReadOnlyList<string> Decisions(string teamId, int round) => Ledger(teamId).Decisions(round);

    /// <summary>The decision entered for the current round, not yet played; null when none is entered.</summary>
    public IReadOnlyList<string>? Pending(string teamId) => _pending.GetValueOrDefault(RequireTeam(teamId).Id);

    public IReadOnlyList<CardOption> Cards(string teamId) => DecisionRules.Options(Exercise, Ledger(teamId), RequireCurrentRound().Index);

    public DecisionCheck Check(string teamId, IReadOnlyList<string> cardIds) =>
        DecisionRules.Check(Exercise, Ledger(teamId), RequireCurrentRound().Index, cardIds);

    /// <summary>Enters a team's decision for the current round when it is valid (an empty one plays no card).</summary>
    public DecisionCheck Decide(string teamId, IReadOnlyList<string> cardIds)
    {
        var check = Check(teamId, cardIds);
        if (check.IsValid)
        {
            _pending[teamId] = [.. cardIds];
            Save();
        }

        return check;
    }

    /// <summary>Withdraws a team's decision for the current round.</summary>
    public void Undecide(string teamId)
    {
        if (_pending.Remove(RequireTeam(teamId).Id))
        {
            Save();
        }
    }

    /// <summary>
    /// Plays the current round: every team's decision is applied and every team's city simulated to
    /// the round's end. Nothing changes when a team has not decided or a simulation fails.
    /// </summary>
    public AdvanceOutcome Advance()
    {
        var problems = new List<string>();
        if (IsFinished)
        {
            problems.Add("the last round has been played");
        }
        else if (_teams.Count == 0)
        {
            problems.Add("no team is registered");
        }
        else
        {
            foreach (var team in _teams.Where(t => !_pending.ContainsKey(t.Id)))
            {
                problems.Add($"team '{team.Name}' has not decided (a decision may play no card)");
            }

            foreach (var team in _teams.Where(t => _pending.ContainsKey(t.Id)))
            {
                problems.AddRange(Check(team.Id, _pending[team.Id]).Problems.Select(p => $"team '{team.Name}': {p.Text}"));
            }
        }

        if (problems.Count > 0)
        {
            return new AdvanceOutcome(false, problems);
        }

        foreach (var team in _teams)
        {
            _decisions[team.Id].Add(_pending[team.Id]);
        }

        if (!Simulate(RoundsPlayed + 1, problems))
        {
            foreach (var team in _teams)
            {
                _decisions[team.Id].RemoveAt(RoundsPlayed);
            }

            return new AdvanceOutcome(false, problems);
        }

        RoundsPlayed++;
        _pending.Clear();
        Save();
        return new AdvanceOutcome(true, []);
    }

    /// <summary>
    /// Undoes the last played round; its decisions become the current round's, to change and replay.
    /// When the earlier rounds cannot be replayed (a plugin that now fails or runs past its time limit),
    /// the session is left exactly as it was and the outcome says why.
    /// </summary>
    public StepBackOutcome StepBack()
    {
        if (RoundsPlayed == 0)
        {
            return new StepBackOutcome(false, ["no round has been played yet"]);
        }

        var pendingBefore = new Dictionary<string, IReadOnlyList<string>>(_pending, StringComparer.Ordinal);
        RoundsPlayed--;
        _pending.Clear();
        foreach (var team in _teams)
        {
            _pending[team.Id] = _decisions[team.Id][RoundsPlayed];
            _decisions[team.Id].RemoveAt(RoundsPlayed);
        }

        var problems = new List<string>();
        if (RoundsPlayed == 0)
        {
            _results.Clear();
        }
        else if (!Simulate(RoundsPlayed, problems))
        {
            // The same decisions simulated before, so only a plugin that changed or ran out of time fails
            // here; Simulate keeps the results it had, and the round comes back as played.
            foreach (var team in _teams)
            {
                _decisions[team.Id].Add(_pending[team.Id]);
            }

            RoundsPlayed++;
            _pending.Clear();
            foreach (var (id, cards) in pendingBefore)
            {
                _pending[id] = cards;
            }

            return new StepBackOutcome(false, ["replaying the earlier rounds failed, so nothing was undone: " + string.Join("; ", problems)]);
        }

        Save();
        return new StepBackOutcome(true, []);
    }

    /// <summary>A team's simulated city through the last played round; null before the first round.</summary>
    public RunResult? Result(string teamId) => _results.GetValueOrDefault(RequireTeam(teamId).Id);

    /// <summary>A team's scenario after the played rounds, as a file that extends the base scenario from <paramref name="folder"/>.</summary>
    public string TeamScenarioText(string teamId, string folder)
    {
        var team = RequireTeam(teamId);
        if (RoundsPlayed == 0)
        {
            throw new InvalidOperationException("no round has been played yet");
        }

        var extends = Path.GetRelativePath(Path.GetFullPath(folder), Exercise.BaseScenarioPath).Replace('\\', '/');
        return TeamScenario.Text(Exercise, team, Ledger(team.Id), RoundsPlayed, Seed, extends);
    }

    /// <summary>The events, as the trainer sees them (all, with whether they will happen) or as participants do (only revealed ones that happened).</summary>
    public IReadOnlyList<EventView> Events(WorkshopViewer viewer)
    {
        var ledgers = _teams.ToDictionary(t => t.Id, t => Ledger(t.Id), StringComparer.Ordinal);
        var views = new List<EventView>();
        foreach (var e in Exercise.Events.OrderBy(e => e.Round))
        {
            var revealed = e.Round <= RoundsPlayed;
            var happens = WorkshopRandom.EventOccurs(Seed, e);
            var reaches = revealed
                ? _teams.Where(t => e.Round < ledgers[t.Id].RoundCount && ledgers[t.Id].EventsIn(e.Round).Contains(e)).ToList()
                : [];
            if (viewer == WorkshopViewer.Participant && !(revealed && reaches.Count > 0))
            {
                continue;
            }

            views.Add(new EventView(e, Exercise.Rounds[e.Round], revealed, happens, reaches));
        }

        return views;
    }

    public LeagueTable League() => LeagueTable.Build(this);

    /// <summary>Saves to <see cref="SavePath"/> (atomically), if the session has one.</summary>
    public void Save()
    {
        if (SavePath is not null)
        {
            SessionFile.Write(this, SavePath);
        }
    }

    /// <summary>Saves to a new path and keeps saving there.</summary>
    public void SaveAs(string path)
    {
        SavePath = Path.GetFullPath(path);
        Save();
    }

    internal IReadOnlyDictionary<string, IReadOnlyList<string>> PendingDecisions => _pending;

    /// <summary>Restores a saved round without saving: used when a session file is replayed.</summary>
    internal void SetPendingWithoutSaving(string teamId, IReadOnlyList<string> cardIds) => _pending[teamId] = cardIds;

    internal void DetachSavePath(out string? path)
    {
        path = SavePath;
        SavePath = null;
    }

    internal void AttachSavePath(string? path) => SavePath = path;

    internal static WorkshopSession Create(Exercise exercise, PluginCatalog catalog, int seed) => new(exercise, catalog, seed, null);

    private bool Simulate(int rounds, List<string> problems)
    {
        var results = new Dictionary<string, RunResult>(StringComparer.Ordinal);
        foreach (var team in _teams)
        {
            var text = TeamScenario.Text(Exercise, team, Ledger(team.Id), rounds, Seed, Exercise.BaseScenarioPath);
            var virtualPath = Path.Combine(Path.GetDirectoryName(Exercise.Path)!, $"{team.Id}.team.json");
            var compilation = ScenarioCompiler.Compile(ScenarioReader.ReadText(text, virtualPath), Catalog);
            if (!compilation.IsValid)
            {
                problems.AddRange(compilation.Problems.Select(p => $"team '{team.Name}': the team's scenario is invalid: {p}"));
                continue;
            }

            var result = Simulator.Run(compilation.Scenario!);
            if (result.Failure is { } failure)
            {
                problems.Add($"team '{team.Name}': the simulation stopped: {failure}");
                continue;
            }

            results[team.Id] = result;
        }

        if (problems.Count > 0)
        {
            return false;
        }

        _results.Clear();
        foreach (var (id, result) in results)
        {
            _results[id] = result;
        }

        return true;
    }

    private WorkshopTeam RequireTeam(string teamId) =>
        Team(teamId) ?? throw new ArgumentException($"there is no team '{teamId}'", nameof(teamId));

    private ExerciseRound RequireCurrentRound() =>
        CurrentRound ?? throw new InvalidOperationException("the last round has been played");
}
