using CoopSim.Engine.Reporting;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Workshops;

/// <summary>
/// An exercise after reading and checking against its base scenario and the loaded plugins:
/// immutable, references resolved (rounds by index), ready for sessions.
/// </summary>
public sealed class Exercise
{
    internal Exercise(string path, string sha256, ExerciseDocument document, string baseScenarioPath, ResolvedScenario baseScenario,
        IReadOnlyList<ExerciseRound> rounds, IReadOnlyList<ExerciseCard> cards, IReadOnlyList<ExerciseEvent> events,
        IReadOnlyList<ScoreMetric> scores, HistoryPath? history)
    {
        Path = path;
        Sha256 = sha256;
        Document = document;
        BaseScenarioPath = baseScenarioPath;
        BaseScenario = baseScenario;
        Rounds = rounds;
        Cards = cards;
        Events = events;
        Scores = scores;
        History = history;
    }

    /// <summary>The exercise file's full path.</summary>
    public string Path { get; }

    /// <summary>SHA-256 of the exercise file, lower-case hex: a session notices when the file changed under it.</summary>
    public string Sha256 { get; }

    public ExerciseDocument Document { get; }

    public string Name => Document.Name;

    public string BaseScenarioPath { get; }

    public ResolvedScenario BaseScenario { get; }

    public string CityId => Document.City;

    public string CityName => BaseScenario.Cities.First(c => c.Id == CityId).Facts.Name;

    public string PartnerId => Document.Partner;

    /// <summary>The seed a session uses unless it is given another.</summary>
    public int Seed => Document.Seed ?? BaseScenario.Seed;

    public bool CarryOverBudget => Document.CarryOverBudget;

    public IReadOnlyList<ExerciseRound> Rounds { get; }

    public IReadOnlyList<ExerciseCard> Cards { get; }

    public IReadOnlyList<ExerciseEvent> Events { get; }

    public IReadOnlyList<ScoreMetric> Scores { get; }

    public HistoryPath? History { get; }

    public IReadOnlyList<string> Objectives => Document.Objectives;

    public IReadOnlyList<string> DebriefQuestions => Document.DebriefQuestions;

    /// <summary>The first simulated year: the base scenario's start.</summary>
    public int FirstYear => BaseScenario.StartYear;

    /// <summary>The last simulated year: the last round's end.</summary>
    public int LastYear => Rounds[^1].To;

    public ExerciseCard? Card(string id) => Cards.FirstOrDefault(c => c.Id == id);

    public ExerciseRound? Round(string id) => Rounds.FirstOrDefault(r => r.Id == id);
}

public sealed record ExerciseRound(int Index, string Id, string Name, int From, int To, double Budget, string? Briefing)
{
    public int Years => To - From + 1;

    public override string ToString() => $"{Name} ({From}-{To})";
}

/// <summary>A decision card with its round window as indices (<see cref="FirstRound"/> to <see cref="LastRound"/>, inclusive).</summary>
public sealed record ExerciseCard(
    string Id,
    string Name,
    string? Description,
    string? Lesson,
    double Cost,
    string? SectorId,
    int Years,
    string Scheme,
    CardActivities? Activities,
    CapacityEffect? Capacity,
    Grant? Grant,
    IReadOnlyList<string> Requires,
    int FirstRound,
    int LastRound,
    int? MaxPlays);

/// <summary>Per-year activities of a card, as in a programme phase; technologies by the sector's ids.</summary>
public sealed record CardActivities(double ExpertPersonMonths, double Trainees, double Demonstrations, IReadOnlyDictionary<string, double> Technologies);

public sealed record CapacityEffect(string SectorId, double? Ownership, double? Leadership, double? Turnover);

public sealed record Grant(double Amount, int Rounds, string? Scheme, double Approval);

public sealed record ExerciseEvent(
    string Id,
    string Name,
    string? Text,
    string? Source,
    int Round,
    double Probability,
    IReadOnlyList<string> IfPlayed,
    double Budget,
    IReadOnlyList<string> FundingCuts,
    IReadOnlyList<CapacityEffect> Capacity)
{
    /// <summary>Cards that spare a team: the event does not reach a team that played any of them in an earlier round.</summary>
    public IReadOnlyList<string> UnlessPlayed { get; init; } = [];

    /// <summary>
    /// Whether the event reaches a team, given <paramref name="hasPlayed"/>: whether the team played a card
    /// in a round before the event's. It needs every <see cref="IfPlayed"/> card and none of <see cref="UnlessPlayed"/>.
    /// </summary>
    public bool ReachesTeam(Func<string, bool> hasPlayed)
    {
        ArgumentNullException.ThrowIfNull(hasPlayed);
        return IfPlayed.All(hasPlayed) && !UnlessPlayed.Any(hasPlayed);
    }
}

/// <summary>An outcome in the league table: a metric of the exercise's city, with its unit and which way is better.</summary>
public sealed record ScoreMetric(string SectorId, string MetricId, string Label, bool LowerIsBetter, double? Target, string Unit)
{
    /// <summary>Whether <paramref name="value"/> reaches the target (false when there is none).</summary>
    public bool Meets(double value) => Target is { } t && (LowerIsBetter ? value <= t : value >= t);

    /// <summary>Negative when <paramref name="a"/> is better than <paramref name="b"/>.</summary>
    public int CompareBetter(double a, double b) => LowerIsBetter ? a.CompareTo(b) : b.CompareTo(a);

    /// <summary>The target as people read it, "at most 25.0 %"; null when there is none.</summary>
    public string? TargetText => Target is { } t
        ? $"{(LowerIsBetter ? "at most" : "at least")} {DisplayUnits.Format(t, Unit)} {DisplayUnits.Unit(Unit)}"
        : null;
}

/// <summary>The real city's path: a run of a scenario that follows what happened, and values the cases report.</summary>
public sealed record HistoryPath(string Label, RunResult? Run, IReadOnlyList<Observation> Observed);

public sealed record Observation(string SectorId, string MetricId, int Year, double Value, string? Source);

/// <summary>The outcome of checking an exercise file: an exercise, or every problem found.</summary>
public sealed record ExerciseCompilation(Exercise? Exercise, IReadOnlyList<Engine.Diagnostics.ScenarioProblem> Problems)
{
    public bool IsValid => Exercise is not null && Problems.Count == 0;
}
