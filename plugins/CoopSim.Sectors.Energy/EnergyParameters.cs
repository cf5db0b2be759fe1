using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>
/// The energy sector's parameters: ids, units, defaults, ranges and sources. docs/models/energy.md
/// gives the reasoning; "assumption" marks a value that is neither in cases.md nor a cited method.
/// </summary>
internal static class EnergyParameters
{
    // Demand, as primary energy per person in the start year.
    public static readonly ParameterDeclaration IndustryPerCapita = new("industryPerCapita", "MWh/person/year", 3.0, 0, 200, "Primary energy used by industry per person in the start year (assumption; set per city).");
    public static readonly ParameterDeclaration BuildingsPerCapita = new("buildingsPerCapita", "MWh/person/year", 2.0, 0, 200, "Primary energy used by homes and commercial buildings per person, heating and electricity included (assumption).");
    public static readonly ParameterDeclaration TransportPerCapita = new("transportPerCapita", "MWh/person/year", 1.0, 0, 200, "Oil used by road transport per person (assumption).");
    public static readonly ParameterDeclaration DemandGrowth = new("demandGrowth", "fraction/year", 0.03, -0.1, 0.3, "Yearly growth of energy use per person, every sector (assumption).");

    // The mix of stationary energy (industry, buildings, water pumping, power generation).
    public static readonly ParameterDeclaration CoalShare = new("coalShare", "fraction", 0.5, 0.0, 1.0, "Coal's share of stationary energy in the start year (Dalian: coal about 70% of all energy, cases.md E1).");
    public static readonly ParameterDeclaration OilShare = new("oilShare", "fraction", 0.2, 0.0, 1.0, "Oil's share of stationary energy (assumption); transport is all oil.");
    public static readonly ParameterDeclaration GasShare = new("gasShare", "fraction", 0.1, 0.0, 1.0, "Gas's share of stationary energy in the start year (assumption); the rest is non-fossil.");
    public static readonly ParameterDeclaration CoalShareChange = new("coalShareChange", "fraction/year", 0.0, -0.1, 0.1, "Yearly change of coal's share of stationary energy, the difference taken up by gas (assumption).");
    public static readonly ParameterDeclaration GenerationEfficiency = new("generationEfficiency", "fraction", 0.33, 0.1, 0.6, "Electricity out per primary energy in of the power supply (assumption: coal-fired grid).");

    // Emission factors: IPCC 2006 Guidelines vol. 2 ch. 1 table 1.4 defaults, t CO2 per MWh (= kg/TJ × 0.0036 / 1000).
    public static readonly ParameterDeclaration CoalCo2Factor = new("coalCo2Factor", "t CO2/MWh", 0.3406, 0.0, 1.0, "CO2 per MWh of coal: IPCC 2006 vol. 2 default for other bituminous coal, 94,600 kg/TJ.");
    public static readonly ParameterDeclaration OilCo2Factor = new("oilCo2Factor", "t CO2/MWh", 0.2668, 0.0, 1.0, "CO2 per MWh of oil: IPCC 2006 vol. 2 default for gas/diesel oil, 74,100 kg/TJ.");
    public static readonly ParameterDeclaration GasCo2Factor = new("gasCo2Factor", "t CO2/MWh", 0.2020, 0.0, 1.0, "CO2 per MWh of gas: IPCC 2006 vol. 2 default for natural gas, 56,100 kg/TJ.");

    // Sulphur dioxide: a sulphur mass balance (SO2 = 2 × S × (1 − retention) per tonne of coal).
    public static readonly ParameterDeclaration CoalSulphur = new("coalSulphur", "fraction", 0.01, 0.0, 0.08, "Sulphur content of the coal burnt, by mass (assumption: 1%).");
    public static readonly ParameterDeclaration CoalHeatingValue = new("coalHeatingValue", "GJ/t", 20.908, 10, 35, "Net calorific value of the coal: China's statistical value for raw coal, 20,908 kJ/kg.");
    public static readonly ParameterDeclaration SulphurRetention = new("sulphurRetention", "fraction", 0.05, 0.0, 0.5, "Share of sulphur kept in ash: 0.05 matches US EPA AP-42 §1.1 (SO2 = 38·S lb/ton for bituminous coal).");
    public static readonly ParameterDeclaration ControlledSharePerProject = new("controlledSharePerProject", "fraction", 0.05, 0.0, 1.0, "Share of the city's coal burnt in the plant one pollution-control project fits (assumption; set per city).");
    public static readonly ParameterDeclaration So2RemovalEfficiency = new("so2RemovalEfficiency", "fraction", 0.9, 0.0, 1.0, "SO2 removed where control is fitted and run well (wet flue-gas desulphurisation removes 0.9 or more).");
    public static readonly ParameterDeclaration OwnControlGrowth = new("ownControlGrowth", "fraction/year", 0.0, 0.0, 0.2, "Share of the city's coal its own programme brings under SO2 control each year (fuel switching, relocation, desulphurisation; assumption).");

