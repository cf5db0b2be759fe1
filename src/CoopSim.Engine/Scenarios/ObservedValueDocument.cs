using System.ComponentModel;

namespace CoopSim.Engine.Scenarios;

[Description("A measured value of one metric of one city in one year, to check runs against (docs/models/validation.md).")]
public sealed class ObservedValueDocument
{
    [Description("An optional id, lower case with '-'. When every observation of a parent and its child has one, the child's merge with the parent's by id (see docs/scenarios.md, Inheritance); otherwise the child's array replaces the parent's.")]
    public string? Id { get; set; }

    [Description("The city's id.")]
    public required string City { get; set; }

    [Description("The sector id, e.g. \"water\".")]
    public required string Sector { get; set; }

    [Description("The metric id the sector declares (`coopsim plugins --sector ID`), or \"coop.capacity\".")]
    public required string Metric { get; set; }

    [Description("The year the value was measured; a simulated year.")]
    [ScenarioField(Minimum = ScenarioDocument.FirstYear, Maximum = ScenarioDocument.LastYear, Example = 2003)]
    public required int Year { get; set; }

    [Description("The value, in the metric's unit (fractions for shares: 0.20 for 20%), within the metric's range.")]
    [ScenarioField(Example = 0.2)] // The unit and range are the metric's declaration.
    public required double Value { get; set; }

    [Description("How far the true value may be from 'value', in the metric's unit: one standard deviation (0.03 for ±3 percentage points). Backtests and calibration weigh each observation by 1/uncertainty².")]
    [ScenarioField(Minimum = 0, MinimumExclusive = true, Example = 0.03)]
    public required double Uncertainty { get; set; }

    [Description("Where the value comes from, e.g. \"cases.md W3\".")]
    public required string Source { get; set; }
}
