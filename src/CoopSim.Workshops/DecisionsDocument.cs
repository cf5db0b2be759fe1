using System.ComponentModel;
using System.Text.Json.Serialization;

namespace CoopSim.Workshops;

/// <summary>A decisions file: every team's cards for every round, to play an exercise without a console (rehearsals, tests).</summary>
[Description("The decisions of every team in every round of a workshop exercise.")]
public sealed class DecisionsDocument
{
    [JsonPropertyName("$schema")]
    [Description("Where editors find a schema, relative to the file.")]
    public string? Schema { get; set; }

    [Description("What the decisions rehearse.")]
    public string? Description { get; set; }

    [Description("The session's seed; default the exercise's.")]
    public int? Seed { get; set; }

    [Description("The teams, in the order they register.")]
    public required List<DecisionsTeamDocument> Teams { get; set; }
}

public sealed class DecisionsTeamDocument
{
    [Description("The team's name.")]
    public required string Name { get; set; }

    [Description("The cards the team plays, by round id; a round left out plays no card.")]
    public Dictionary<string, List<string>> Rounds { get; set; } = [];
}
