using CoopSim.Engine.Plugins;
using CoopSim.Engine.Simulation;

namespace CoopSim.Workshops;

/// <summary>
/// A class playing an exercise: teams, their decisions round by round, and each team's simulated city.
/// Everything shown is derived from the decisions and the seed, so a session saved as its decisions
/// and resumed, or stepped back and replayed, gives exactly the same results. With a save path the
/// session is written (atomically) after every change, so a crash or a closed laptop loses nothing.
/// </summary>
public sealed partial class WorkshopSession
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

    /// <summary>A team's ledger: budgets, grants and events of each played round and the current one.</summary>
    public TeamLedger Ledger(string teamId) => new(Exercise, Seed, RequireTeam(teamId).Id, _decisions[teamId]);

    /// <summary>The cards played by a team in a played round.</summary>
    public IReadOnlyList<string> Decisions(string teamId, int round) => Ledger(teamId).Decisions(round);

    /// <summary>The decision entered for the current round, not yet played; null when none is entered.</summary>
    public IReadOnlyList<string>? Pending(string teamId) => _pending.GetValueOrDefault(RequireTeam(teamId).Id);

    public IReadOnlyList<CardOption> Cards(string teamId) => DecisionRules.Options(Exercise, Ledger(teamId), RequireCurrentRound().Index);

    public DecisionCheck Check(string teamId, IReadOnlyList<string> cardIds) =>
        DecisionRules.Check(Exercise, Ledger(teamId), RequireCurrentRound().Index, cardIds);

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

    private WorkshopTeam RequireTeam(string teamId) =>
        Team(teamId) ?? throw new ArgumentException($"there is no team '{teamId}'", nameof(teamId));

    private ExerciseRound RequireCurrentRound() =>
        CurrentRound ?? throw new InvalidOperationException("the last round has been played");
}
