using System.ComponentModel;
using System.Text.Json.Serialization;

namespace CoopSim.Workshops;

/// <summary>
/// A workshop exercise file as written (scenarios/workshops/*.json). Bound by the scenario binder and
/// exported as JSON Schema by <see cref="WorkshopSchema"/>, so these descriptions are what editors show.
/// </summary>
[Description("A CoopSim workshop exercise: teams play a receiving city's planners over rounds, choosing decision cards within a budget.")]
public sealed class ExerciseDocument
{
    public const int CurrentSchemaVersion = 1;

    [JsonPropertyName("$schema")]
    [Description("Where editors find this schema, relative to the file.")]
    public string? Schema { get; set; }

    [Description("The version of the exercise format; 1.")]
    public required int SchemaVersion { get; set; }

    [Description("The exercise's title, shown to the class.")]
    public required string Name { get; set; }

    [Description("What the teams face, in a few sentences for the opening slide.")]
    public string? Description { get; set; }

    [Description("Where the exercise's facts come from, e.g. \"cases.md W1-W4\".")]
    public string? Source { get; set; }

    [Description("About how long a class takes to play it, in minutes.")]
    public int? DurationMinutes { get; set; }

    [Description("The base scenario file, relative to this file: the city as it starts, usually without cooperation.")]
    public required string Scenario { get; set; }

    [Description("The id of the city the teams plan for; it must simulate the sectors the cards act on.")]
    public required string City { get; set; }

    [Description("The id of the partner city whose experts and training the cards bring (e.g. \"kitakyushu\").")]
    public required string Partner { get; set; }

    [Description("The random seed of a session (events, grant approvals, stochastic models); a session may choose another.")]
    public int? Seed { get; set; }

    [Description("Whether a team's unspent budget carries over to its next round (default false: use it or lose it).")]
    public bool CarryOverBudget { get; set; }

    [Description("The rounds in order; each advances the simulation over its years. Rounds follow each other without gaps.")]
    public required List<RoundDocument> Rounds { get; set; }

    [Description("The decision cards a team may play.")]
    public List<CardDocument> Cards { get; set; } = [];

    [Description("Scripted or random events revealed at the start of a round.")]
    public List<EventDocument> Events { get; set; } = [];

    [Description("The outcomes the league table and charts show, first one first.")]
    public List<ScoreDocument> Scores { get; set; } = [];

    [Description("The real city's path, shown beside the teams' after the last round.")]
    public HistoryDocument? History { get; set; }

    [Description("What participants should take away.")]
    public List<string> Objectives { get; set; } = [];

    [Description("Questions for the debrief after the last round.")]
    public List<string> DebriefQuestions { get; set; } = [];
}

[Description("A round: the years it simulates and the budget each team has to spend in it.")]
public sealed class RoundDocument
{
    [Description("A short unique id, lower case with '-', used by decisions files and cards (e.g. \"r1\").")]
    public required string Id { get; set; }

    [Description("The round's title.")]
    public string? Name { get; set; }

    [Description("The first simulated year of the round.")]
    public required int From { get; set; }

    [Description("The last simulated year of the round (inclusive).")]
    public required int To { get; set; }

    [Description("What each team may spend in this round (USD).")]
    public required double Budget { get; set; }

    [Description("What the trainer tells the class as the round opens.")]
    public string? Briefing { get; set; }
}

[Description("An outcome shown in the league table and charts: a metric of the exercise's city.")]
public sealed class ScoreDocument
{
    [Description("The sector id, e.g. \"water\".")]
    public required string Sector { get; set; }

    [Description("The metric id the sector declares (`coopsim plugins --sector ID`), or \"coop.capacity\".")]
    public required string Metric { get; set; }

    [Description("A short label for tables and charts, e.g. \"Non-revenue water\".")]
    public string? Label { get; set; }

    [Description("\"lower\" or \"higher\": which way is better.")]
    public required string Better { get; set; }

    [Description("A target value in the metric's unit (fractions for shares: 0.25 is 25%).")]
    public double? Target { get; set; }
}

[Description("The real city's path: a scenario that follows what happened, and observed values.")]
public sealed class HistoryDocument
{
    [Description("A scenario file, relative to this file, that follows the real city through the exercise's years.")]
    public string? Scenario { get; set; }

    [Description("How the real path is labelled, e.g. \"Phnom Penh (what happened)\".")]
    public string? Label { get; set; }

    [Description("Values the cases report, drawn as points beside the lines.")]
    public List<ObservationDocument> Observed { get; set; } = [];
}

[Description("A value the cases report for a metric in a year.")]
public sealed class ObservationDocument
{
    [Description("The sector id.")]
    public required string Sector { get; set; }

    [Description("The metric id.")]
    public required string Metric { get; set; }

    [Description("The year observed.")]
    public required int Year { get; set; }

    [Description("The value, in the metric's unit (fractions for shares).")]
    public required double Value { get; set; }

    [Description("Where it comes from, e.g. \"cases.md W3\".")]
    public string? Source { get; set; }
}
