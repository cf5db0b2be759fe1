using System.ComponentModel;

namespace CoopSim.Workshops;

/// <summary>
/// A saved session: the exercise it plays, the seed, the teams and every decision. Results are not
/// stored: they are replayed from the decisions, which gives the same numbers (a run is a pure
/// function of scenario, plugin versions and seed).
/// </summary>
[Description("A CoopSim workshop session: an exercise, its seed, the teams and their decisions round by round.")]
public sealed class SessionDocument
{
    public const string FormatName = "coopsim-workshop-session";
    public const int CurrentSchemaVersion = 1;

    [Description("Always \"coopsim-workshop-session\".")]
    public required string Format { get; set; }

    [Description("The version of the session format; 1.")]
    public required int SchemaVersion { get; set; }

    [Description("The exercise file, relative to this file.")]
    public required string Exercise { get; set; }

    [Description("SHA-256 of the exercise file when the session was saved.")]
    public string? ExerciseSha256 { get; set; }

    [Description("The session's random seed.")]
    public required int Seed { get; set; }

    [Description("Versions of the sector plugins the session ran with, by sector id.")]
    public Dictionary<string, string> Plugins { get; set; } = [];

    [Description("The teams in the order they registered.")]
    public List<SessionTeamDocument> Teams { get; set; } = [];

    [Description("The rounds played, in order, with each team's cards.")]
    public List<SessionRoundDocument> Rounds { get; set; } = [];

    [Description("Decisions entered for the round being decided, by team id.")]
    public Dictionary<string, List<string>> Pending { get; set; } = [];
}

public sealed class SessionTeamDocument
{
    public required string Id { get; set; }

    public required string Name { get; set; }
}

public sealed class SessionRoundDocument
{
    [Description("The round's id in the exercise.")]
    public required string Round { get; set; }

    [Description("The cards each team played, by team id.")]
    public Dictionary<string, List<string>> Decisions { get; set; } = [];
}
