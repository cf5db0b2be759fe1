using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>The outcomes the energy model writes every year, and the signals it reads.</summary>
internal static class EnergyMetrics
{
    public const string Demand = "demand";
    public const string IndustryDemand = "industryDemand";
    public const string BuildingsDemand = "buildingsDemand";
    public const string TransportDemand = "transportDemand";
    public const string WaterPumping = "waterPumping";
    public const string RenewableGeneration = "renewableGeneration";
    public const string CoalShare = "coalShare";
    public const string Co2 = "co2";
    public const string Methane = "methane";
    public const string Ghg = "ghg";
    public const string BauGhg = "bauGhg";
    public const string ReductionVsBau = "reductionVsBau";
    public const string TargetGap = "targetGap";
    public const string So2 = "so2";
    public const string So2Removed = "so2Removed";
    public const string So2Concentration = "so2Concentration";
    public const string So2StandardRatio = "so2StandardRatio";
    public const string Investment = "investment";
    public const string Co2Avoided = "co2Avoided";
    public const string CostPerTonneCo2Avoided = "costPerTonneCo2Avoided";

    /// <summary>Published by the water sector (MWh/year of electricity).</summary>
    public const string PumpingEnergySignal = "pumpingEnergy";

    /// <summary>Published by the waste sector (t CO2e/year of landfill methane).</summary>
    public const string MethaneSignal = "methaneEmissions";

    public static IReadOnlyList<MetricDeclaration> Declarations { get; } =
    [
        new(Demand, "MWh/year", "Primary energy demand after efficiency projects, water pumping included") { Minimum = 0 },
        new(IndustryDemand, "MWh/year", "Industry's primary energy demand after efficiency projects") { Minimum = 0 },
        new(BuildingsDemand, "MWh/year", "Buildings' primary energy demand after efficiency projects") { Minimum = 0 },
        new(TransportDemand, "MWh/year", "Road transport's oil demand after electric buses") { Minimum = 0 },
        new(WaterPumping, "MWh/year", "Electricity to treat and pump water (from the water sector; 0 when it does not run)") { Minimum = 0 },
        new(RenewableGeneration, "MWh/year", "Electricity from rooftop solar and biomass power") { Minimum = 0 },
        new(CoalShare, "fraction", "Coal's share of primary energy demand") { Minimum = 0, Maximum = 1 },
        new(Co2, "t CO2/year", "Carbon dioxide from burning fossil fuels") { Minimum = 0 },
        new(Methane, "t CO2e/year", "Landfill methane (from the waste sector; 0 when it does not run)") { Minimum = 0 },
        new(Ghg, "t CO2e/year", "Greenhouse gases: fossil CO2 plus landfill methane") { Minimum = 0 },
        new(BauGhg, "t CO2e/year", "Greenhouse gases in business as usual: the same city with no technology adopted") { Minimum = 0 },
        new(ReductionVsBau, "fraction", "Greenhouse-gas reduction against business as usual") { Maximum = 1 },
        new(TargetGap, "t CO2e/year", "Emissions above the target (positive: short of it; negative: beyond it)"),
        new(So2, "t SO2/year", "Sulphur dioxide from burning coal") { Minimum = 0 },
        new(So2Removed, "fraction", "Share of coal SO2 removed by pollution control") { Minimum = 0, Maximum = 1 },
        new(So2Concentration, "mg/m3", "Annual mean ambient SO2, proportional-rollback proxy") { Minimum = 0 },
        new(So2StandardRatio, "ratio", "Ambient SO2 over the standard: 1 or less meets it") { Minimum = 0 },
        new(Investment, "USD/year", "Cost of the technologies adopted this year") { Minimum = 0 },
        new(Co2Avoided, "t CO2/year", "Fossil CO2 avoided against business as usual (the same city with no technology adopted)"),
        new(CostPerTonneCo2Avoided, "USD/t CO2", "Investment to date in CO2-cutting technologies (all but SO2 control) per tonne of CO2 avoided to date against business as usual; 0 while nothing is avoided") { Minimum = 0 },
    ];

    public static IReadOnlyList<SignalRead> Reads { get; } =
    [
        new(PumpingEnergySignal),
        new(MethaneSignal),
    ];
}
