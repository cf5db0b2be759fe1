using System.ComponentModel;

namespace CoopSim.Engine.Scenarios;

[Description("A change in a city's capacity settings in one sector from a year on: a new leader, an autonomy reform, a wave of staff leaving.")]
public sealed class CapacityChangeDocument
{
    [Description("The city's id.")]
    public required string City { get; set; }

    [Description("The sector id, e.g. \"waste\".")]
    public required string Sector { get; set; }

    [Description("The first year with the new settings, a simulated year; they hold until a later change.")]
    [ScenarioField(Minimum = ScenarioDocument.FirstYear, Maximum = ScenarioDocument.LastYear, Example = 2010)]
    public required int FromYear { get; set; }

    [Description("New ownership; unset keeps the current value.")]
    [ScenarioField(Unit = "fraction", Minimum = 0, Maximum = 1, Example = 0.95)]
    public double? Ownership { get; set; }

    [Description("New leadership; unset keeps the current value.")]
    [ScenarioField(Unit = "fraction", Minimum = 0, Maximum = 1, Example = 0.95)]
    public double? Leadership { get; set; }

    [Description("New yearly turnover; unset keeps the current value.")]
    [ScenarioField(Unit = "fraction", Minimum = 0, Maximum = 1, Example = 0.1)]
    public double? Turnover { get; set; }

    [Description("Where the change comes from, e.g. \"cases.md C2\".")]
    public string? Source { get; set; }
}
