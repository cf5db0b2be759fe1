using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>The outcomes the energy model writes every year, and the signals it reads.</summary>
internal static class EnergyMetrics
{
    public static readonly MetricDeclaration Demand = new("demand", "MWh/year", "Primary energy demand after efficiency projects, water pumping included") { Minimum = 0 };
    public static readonly MetricDeclaration IndustryDemand = new("industryDemand", "MWh/year", "Industry's primary energy demand after efficiency projects") { Minimum = 0 };
    public static readonly MetricDeclaration BuildingsDemand = new("buildingsDemand", "MWh/year", "Buildings' primary energy demand after efficiency projects") { Minimum = 0 };
    public static readonly MetricDeclaration TransportDemand = new("transportDemand", "MWh/year", "Road transport's oil demand after electric buses") { Minimum = 0 };
    public static readonly MetricDeclaration WaterPumping = new("waterPumping", "MWh/year", "Electricity to treat and pump water (from the water sector; 0 when it does not run)") { Minimum = 0 };
    public static readonly MetricDeclaration RenewableGeneration = new("renewableGeneration", "MWh/year", "Electricity from rooftop solar and biomass power") { Minimum = 0 };
    public static readonly MetricDeclaration CoalShare = new("coalShare", "fraction", "Coal's share of primary energy demand") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration Co2 = new("co2", "t CO2/year", "Carbon dioxide from burning fossil fuels") { Minimum = 0 };
    public static readonly MetricDeclaration Methane = new("methane", "t CO2e/year", "Landfill methane (from the waste sector; 0 when it does not run)") { Minimum = 0 };
    public static readonly MetricDeclaration Ghg = new("ghg", "t CO2e/year", "Greenhouse gases: fossil CO2 plus landfill methane") { Minimum = 0 };
    public static readonly MetricDeclaration BauGhg = new("bauGhg", "t CO2e/year", "Greenhouse gases in business as usual: the same city with no technology adopted") { Minimum = 0 };
    public static readonly MetricDeclaration ReductionVsBau = new("reductionVsBau", "fraction", "Greenhouse-gas reduction against business as usual") { Maximum = 1 };
    public static readonly MetricDeclaration TargetGap = new("targetGap", "t CO2e/year", "Emissions above the target (positive: short of it; negative: beyond it)");
    public static readonly MetricDeclaration So2 = new("so2", "t SO2/year", "Sulphur dioxide from burning coal") { Minimum = 0 };
    public static readonly MetricDeclaration So2Removed = new("so2Removed", "fraction", "Share of coal SO2 removed by pollution control") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration So2Concentration = new("so2Concentration", "mg/m3", "Annual mean ambient SO2, proportional-rollback proxy") { Minimum = 0 };
    public static readonly MetricDeclaration So2StandardRatio = new("so2StandardRatio", "ratio", "Ambient SO2 over the standard: 1 or less meets it") { Minimum = 0 };
    public static readonly MetricDeclaration Investment = new("investment", "USD/year", "Cost of the technologies adopted this year") { Minimum = 0 };
    public static readonly MetricDeclaration Co2Avoided = new("co2Avoided", "t CO2/year", "Fossil CO2 avoided against business as usual (the same city with no technology adopted)");
    public static readonly MetricDeclaration CostPerTonneCo2Avoided = new("costPerTonneCo2Avoided", "USD/t CO2", "Investment to date in CO2-cutting technologies (all but SO2 control) per tonne of CO2 avoided to date against business as usual; 0 while nothing is avoided") { Minimum = 0 };

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<MetricDeclaration> Declarations { get; } =
    [
        Demand, IndustryDemand, BuildingsDemand, TransportDemand, WaterPumping, RenewableGeneration, CoalShare, Co2,
        Methane, Ghg, BauGhg, ReductionVsBau, TargetGap, So2, So2Removed, So2Concentration, So2StandardRatio,
        Investment, Co2Avoided, CostPerTonneCo2Avoided,
    ];

    /// <summary>Published by the water sector (MWh/year of electricity).</summary>
    public static readonly SignalRead PumpingEnergySignal = new("pumpingEnergy");

    /// <summary>Published by the waste sector (t CO2e/year of landfill methane).</summary>
    public static readonly SignalRead MethaneSignal = new("methaneEmissions");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<SignalRead> Reads { get; } =
    [
        PumpingEnergySignal, MethaneSignal,
    ];
}
