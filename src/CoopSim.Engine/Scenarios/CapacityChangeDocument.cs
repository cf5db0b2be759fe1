using System.ComponentModel;

namespace CoopSim.Engine.Scenarios;

[Description("A change in a city's capacity settings in one sector from a year on: a new leader, an autonomy reform, a wave of staff leaving.")]
public sealed class CapacityChangeDocument
{
    [Description("The city's id.")]
    public required string City { get; set; }

    [Description("The sector id, e.g. \"waste\".")]
    public required string Sector { get; set; }

    [Description("The first year with the new settings; they hold until a later change.")]
    public required int FromYear { get; set; }

    [Description("New ownership, a fraction in [0, 1]; unset keeps the current value.")]
    public double? Ownership { get; set; }

    [Description("New leadership, a fraction in [0, 1]; unset keeps the current value.")]
    public double? Leadership { get; set; }

    [Description("New yearly turnover, a fraction in [0, 1]; unset keeps the current value.")]
    public double? Turnover { get; set; }

    [Description("Where the change comes from, e.g. \"cases.md C2\".")]
    public string? Source { get; set; }
}
