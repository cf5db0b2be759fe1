using CoopSim.Abstractions;

namespace CoopSim.Sectors.Water;

/// <summary>The interventions a programme may adopt in the water sector (docs/models/water.md).</summary>
internal static class WaterTechnologies
{
    public static readonly TechnologyDeclaration DistributionBlocks = new("distributionBlocks", "blocks",
            "Metered blocks (district metering, cases.md W2): leaks and illegal use can be located, so surveys and inspections find more.");
    public static readonly TechnologyDeclaration Telemetry = new("telemetry", "blocks monitored",
            "Telemetered flow and pressure per block (cases.md W2): new leaks and bursts are noticed sooner, so they run shorter.");
    public static readonly TechnologyDeclaration LeakDetectionCrews = new("leakDetectionCrews", "crews",
            "Active leakage control: crews that survey mains for hidden leaks and have them repaired.");
    public static readonly TechnologyDeclaration PressureManagement = new("pressureManagement", "blocks",
            "Pressure-reducing valves at block inlets: lower pressure, less leak flow (FAVAD).");
    public static readonly TechnologyDeclaration PipeRenewal = new("pipeRenewal", "km",
            "Mains renewed with their connections: the excess leakage of the renewed share is removed.");
    public static readonly TechnologyDeclaration MeterReplacement = new("meterReplacement", "meters",
            "Customer meters replaced or newly installed: less under-registration and unmetered use.");
    public static readonly TechnologyDeclaration BillingAndAntiTheft = new("billingAndAntiTheft", "teams",
            "Billing and anti-theft inspection teams: illegal connections regularised and billing errors corrected.");
    public static readonly TechnologyDeclaration ProductionCapacity = new("productionCapacity", "1000 m3/day",
            "Treatment and transmission capacity added.");
    public static readonly TechnologyDeclaration NetworkExtension = new("networkExtension", "1000 connections",
            "Network extended beyond what the utility builds on its own.");
    public static readonly TechnologyDeclaration AdvancedTreatment = new("advancedTreatment", "1000 m3/day",
            "Conventional advanced treatment (ozone + activated carbon) built.");
    public static readonly TechnologyDeclaration BiologicalContactFiltration = new("biologicalContactFiltration", "1000 m3/day",
            "Upward-flow bio-contact filtration (U-BCF) built: about half the construction and 1/20 of the running cost (cases.md W7).");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<TechnologyDeclaration> Declarations { get; } =
    [
        DistributionBlocks, Telemetry, LeakDetectionCrews, PressureManagement, PipeRenewal, MeterReplacement,
        BillingAndAntiTheft, ProductionCapacity, NetworkExtension, AdvancedTreatment, BiologicalContactFiltration,
    ];
}