    // Efficiency and renewable technologies.
    public static readonly ParameterDeclaration FactoryProjectSavings = new("factoryProjectSavings", "MWh/year", 20000, 0, 1e8, "Fuel one factory efficiency project saves a year (assumption).");
    public static readonly ParameterDeclaration BuildingProjectSavings = new("buildingProjectSavings", "MWh/year", 500, 0, 1e7, "Electricity one building efficiency project saves a year, e.g. efficient air conditioning in a mall (assumption; cases.md E5).");
    public static readonly ParameterDeclaration SolarYield = new("solarYield", "kWh/kWp/year", 1200, 0, 3000, "Electricity a kWp of rooftop solar produces in a year (assumption; 1,100-1,500 in South-East Asia).");
    public static readonly ParameterDeclaration BiomassCapacityFactor = new("biomassCapacityFactor", "fraction", 0.7, 0.0, 1.0, "Share of the year a biomass power plant runs at full output (assumption).");
    public static readonly ParameterDeclaration BusDieselUse = new("busDieselUse", "MWh/bus/year", 150, 0, 5000, "Diesel a city bus burns a year: about 40,000 km at 0.37 L/km and 10 kWh/L (assumption).");
    public static readonly ParameterDeclaration BusElectricityUse = new("busElectricityUse", "MWh/bus/year", 50, 0, 5000, "Electricity an electric bus uses for the same distance: about 1.25 kWh/km (assumption).");

    // Ambient SO2 proxy (proportional rollback) and the standard it is checked against.
    public static readonly ParameterDeclaration InitialSo2Concentration = new("initialSo2Concentration", "mg/m3", 0.05, 0.0, 2.0, "Annual mean ambient SO2 in the start year, before programme technologies (assumption; set per city).");
    public static readonly ParameterDeclaration BackgroundSo2Concentration = new("backgroundSo2Concentration", "mg/m3", 0.005, 0.0, 0.5, "Ambient SO2 that does not come from the city's own coal (assumption).");
    public static readonly ParameterDeclaration So2Standard = new("so2Standard", "mg/m3", 0.06, 0.001, 1.0, "Annual SO2 standard: China GB 3095-1996 class 2 annual mean, 0.06 mg/m3 (kept in GB 3095-2012).");

    // Greenhouse-gas target.
    public static readonly ParameterDeclaration TargetReduction = new("targetReduction", "fraction", 0.08, 0.0, 1.0, "Reduction against business as usual the city aims at (Viet Nam's pledge: 0.08, 0.25 with international support, cases.md E3).");
    public static readonly ParameterDeclaration AdoptionLag = new("adoptionLag", "years", 2, 1, 10, "Time constant with which new capacity becomes working practice; 1 means no lag beyond the year (assumption).");

    // Costs (USD).
    public static readonly ParameterDeclaration So2ControlCost = new("so2ControlCost", "USD/project", 15e6, 0, 1e10, "One factory pollution-control project (cases.md E1: JPY 8.5 billion for five projects, about USD 15.6 million each at an assumed 109 JPY/USD).");
    public static readonly ParameterDeclaration FactoryProjectCost = new("factoryProjectCost", "USD/project", 5e6, 0, 1e10, "One factory efficiency project (assumption).");
    public static readonly ParameterDeclaration BuildingProjectCost = new("buildingProjectCost", "USD/project", 1e6, 0, 1e10, "One building efficiency project (assumption).");
    public static readonly ParameterDeclaration SolarCost = new("solarCost", "USD/kWp", 1500, 0, 1e5, "Rooftop solar, installed (assumption).");
    public static readonly ParameterDeclaration BiomassCost = new("biomassCost", "USD/MW", 2e6, 0, 1e9, "Biomass power plant per MW (assumption).");
    public static readonly ParameterDeclaration BusCost = new("busCost", "USD/bus", 300000, 0, 1e8, "One electric bus with its share of charging (assumption).");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<ParameterDeclaration> Declarations { get; } =
    [
        IndustryPerCapita, BuildingsPerCapita, TransportPerCapita, DemandGrowth, CoalShare, OilShare, GasShare,
        CoalShareChange, GenerationEfficiency, CoalCo2Factor, OilCo2Factor, GasCo2Factor, CoalSulphur,
        CoalHeatingValue, SulphurRetention, ControlledSharePerProject, So2RemovalEfficiency, OwnControlGrowth,
        FactoryProjectSavings, BuildingProjectSavings, SolarYield, BiomassCapacityFactor, BusDieselUse,
        BusElectricityUse, InitialSo2Concentration, BackgroundSo2Concentration, So2Standard, TargetReduction,
        AdoptionLag, So2ControlCost, FactoryProjectCost, BuildingProjectCost, SolarCost, BiomassCost, BusCost,
    ];
}
