using CoopSim.Abstractions;
using T = CoopSim.Sectors.Water.WaterTechnologies;

namespace CoopSim.Sectors.Water;

/// <summary>The handles of the water technologies, and what is in place or adopted in a year.</summary>
internal sealed class WaterTechnologyUse(ModelSetup setup)
{
    private readonly TechnologyHandle _blocks = setup.Technology(T.DistributionBlocks);
    private readonly TechnologyHandle _telemetry = setup.Technology(T.Telemetry);
    private readonly TechnologyHandle _crews = setup.Technology(T.LeakDetectionCrews);
    private readonly TechnologyHandle _pressure = setup.Technology(T.PressureManagement);
    private readonly TechnologyHandle _renewal = setup.Technology(T.PipeRenewal);
    private readonly TechnologyHandle _meters = setup.Technology(T.MeterReplacement);
    private readonly TechnologyHandle _teams = setup.Technology(T.BillingAndAntiTheft);
    private readonly TechnologyHandle _production = setup.Technology(T.ProductionCapacity);
    private readonly TechnologyHandle _extension = setup.Technology(T.NetworkExtension);
    private readonly TechnologyHandle _advanced = setup.Technology(T.AdvancedTreatment);
    private readonly TechnologyHandle _bcf = setup.Technology(T.BiologicalContactFiltration);

    public double BlocksInPlace(StepContext c) => c.TechnologyInPlace(_blocks);

    public double TelemetryInPlace(StepContext c) => c.TechnologyInPlace(_telemetry);

    public double CrewsInPlace(StepContext c) => c.TechnologyInPlace(_crews);

    public double PressureManagedInPlace(StepContext c) => c.TechnologyInPlace(_pressure);

    public double TeamsInPlace(StepContext c) => c.TechnologyInPlace(_teams);

    public double RenewedThisYear(StepContext c) => c.TechnologyAdopted(_renewal);

    public double MetersThisYear(StepContext c) => c.TechnologyAdopted(_meters);

    /// <summary>Production capacity added this year (m3/day).</summary>
    public double ProductionThisYear(StepContext c) => 1000.0 * c.TechnologyAdopted(_production);

    /// <summary>Connections added this year by network extension.</summary>
    public double ExtensionThisYear(StepContext c) => 1000.0 * c.TechnologyAdopted(_extension);

    /// <summary>Advanced treatment capacity in place (m3/day).</summary>
    public double AdvancedInPlace(StepContext c) => 1000.0 * c.TechnologyInPlace(_advanced);

    /// <summary>U-BCF capacity in place (m3/day).</summary>
    public double BcfInPlace(StepContext c) => 1000.0 * c.TechnologyInPlace(_bcf);

    /// <summary>Cost of everything adopted this year (USD); crews and teams are running costs.</summary>
    public double Investment(StepContext c, WaterSettings s) =>
        (c.TechnologyAdopted(_blocks) * s.BlockCost)
        + (c.TechnologyAdopted(_telemetry) * s.TelemetryCost)
        + (c.TechnologyAdopted(_pressure) * s.PressureValveCost)
        + (c.TechnologyAdopted(_renewal) * s.RenewalCost)
        + (c.TechnologyAdopted(_meters) * s.MeterCost)
        + (ProductionThisYear(c) * s.ProductionCost)
        + (ExtensionThisYear(c) * s.ConnectionCost)
        + (1000.0 * c.TechnologyAdopted(_advanced) * s.AdvancedTreatmentCost)
        + (1000.0 * c.TechnologyAdopted(_bcf) * s.AdvancedTreatmentCost * s.BcfConstructionRatio);
}
