using CoopSim.Abstractions;

namespace CoopSim.Sectors.Water;

/// <summary>The interventions a programme may adopt in the water sector (docs/models/water.md).</summary>
internal static class WaterTechnologies
{
    public const string DistributionBlocks = "distributionBlocks";
    public const string Telemetry = "telemetry";
    public const string LeakDetectionCrews = "leakDetectionCrews";
    public const string PressureManagement = "pressureManagement";
    public const string PipeRenewal = "pipeRenewal";
    public const string MeterReplacement = "meterReplacement";
    public const string BillingAndAntiTheft = "billingAndAntiTheft";
    public const string ProductionCapacity = "productionCapacity";
    public const string NetworkExtension = "networkExtension";
    public const string AdvancedTreatment = "advancedTreatment";
    public const string BiologicalContactFiltration = "biologicalContactFiltration";

    public static IReadOnlyList<TechnologyDeclaration> Declarations { get; } =
    [
        new(DistributionBlocks, "blocks",
            "Metered blocks (district metering, cases.md W2): leaks and illegal use can be located, so surveys and inspections find more."),
        new(Telemetry, "blocks monitored",
            "Telemetered flow and pressure per block (cases.md W2): new leaks and bursts are noticed sooner, so they run shorter."),
        new(LeakDetectionCrews, "crews",
            "Active leakage control: crews that survey mains for hidden leaks and have them repaired."),
        new(PressureManagement, "blocks",
            "Pressure-reducing valves at block inlets: lower pressure, less leak flow (FAVAD)."),
        new(PipeRenewal, "km",
            "Mains renewed with their connections: the excess leakage of the renewed share is removed."),
        new(MeterReplacement, "meters",
            "Customer meters replaced or newly installed: less under-registration and unmetered use."),
        new(BillingAndAntiTheft, "teams",
            "Billing and anti-theft inspection teams: illegal connections regularised and billing errors corrected."),
        new(ProductionCapacity, "1000 m3/day",
            "Treatment and transmission capacity added."),
        new(NetworkExtension, "1000 connections",
            "Network extended beyond what the utility builds on its own."),
        new(AdvancedTreatment, "1000 m3/day",
            "Conventional advanced treatment (ozone + activated carbon) built."),
        new(BiologicalContactFiltration, "1000 m3/day",
            "Upward-flow bio-contact filtration (U-BCF) built: about half the construction and 1/20 of the running cost (cases.md W7)."),
    ];
}
